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
});
