import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'anonymous-source';

describe(RULE, () => {
  it('reports an unnamed source and says no reason for the anonymity is given', () => {
    const text = 'Talks Stall\n\nA senior diplomat, preferring anonymity, said the talks had stalled.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'info', line: 3, column: 1, endLine: 3, endColumn: 18 });
    expect(d!.message).toBe('Anonymous source "A senior diplomat": the text gives no reason for the anonymity (AP style asks for one).');
  });

  it('says when the text gives the reason for the anonymity', () => {
    const text =
      'Talks Stall\n\nThe talks have stalled, according to two officials who spoke on condition of anonymity because they were not authorized to discuss them.';
    const [d] = lintRule(RULE, text);
    expect(spanOf(text, d!)).toBe('two officials');
    expect(d!.message).toBe(
      'Anonymous source "two officials": the text gives a reason for the anonymity ("because they were not authorized to discuss them").',
    );
  });

  it('finds inverted, qualified and marked unnamed sources', () => {
    const text = [
      'Talks Stall',
      '',
      'The talks may resume next week, cautioned a U.S. official.',
      '',
      'People familiar with the talks said both sides were tired.',
      '',
      'Speaking on condition of anonymity, the official said a deal was close.',
    ].join('\n');
    expect(lintRule(RULE, text).map((d) => [d.line, d.column, spanOf(text, d)])).toEqual([
      [3, 43, 'a U.S. official'],
      [5, 1, 'People familiar with the talks'],
      [7, 37, 'the official'],
    ]);
  });

  it('finds the reason in a relative clause set off by commas', () => {
    const text = 'Talks Stall\n\nOne official, who was not authorized to speak publicly, said the talks had collapsed.';
    expect(lintRule(RULE, text)[0]!.message).toBe(
      'Anonymous source "One official": the text gives a reason for the anonymity ("not authorized to speak publicly").',
    );
  });

  it('takes a reason from the next sentence when it says the source was not authorized', () => {
    const text = 'Talks Stall\n\nA ministry official said the talks had stalled. He was not authorized to speak publicly.';
    expect(lintRule(RULE, text)[0]!.message).toBe(
      'Anonymous source "A ministry official": the text gives a reason for the anonymity ("He was not authorized to speak publicly.").',
    );
  });

  it('does not report named, definite, group or non-source mentions', () => {
    for (const text of [
      'A ministry official, Omar Haddad, said the talks had stalled.',
      'Officials said the talks had stalled.',
      'US officials believe the talks have stalled.',
      'The official said the talks had stalled.',
      'An official statement said the talks had stalled.',
      'A US official was among the delegates.',
      'A spokesman for the ministry said the talks had stalled.',
    ]) {
      expect(lintRule(RULE, `Talks Stall\n\n${text}`)).toEqual([]);
    }
  });
});
