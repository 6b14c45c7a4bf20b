import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'dateline-conflict';

describe(RULE, () => {
  it('flags a story dateline that disagrees with the page date, at the second, naming the first', () => {
    const text = 'June 25, 2024\n\nMissiles hit northern base\n\nJan 21, 2024\n\nMissiles struck the base on Sunday.\n';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 1, endLine: 5, endColumn: 13 });
    expect(d!.message).toBe('This dateline says January 21, 2024, but the dateline on line 1 says June 25, 2024.');
    expect(d!.related).toEqual([{ message: 'First publication date: June 25, 2024.', line: 1, column: 1, endLine: 1, endColumn: 14 }]);
  });

  it('flags a dateline that disagrees with the front matter date', () => {
    const text = '---\ntitle: Base attacked\ndate: 2024-01-20\n---\n\n**BAGHDAD, Jan. 21, 2024 —** Missiles struck the base on Sunday.\n';
    const [d, ...rest] = lintRule(RULE, text, { filePath: 'story.md' });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 6, column: 3 });
    expect(d!.message).toBe('This dateline says January 21, 2024, but the front matter date (line 3) says January 20, 2024.');
    expect(spanOf(text, d!)).toBe('BAGHDAD, Jan. 21, 2024 —');
  });

  it('reads dates on byline lines, with CRLF line ends and a BOM', () => {
    const text = '\uFEFFBy Dana Whitfield | March 4, 2024\r\n\r\nPublished: March 5, 2024\r\n\r\nThe council voted on Monday.\r\n';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 25 });
    expect(d!.message).toBe('This dateline says March 5, 2024, but the dateline on line 1 says March 4, 2024.');
  });

  describe('stays silent', () => {
    it('when the dates agree in different formats', () => {
      expect(lintRule(RULE, 'January 21, 2024\n\nHeadline here\n\n2024-01-21\n\nText follows here.\n')).toEqual([]);
    });

    it('for an "Updated" line after the publication date', () => {
      const text = 'Published: January 21, 2024\n\nUpdated: January 22, 2024 10:30 GMT\n\nThe attack on the base on Saturday wounded four.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for a date line after the lead (a timeline entry)', () => {
      const text =
        'January 21, 2024\n\nProtests spread\n\nProtests spread to a third city on Saturday.\n\nThe movement began in the capital.\n\n' +
        'Timeline\n\nJanuary 3, 2024\n\nStudents march on the ministry.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for dates in the story itself', () => {
      const text = 'January 21, 2024\n\nThe base was first attacked on January 8, 2020, and again on March 13, 2020.\n\nMarch 13, 2020 was the deadliest day.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('with a single dateline or none', () => {
      expect(lintRule(RULE, 'Jan 21, 2024\n\nStory.\n')).toEqual([]);
      expect(lintRule(RULE, 'Story without a date.\n')).toEqual([]);
    });
  });
});
