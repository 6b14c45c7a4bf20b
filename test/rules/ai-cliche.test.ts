import { lintRule, spanOf } from '../helpers/lint.js';
import { ruleDefaults } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';

const RULE = 'ai-cliche';

/** 32 words, five stock phrases ("amid escalating tensions" twice). */
const DENSE =
  'Talks Stall\n\nIn a concerning development, the talks stalled amid escalating tensions. The move underscores the fragility of the truce. ' +
  'It is worth noting that both sides amid escalating tensions still met.';
/** 16 plain words. */
const FILLER = 'The ministers met for three hours and agreed to meet again next week in the capital. ';

describe(RULE, () => {
  it('is off in newslint:recommended and on in newslint:all', () => {
    expect(ruleDefaults(builtinRules, 'recommended').has(RULE)).toBe(false);
    expect(ruleDefaults(builtinRules, 'all').get(RULE)).toEqual({ severity: 'warn', options: {} });
  });

  it('sums up the article in one warning when the density is above the threshold', () => {
    const [d, ...rest] = lintRule(RULE, DENSE);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 3, column: 1, endLine: 3, endColumn: 28 });
    expect(d!.message).toBe(
      'Stock phrases of machine-written news: 5 in 32 words (156.3 per 1,000): "amid escalating tensions" (2), "in a concerning development", "underscores the".',
    );
    expect(spanOf(DENSE, d!)).toBe('In a concerning development');
    expect(d!.related!.map((r) => [r.line, r.column, r.message])).toEqual([
      [3, 48, 'Also: "amid escalating tensions".'],
      [3, 83, 'Also: "underscores the".'],
      [3, 123, 'Also: "it is worth noting".'],
      [3, 158, 'Also: "amid escalating tensions".'],
    ]);
  });

  it('is info at or below the threshold', () => {
    const text = `Budget Passes\n\nThe vote underscores the mayor's hold on the council. It is a stark reminder of 2019.\n\n${FILLER.repeat(25)}`;
    const [d] = lintRule(RULE, text);
    expect(d!.severity).toBe('info');
    expect(d!.message).toBe(
      'Stock phrases of machine-written news: 2 in 418 words (4.8 per 1,000): "underscores the", "a stark reminder".',
    );
  });

  it('takes the threshold, extra phrases and ignored phrases from options', () => {
    const text = `${DENSE}\n\n${FILLER.repeat(20)}`;
    const [d] = lintRule(RULE, text, {
      ruleOptions: { extraPhrases: ['agreed to  meet again'], ignorePhrases: ['Underscores the'], warnDensity: 100 },
    });
    expect(d!.severity).toBe('info');
    expect(d!.message).toBe(
      'Stock phrases of machine-written news: 24 in 352 words (68.2 per 1,000): "agreed to meet again" (20), "amid escalating tensions" (2), "in a concerning development".',
    );
    expect(d!.related).toHaveLength(20);
  });

  it('needs minMatches phrases to speak at all', () => {
    expect(lintRule(RULE, 'The ruling underscores the divide. Voters were split.')).toEqual([]);
    expect(lintRule(RULE, DENSE, { ruleOptions: { minMatches: 6 } })).toEqual([]);
  });

  it('does not count phrases inside quotations, or words that only contain a phrase', () => {
    const text =
      'Officials called it "a stark reminder" and said the "situation remains fluid." The report underscores the risk. ' +
      'Divers delved into the wreck; the study delves intolerably deep.';
    const [d] = lintRule(RULE, text);
    expect(d!.message).toBe('Stock phrases of machine-written news: 2 in 27 words (74.1 per 1,000): "underscores the", "delved into".');
  });
});
