import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'date-weekday-mismatch';

describe(RULE, () => {
  it('flags a weekday that does not match a full date and names the real one', () => {
    const text = 'Headline\n\nThe vote was held on Sunday, January 20, 2024, in the capital.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'error', line: 3, column: 22, endLine: 3, endColumn: 28 });
    expect(d!.message).toBe('January 20, 2024 was a Saturday, not a Sunday.');
    expect(spanOf(text, d!)).toBe('Sunday');
    expect(d!.suggestions).toEqual([{ desc: 'Replace "Sunday" with "Saturday"', fix: { range: [d!.start, d!.end], text: 'Saturday' } }]);
  });

  it('flags abbreviated months and keeps the weekday style in the suggestion', () => {
    const text = 'The deal closed Friday, Dec. 29, 2016.';
    const [d] = lintRule(RULE, text);
    expect(d!.message).toBe('December 29, 2016 was a Thursday, not a Friday.');
    expect(d!.column).toBe(17);
  });

  it('flags a weekday in parentheses after an ISO date', () => {
    const text = 'Filed 2021-07-02 (Thursday) with the court.';
    const [d] = lintRule(RULE, text);
    expect(d!.message).toBe('July 2, 2021 was a Friday, not a Thursday.');
    expect(spanOf(text, d!)).toBe('Thursday');
  });

  it('takes a missing year from the publication date', () => {
    const text = 'March 5, 2024\n\nThe board met on Monday, February 27, to approve the budget.';
    const [d] = lintRule(RULE, text);
    expect(d!.message).toBe('February 27, 2024 was a Tuesday, not a Monday (year taken from the publication date).');
    expect(d!.line).toBe(3);
  });

  it('accepts correct pairs', () => {
    expect(lintRule(RULE, 'the October 7, 2023 (Saturday) attack')).toEqual([]);
    expect(lintRule(RULE, 'Jan 21, 2024\n\nMissiles struck on Sunday, January 21st, officials said.')).toEqual([]);
    expect(lintRule(RULE, 'It happened on Saturday, January 20, 2024.')).toEqual([]);
  });

  it('stays silent on a year-less date when the article has no publication date', () => {
    expect(lintRule(RULE, 'The board met on Monday, February 27, to approve the budget.')).toEqual([]);
  });

  it('ignores weekdays and dates that are not written together', () => {
    expect(lintRule(RULE, 'On Sunday, officials said the January 20, 2024 report was wrong.')).toEqual([]);
  });
});
