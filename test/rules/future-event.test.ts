import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'future-event';

const HEAD = 'Opposition leader dies in custody\n\nFebruary 26, 2024\n\n';

describe(RULE, () => {
  it('flags a past-tense death dated a month after the article', () => {
    const text = HEAD + 'The opposition leader was killed on March 26 in a prison camp, his lawyer said.\n';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 37, endLine: 5, endColumn: 45 });
    expect(spanOf(text, d!)).toBe('March 26');
    expect(d!.message).toBe(
      '"killed" is past tense, but March 26, 2024 (year taken from the publication date) is 29 days after the publication date (February 26, 2024).',
    );
  });

  it('flags a full date, a date right after the verb and "last Friday" that falls after the dateline', () => {
    const text =
      HEAD + 'He died March 2 after a walk. The coroner signed the report on March 3, 2024.\n\nLast Friday, March 1, guards found him unconscious.\n';
    const diagnostics = lintRule(RULE, text);
    expect(diagnostics.map((d) => [d.line, d.column, spanOf(text, d)])).toEqual([
      [5, 9, 'March 2'],
      [5, 64, 'March 3, 2024'],
      [7, 1, 'Last Friday, March 1'],
    ]);
    expect(diagnostics[1]!.message).toBe('"signed" is past tense, but March 3, 2024 is 6 days after the publication date (February 26, 2024).');
    expect(diagnostics[2]!.message).toBe(
      '"Last Friday, March 1" is told as past, but March 1, 2024 (year taken from the publication date) is 4 days after the publication date (February 26, 2024).',
    );
  });

  it('reads a verb a few words before the date, and a date that opens the sentence', () => {
    const text = HEAD + 'Voters went to the polls on March 3, the commission said.\n\nOn March 4, the body was found in his cell.\n';
    expect(lintRule(RULE, text).map((d) => [d.line, d.column, d.message.split(',')[0]])).toEqual([
      [5, 29, '"went" is past tense'],
      [7, 4, '"found" is past tense'],
    ]);
  });

  it('still reads the verb after a "with" phrase that holds no participle', () => {
    const text = HEAD + 'Police with dogs searched the camp on March 3, officials said.\n';
    expect(lintRule(RULE, text).map((d) => [d.line, d.column, d.message.split(',')[0]])).toEqual([[5, 39, '"searched" is past tense']]);
  });

  it('uses --date over the dateline', () => {
    const text = 'He was arrested on June 3, 2024, police said.';
    expect(lintRule(RULE, text, { date: '2024-06-01' })).toHaveLength(1);
    expect(lintRule(RULE, text, { date: '2024-06-03' })).toEqual([]);
  });

  describe('stays silent', () => {
    it('for scheduled and future events', () => {
      const text =
        HEAD +
        'Parliament will vote on March 26 on the budget. The vote is scheduled for March 28.\n\n' +
        'Officials said the election would be held on April 2. The summit was set to open on March 5.\n\n' +
        'The parties agreed to hold talks on March 9. He plans to travel on March 10, and his appeal is due on March 20.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for conditions, and dates handed to a noun or an infinitive', () => {
      const text =
        HEAD +
        'If the bill passed on March 26, the deficit would shrink. The plan called for elections on March 26.\n\n' +
        'He was accused of killing a guard on March 12. Tickets went on sale for the concert on March 29.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for a participle that describes a noun in a "with" phrase', () => {
      const text =
        HEAD +
        'The club leads the table with two matches left, on March 9 and March 16.\n\n' +
        'The trial resumes with only one witness left, on March 12. Markets steadied with 1:30 left in trading on March 20.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for events up to the date the article says it was updated', () => {
      const text =
        'Council passes budget\n\nPosted March 3, 2025 | Updated March 5, 2025\n\n' +
        'The council approved the budget on Monday. The mayor signed it on March 4, and the story was updated on March 5.\n';
      expect(lintRule(RULE, text)).toEqual([]);
      expect(lintRule(RULE, text.replace('March 4', 'March 6'))).toHaveLength(1);
    });

    it('for past events before the publication date, and on it', () => {
      const text = HEAD + 'He was killed on February 16, his lawyer said. The body was returned on February 26.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for deadlines, bounds, ranges and copulas', () => {
      const text =
        HEAD +
        'The hearing was postponed until March 30. The curfew lasted until March 4. Prices have risen since March 2.\n\n' +
        'The deadline was March 26. The talks ran between March 1 and March 3. The unrest continued from Feb. 27 to March 2.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for a year-less date that is more likely last year (months ahead)', () => {
      expect(lintRule(RULE, HEAD + 'He was elected on June 1 to the council.\n')).toEqual([]);
    });

    it('for times, durations and years told as history', () => {
      const text = HEAD + 'The strike began at 3 p.m. and caused a 10-day pause. The plant was built in 2025.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('without a publication date', () => {
      expect(lintRule(RULE, 'The opposition leader was killed on March 26, 2099.\n')).toEqual([]);
    });
  });
});
