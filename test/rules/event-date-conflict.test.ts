import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'event-date-conflict';

const HEAD = 'Rocket attack wounds soldiers at northern base\n\nJanuary 21, 2024\n\n';

describe(RULE, () => {
  it('flags a lead weekday and a later "Sunday\'s attack" as the same attack on two days, at both places', () => {
    const text =
      HEAD +
      'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers, military officials said.\n\n' +
      'The officials said the base had been on high alert for a week.\n\n' +
      "Sunday's attack was the fifth this month, according to a local commander.\n";
    const [lead, later, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(lead).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 50, endLine: 5, endColumn: 58 });
    expect(lead!.message).toBe('The same attack is placed on Saturday here but on Sunday on line 9.');
    expect(spanOf(text, lead!)).toBe('Saturday');
    expect(lead!.related).toEqual([{ message: 'The attack placed on Sunday.', line: 9, column: 1, endLine: 9, endColumn: 7 }]);
    expect(later).toMatchObject({ ruleId: RULE, line: 9, column: 1, endColumn: 7 });
    expect(later!.message).toBe('The same attack is placed on Sunday here but on Saturday on line 5.');
    expect(later!.related).toEqual([{ message: 'The attack placed on Saturday.', line: 5, column: 50, endLine: 5, endColumn: 58 }]);
  });

  it('links "the base was hit" and an explicit date whose weekday differs', () => {
    const text =
      HEAD +
      'Militants attacked the Camp Falcon base near Kirkuk on Saturday, wounding four soldiers, officials said.\n\n' +
      'On Sunday, the base was hit by at least six rockets, the commander told reporters.\n\n' +
      'The January 21 attack on Camp Falcon drew condemnation from the government.\n';
    const diagnostics = lintRule(RULE, text);
    expect(diagnostics.map((d) => [d.line, d.column, spanOf(text, d)])).toEqual([
      [5, 56, 'Saturday'],
      [7, 4, 'Sunday'],
      [9, 5, 'January 21'],
    ]);
    expect(diagnostics[0]!.message).toBe('The same attack is placed on Saturday here but on Sunday on line 7 (and 1 more place).');
    expect(diagnostics[0]!.related).toHaveLength(2);
    expect(diagnostics[2]!.message).toBe('The same attack is placed on Sunday, January 21, 2024 here but on Saturday on line 5.');
  });

  it('resolves "yesterday" against the dateline before comparing', () => {
    const text =
      HEAD +
      'A bombing at the Al-Rashid market in Baghdad yesterday killed nine people, police said.\n\n' +
      "Sunday's bombing was the deadliest in the capital this year.\n";
    const diagnostics = lintRule(RULE, text);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The same attack is placed on Saturday, January 20, 2024 ("yesterday") here but on Sunday on line 7.',
      'The same attack is placed on Sunday here but on Saturday, January 20, 2024 ("yesterday") on line 5.',
    ]);
    expect(diagnostics[0]).toMatchObject({ line: 5, column: 46 });
  });

  it('works in Markdown, through the markup', () => {
    const text =
      '---\ntitle: Quake\ndate: 2024-03-10\n---\n\n' +
      'An **earthquake** struck the town of Van in eastern Turkey on *Friday*, officials said.\n\n' +
      "Saturday's earthquake destroyed hundreds of homes.\n";
    const diagnostics = lintRule(RULE, text, { filePath: 'story.md' });
    expect(diagnostics.map((d) => [d.line, d.column, spanOf(text, d)])).toEqual([
      [6, 64, 'Friday'],
      [8, 1, 'Saturday'],
    ]);
  });

  describe('stays silent', () => {
    it('when every mention agrees, in words or in dates (Saturday = January 20, 2024)', () => {
      const text =
        HEAD +
        'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers.\n\n' +
        "Saturday's attack was claimed by a militia. The January 20 attack on Camp Falcon was the fifth this month.\n";
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('when the other day belongs to a statement, not to the event', () => {
      const text =
        HEAD +
        'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers, military officials said on Sunday.\n\n' +
        'The ministry said Sunday that the attack on Saturday was the fifth this month.\n\n' +
        'On Sunday, officials said the base was hit by six rockets. In a statement on Sunday, the army condemned the attack.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('when the other mention is a different event (another place, "another", "again", plural)', () => {
      const text =
        HEAD +
        'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers.\n\n' +
        'Another attack hit a convoy near Mosul on Sunday. Militants also struck the base again on Sunday night.\n\n' +
        'An attack on a checkpoint in Tikrit on Sunday killed two policemen.\n\n' +
        'Attacks on Saturday and Sunday killed six people across the province.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('when another verb takes the date ("was condemned on Sunday", "On Monday, the president condemned")', () => {
      const text =
        HEAD +
        'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers.\n\n' +
        'The attack on the base was condemned on Sunday by the governor. On Monday, the president condemned the attack on Camp Falcon.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for history: a year other than the story\'s, a "similar" earlier attack', () => {
      const text =
        'Quake shakes the coast\n\nNovember 6, 2023\n\n' +
        'A strong earthquake struck off the coast of Kessa early Monday, damaging dozens of buildings.\n\n' +
        "Monday's quake was the strongest in the region. The 1999 earthquake on August 17 remains the deadliest.\n\n" +
        'A car bomb exploded near the Kessa market on Tuesday. Tuesday\'s bombing was condemned. A similar attack near the market on July 3 killed four.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for a city struck on several days (a town is not a specific target)', () => {
      const text =
        'Missiles and drones pound the capital\n\nMarch 5, 2024\n\n' +
        'Russian missiles struck Kyiv on Monday, killing five people, officials said.\n\n' +
        'On Tuesday, drones struck Kyiv, damaging a power plant. Jets struck Gaza City on Sunday. Jets struck Gaza City on Monday.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('when "Sunday\'s attack" could refer to more than one attack in the story', () => {
      const text =
        HEAD +
        'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers.\n\n' +
        'Earlier, a drone strike on a supply convoy killed two drivers.\n\n' +
        "Sunday's attack drew condemnation from the government.\n";
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for neighbouring days around midnight', () => {
      const text =
        HEAD +
        'Rockets struck the Camp Falcon base near Kirkuk late Saturday, officials said.\n\n' +
        'The attack on Camp Falcon, early Sunday, wounded four soldiers.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for times, ranges, bounds and deadlines', () => {
      const text =
        HEAD +
        'An attack on the Camp Falcon base near Kirkuk on Saturday wounded four soldiers.\n\n' +
        'Rockets fell on the base between 1:05 a.m. and 1:32 a.m. The base has been closed since Sunday.\n\n' +
        'The attack on Camp Falcon prompted a curfew from Sunday to Tuesday, and talks will resume by Monday.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('for votes told apart by name (the Senate vote, the House vote)', () => {
      const text =
        'Budget passes Congress\n\nMarch 8, 2024\n\n' +
        'The Senate vote on Tuesday was close. The House vote on Wednesday was not.\n\n' +
        "Thursday's vote in the state assembly is next.\n";
      expect(lintRule(RULE, text)).toEqual([]);
    });

    it('when the article gives no date at all but the days agree', () => {
      const text = 'An attack on the Camp Falcon base on Saturday wounded four soldiers.\n\nSaturday\'s attack was claimed by a militia.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
