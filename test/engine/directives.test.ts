import { parseArticle } from '../../src/article/parse.js';
import { findDirectives } from '../../src/engine/directives.js';
import { LineIndex } from '../../src/text/line-index.js';
import { lintRule } from '../helpers/lint.js';
import { probe } from '../helpers/probe.js';

const lines = (text: string) => probe(text, 'target').map((d) => d.line);

describe('inline directives', () => {
  const body = (middle: string) => `Headline\n\nA target on line three.\n${middle}\nA target after the directive.\n\nA final target.\n`;

  it('disable-next-line silences the next line for the named rule only', () => {
    expect(lines(body('<!-- newslint-disable-next-line probe -->'))).toEqual([3, 7]);
    expect(lines(body('<!-- newslint-disable-next-line other-rule -->'))).toEqual([3, 5, 7]);
  });

  it('counts the directive line itself out of the text the rules read', () => {
    const text = 'Headline\n\n<!-- newslint-disable-next-line probe -->\nA target here.\n';
    expect(lines(text)).toEqual([]);
    expect(probe('Headline\n\n<!-- newslint-disable-next-line -->\nA target here.\n', 'newslint')).toEqual([]);
  });

  it('disable ... enable silences a range', () => {
    const text = 'A target.\n<!-- newslint-disable probe -->\nA target.\n\nA target.\n<!-- newslint-enable probe -->\nA target.\n';
    expect(lines(text)).toEqual([1, 7]);
  });

  it('disable without rules silences every rule to the end or to enable', () => {
    expect(lines('A target.\n<!-- newslint-disable -->\nA target.\nA target.\n')).toEqual([1]);
    expect(lines('A target.\n<!-- newslint-disable -->\nA target.\n<!-- newslint-enable -->\nA target.\n')).toEqual([1, 5]);
  });

  it('works in Markdown, where the comment is HTML', () => {
    const text = '# Title\n\n<!-- newslint-disable-next-line probe -->\nA target here.\n\nA target there.\n';
    expect(probe(text, 'target', { filePath: 'a.md' }).map((d) => d.line)).toEqual([6]);
  });

  it('ignores directives that are not alone on their line', () => {
    expect(lines('A target. <!-- newslint-disable -->\nA target.\n')).toEqual([1, 2]);
  });

  describe('a directive line inside a paragraph', () => {
    const parse = (text: string, filePath = 'a.txt') => parseArticle(text, { filePath, directives: findDirectives(text, new LineIndex(text)) });

    it('does not split the paragraph, and positions after it stay exact', () => {
      const text = 'Headline\r\n\r\nThe council met on the budget for\r\n<!-- newslint-disable-next-line probe -->\r\nthe café and the target, then left.\r\n';
      const article = parse(text);
      expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
        ['line', 'Headline'],
        ['paragraph', 'The council met on the budget for\r\nthe café and the target, then left.'],
      ]);
      const [sentence] = article.blocks[1]!.sentences;
      const at = sentence!.text.indexOf('target');
      const [start, end] = sentence!.view.range(at, at + 'target'.length);
      expect(text.slice(start, end)).toBe('target');
      expect(probe(text, 'target')).toEqual([]);
      expect(probe(text.replace('probe -->', 'other -->'), 'target').map((d) => [d.line, d.column])).toEqual([[5, 18]]);
    });

    it('does not split a Markdown paragraph either', () => {
      const text = '# Title\n\nThe council met on the *budget* for\n  <!-- newslint-disable-next-line other -->\nthe target, then left.\n';
      const article = parse(text, 'a.md');
      expect(article.blocks.map((block) => block.text)).toEqual(['Title', 'The council met on the budget for\nthe target, then left.']);
      expect(probe(text, 'target', { filePath: 'a.md' }).map((d) => [d.line, d.column])).toEqual([[5, 5]]);
    });

    it('leaves the paragraphs around a directive between paragraphs apart', () => {
      const text = 'First paragraph here.\n\n<!-- newslint-disable -->\nSecond paragraph here.\n<!-- newslint-enable -->';
      expect(parse(text).blocks.map((block) => block.text)).toEqual(['First paragraph here.', 'Second paragraph here.']);
    });

    it('still lets duplicate-paragraph see the paragraph whole', () => {
      const paragraph = 'The plant will close for repairs over the winter, the operator said on Friday.';
      const withDirective = paragraph.replace('over the ', 'over the\n<!-- newslint-disable-next-line vague-attribution -->\n');
      const text = `Plant Closes\n\n${withDirective}\n\nWorkers were told on Thursday.\n\n${paragraph}\n`;
      expect(lintRule('duplicate-paragraph', text).map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
        ['duplicate-paragraph', 9, 1, 'This paragraph repeats the one on line 3 (ignoring case and punctuation).'],
      ]);
      const apart = `Plant Closes\n\n${withDirective}\n\nWorkers were told on Thursday.\n\nThe plant will close over the winter.\n`;
      expect(lintRule('duplicate-paragraph', apart)).toEqual([]);
    });
  });
});
