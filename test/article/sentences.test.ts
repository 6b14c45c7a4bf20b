import { parseArticle } from '../../src/article/parse.js';
import { lintRule } from '../helpers/lint.js';
import { probe } from '../helpers/probe.js';

const sentences = (text: string, filePath = 'a.txt') => parseArticle(text, { filePath }).sentences.map((sentence) => sentence.text);

describe('sentences at abbreviations', () => {
  it('keeps an abbreviation before a number in its sentence', () => {
    expect(sentences('The minister lives at No. 10 Hill Road. The No. 2 official resigned. Rule No. 4 applies.')).toEqual([
      'The minister lives at No. 10 Hill Road.',
      'The No. 2 official resigned.',
      'Rule No. 4 applies.',
    ]);
    expect(sentences('It cost approx. 40 dollars, as Fig. 3 and Vol. 2 show.')).toEqual(['It cost approx. 40 dollars, as Fig. 3 and Vol. 2 show.']);
  });

  it('keeps a title abbreviation before a name in its sentence', () => {
    expect(sentences('Adm. Ruth Okafor and Cmdr. Leo Brandt met Reps. Ames and Bly.')).toEqual([
      'Adm. Ruth Okafor and Cmdr. Leo Brandt met Reps. Ames and Bly.',
    ]);
    expect(sentences('The case Ames vs. Bly went to trial.')).toEqual(['The case Ames vs. Bly went to trial.']);
  });

  it('still ends a sentence at a lower-case "no." and at an abbreviation that is not listed', () => {
    expect(sentences('Asked whether he would stay, he said no. 2024 will be his last year.')).toEqual([
      'Asked whether he would stay, he said no.',
      '2024 will be his last year.',
    ]);
    expect(sentences('He joined Acme Corp. Jane Ruiz hired him.')).toEqual(['He joined Acme Corp.', 'Jane Ruiz hired him.']);
    expect(sentences('He retired as a Cmdr. The navy thanked him.')).toEqual(['He retired as a Cmdr.', 'The navy thanked him.']);
  });

  it('ends a sentence after an initialism, a company suffix or a state before a word that opens sentences', () => {
    expect(sentences('The company is based in the U.S. It employs 40 people.')).toEqual([
      'The company is based in the U.S.',
      'It employs 40 people.',
    ]);
    expect(sentences('He joined Acme Inc. The firm grew. She moved to Fresno, Calif. Her firm followed.')).toEqual([
      'He joined Acme Inc.',
      'The firm grew.',
      // "Her" is no sure sentence opener, so the parser's reading stays.
      'She moved to Fresno, Calif. Her firm followed.',
    ]);
    expect(sentences('The office is on Main St. The mayor works at St. Luke Hall.')).toEqual([
      'The office is on Main St.',
      'The mayor works at St. Luke Hall.',
    ]);
    expect(sentences('The shelling stopped at 5 p.m. The roads reopened. The team was ranked No. 1. The coach left.')).toEqual([
      'The shelling stopped at 5 p.m.',
      'The roads reopened.',
      'The team was ranked No. 1.',
      'The coach left.',
    ]);
  });

  it('keeps an initialism inside its sentence before a name or a lower-case word', () => {
    expect(sentences('The U.S. Army said the U.S. military left, e.g. The Hague office.')).toEqual([
      'The U.S. Army said the U.S. military left, e.g. The Hague office.',
    ]);
  });

  it('leaves a numbered list marker opening a line alone', () => {
    expect(sentences('Steps:\n\n1. The gate closes.\n2. The guards leave.', 'a.txt')).toEqual(['Steps:', '1. The gate closes.', '2. The guards leave.']);
  });

  it('keeps source positions exact across a joined break, with CRLF, Markdown and non-ASCII text', () => {
    const plain = 'Headline\r\n\r\nThe café at No.\r\n10 Rue Émile sold the target.';
    const [found] = probe(plain, 'target');
    expect([found!.line, found!.column]).toEqual([4, 23]);
    expect(sentences(plain)).toEqual(['Headline', 'The café at No.\r\n10 Rue Émile sold the target.']);

    const markdown = '# Title\r\n\r\nThe *café* at **No.** 10 Rue Émile sold the target.\r\n';
    const [inMarkdown] = probe(markdown, 'target', { filePath: 'a.md' });
    expect(markdown.slice(inMarkdown!.start, inMarkdown!.end)).toBe('target');
    expect([inMarkdown!.line, inMarkdown!.column]).toEqual([3, markdown.split('\r\n')[2]!.indexOf('target') + 1]);
    expect(sentences(markdown, 'a.md')).toEqual(['Title', 'The café at No. 10 Rue Émile sold the target.']);
  });

  it('keeps a figure after an abbreviation with the attribution of its sentence', () => {
    const text = 'Base Attacked\n\nJan 21, 2024\n\nThe army said approx. 40 soldiers died. The ministry said No. 2 brigade lost vehicles.\n';
    expect(lintRule('unsourced-claim', text)).toEqual([]);
    const unsourced = 'Base Attacked\n\nJan 21, 2024\n\nThe attack killed approx. 40 soldiers.\n';
    expect(lintRule('unsourced-claim', unsourced).map((d) => [d.ruleId, d.line, d.column])).toEqual([['unsourced-claim', 5, 27]]);
  });
});
