import { applyFixes } from '../../src/engine/fix.js';
import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'duplicate-paragraph';
const BIO = 'NewsBot reads the wires and writes a short summary of each story for busy readers.';

describe(RULE, () => {
  it('flags each verbatim repeat once, cites the first, and removes the repeats cleanly', () => {
    const text = `Bot summaries\n\n${BIO}\n\nTroops were hurt in the attack on the base.\n\n${BIO}\n\nNo one was killed.\n\n${BIO}\n`;
    const found = lintRule(RULE, text);
    expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.message])).toEqual([
      [7, 1, 7, 83, 'This paragraph repeats the one on line 3.'],
      [11, 1, 11, 83, 'This paragraph repeats the one on line 3.'],
    ]);
    expect(found[0]!.related).toEqual([{ message: 'First written here.', line: 3, column: 1, endLine: 3, endColumn: 83 }]);
    expect(applyFixes(text, found).output).toBe(`Bot summaries\n\n${BIO}\n\nTroops were hurt in the attack on the base.\n\nNo one was killed.\n`);
  });

  it('flags a repeat that differs only in case and punctuation, with a suggestion rather than a fix', () => {
    const text = `${BIO}\n\nThe base was hit twice.\n\nNewsBot reads the wires, and writes a short summary of each story for BUSY readers!`;
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 5, column: 1, endColumn: 84 });
    expect(d!.message).toBe('This paragraph repeats the one on line 1 (ignoring case and punctuation).');
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions).toEqual([{ desc: 'Remove the repeated paragraph', fix: { range: [d!.start - 1, text.length], text: '' } }]);
  });

  it('keeps positions and the fix exact with CRLF line ends and indentation', () => {
    const text = `Headline\r\n\r\n  ${BIO}\r\n\r\nMore text follows here.\r\n\r\n  ${BIO}\r\n\r\nThe end of the story is here.\r\n`;
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 7, column: 3, endColumn: 85 });
    expect(spanOf(text, d!)).toBe(BIO);
    expect(applyFixes(text, [d!]).output).toBe(`Headline\r\n\r\n  ${BIO}\r\n\r\nMore text follows here.\r\n\r\nThe end of the story is here.\r\n`);
  });

  it('removes a repeated Markdown list item with its bullet', () => {
    const text = `# Notes\n\n- ${BIO}\n- Another item that is different from the first one here.\n- ${BIO}\n`;
    const [d] = lintRule(RULE, text, { filePath: 'notes.md' });
    expect(d).toMatchObject({ line: 5, column: 3, endColumn: 85 });
    expect(applyFixes(text, [d!]).output).toBe(`# Notes\n\n- ${BIO}\n- Another item that is different from the first one here.\n`);
  });

  it('flags a repeated hard-wrapped paragraph once, as a whole, even where a line ends with a full stop', () => {
    const paragraph = [
      'The harbor master said on Monday that crews had cleared the channel.',
      'Ferries will run on the winter timetable until the end of March, and',
      'the fuel dock stays closed.',
    ].join('\n');
    const text = `Harbor notes\n\n${paragraph}\n\nBoats were damaged in the storm.\n\n${paragraph}\n`;
    const found = lintRule(RULE, text);
    expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.message])).toEqual([
      [9, 1, 11, 28, 'This paragraph repeats the one on line 3.'],
    ]);
    expect(applyFixes(text, found).output).toBe(`Harbor notes\n\n${paragraph}\n\nBoats were damaged in the storm.\n`);
  });

  it('flags a paragraph repeated with another wrap width, with a suggestion', () => {
    const first = 'The harbor master said on Monday that crews had cleared the channel.\nFerries will run on the winter\ntimetable until the end of March.';
    const again = 'The harbor master said on Monday that crews had cleared the\nchannel. Ferries will run on the winter timetable until the end of\nMarch.';
    const found = lintRule(RULE, `${first}\n\n${again}\n`);
    expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.message])).toEqual([
      [5, 1, 7, 7, 'This paragraph repeats the one on line 1 (ignoring case and punctuation).'],
    ]);
  });

  describe('stays silent on repeats that are fine', () => {
    it('a wrapped paragraph that only shares its first line with an earlier one', () => {
      const text = [
        'The harbor master said on Monday that crews had cleared the channel.',
        'Ferries will run on the winter timetable until the end of March, and',
        'the fuel dock stays closed.',
        '',
        'The harbor master said on Monday that crews had cleared the channel.',
        'Ferries will keep the summer timetable for another two weeks, and the',
        'fuel dock reopens on Friday.',
      ].join('\n');
      expect(lintRule(RULE, text)).toEqual([]);
    });


    it.each([
      ['short paragraphs', 'No one was killed.\n\nThe base was hit.\n\nNo one was killed.'],
      ['paragraphs one word apart', `${BIO}\n\nNewsBot reads the wires and writes a long summary of each story for busy readers.`],
      ['a pull quote', `# Story\n\n"We will respond at a time and place of our choosing," the official said on Sunday.\n\n> "We will respond at a time and place of our choosing," the official said on Sunday.\n`],
      ['repeated headings', '# Story\n\n## What happened at the base on the night of the attack\n\nText.\n\n## What happened at the base on the night of the attack\n'],
    ])('%s', (_label, text) => {
      expect(lintRule(RULE, text, { filePath: text.startsWith('#') ? 'a.md' : 'a.txt' })).toEqual([]);
    });

    it('honours a higher minWords', () => {
      expect(lintRule(RULE, `${BIO}\n\n${BIO}`, { ruleOptions: { minWords: 20 } })).toEqual([]);
    });
  });
});
