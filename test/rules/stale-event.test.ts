import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'stale-event';

describe(RULE, () => {
  it('flags a lead that dates the event with its weekday months before the page date', () => {
    const text =
      'June 25, 2024\n\nMissiles hit northern base\n\n' +
      'Missiles struck the Camp Falcon base near Kirkuk on Sunday, January 21, wounding four soldiers.\n\n' +
      'The army said the base was repaired within days.\n';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 53, endLine: 5, endColumn: 71 });
    expect(spanOf(text, d!)).toBe('Sunday, January 21');
    expect(d!.message).toBe(
      'The lead reports this attack as news ("Sunday, January 21"), but it is dated January 21, 2024, 156 days before the publication date (June 25, 2024).',
    );
  });

  it('flags "on Sunday" in the lead when the body dates the same attack months earlier', () => {
    const text =
      'June 25, 2024\n\nMissiles hit northern base\n\n' +
      'An attack on the Camp Falcon base near Kirkuk on Sunday wounded four soldiers, officials said.\n\n' +
      'The army said damage was light.\n\n' +
      'The January 21 attack on Camp Falcon was the fifth this month.\n';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 5, column: 50 });
    expect(d!.message).toBe(
      'The lead reports this attack as news ("Sunday"), but line 9 dates it January 21, 2024, 156 days before the publication date (June 25, 2024).',
    );
    expect(d!.related).toEqual([{ message: 'The attack dated January 21, 2024.', line: 9, column: 5, endLine: 9, endColumn: 15 }]);
  });

  it('flags "this week" in the lead against an old date for the same rally', () => {
    const text =
      'Protesters rally in the capital\n\nMay 3, 2024\n\n' +
      'Thousands rallied outside the Hall of Justice in Lima this week, demanding new elections.\n\n' +
      'The rally outside the Hall of Justice on March 2 drew 5,000 people, police said.\n';
    const [d] = lintRule(RULE, text);
    expect(spanOf(text, d!)).toBe('this week');
    expect(d!.message).toBe(
      'The lead reports this protest as news ("this week"), but line 7 dates it March 2, 2024, 62 days before the publication date (May 3, 2024).',
    );
  });

  it('honours maxAgeDays', () => {
    const text = 'June 25, 2024\n\nMissiles struck the Camp Falcon base on Sunday, January 21, wounding four soldiers.\n';
    expect(lintRule(RULE, text, { ruleOptions: { maxAgeDays: 200 } })).toEqual([]);
    expect(lintRule(RULE, text, { ruleOptions: { maxAgeDays: 100 } })).toHaveLength(1);
  });

  describe('stays silent', () => {
    it('when the relative date in the lead is correct (Saturday = January 20 in a January 21 story)', () => {
      const text =
        'January 21, 2024\n\nAn attack on the Camp Falcon base on Saturday wounded four soldiers.\n\n' +
        'The January 20 attack on Camp Falcon was the fifth this month.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for history told as history, and old dates of other events', () => {
      const text =
        'June 25, 2024\n\nThe attack on the Camp Falcon base on January 8, 2020, is still remembered.\n\n' +
        'Militants struck the base on Sunday. An earlier attack on Camp Falcon on March 13, 2020, killed two.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('when the old date is outside the lead', () => {
      const text =
        'June 25, 2024\n\nOfficials reviewed security on Monday.\n\nThe review was ordered after the vote.\n\n' +
        'Missiles struck the Camp Falcon base on Sunday, January 21, wounding four soldiers.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('within maxAgeDays, and without a publication date', () => {
      const text = 'Missiles struck the Camp Falcon base on Sunday, January 21, wounding four soldiers.\n';
      expect(lintRule(RULE, `January 30, 2024\n\n${text}`)).toEqual([]);
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
