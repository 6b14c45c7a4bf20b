import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'count-conflict';

describe(RULE, () => {
  it('flags the same counted thing given two numbers and cites the first line', () => {
    const text =
      'The Pentagon counted 53 attacks in Iraq since mid-October.\n\nIn all, there have been 57 attacks in Iraq since mid-October, officials said.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 3, column: 25, endLine: 3, endColumn: 43 });
    expect(d!.message).toBe('"57 attacks in Iraq" conflicts with "53 attacks in Iraq" on line 1.');
    expect(d!.related).toEqual([{ message: '"53 attacks in Iraq" is stated here.', line: 1, column: 22, endLine: 1, endColumn: 40 }]);
  });

  it('reads bounds: a number below "at least" conflicts', () => {
    const text = 'There were at least 60 attacks in Iraq last week.\n\nA spokesman later listed 53 attacks in Iraq last week.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 3, column: 26, endColumn: 44 });
    expect(d!.message).toBe('"53 attacks in Iraq" conflicts with "at least 60 attacks in Iraq" on line 1.');
  });

  it('compares a count whose noun was left out with one that names it', () => {
    const text = 'The U.S. keeps about 2,500 soldiers in Iraq and nearly 900 in Syria.\n\nOfficials said 1,500 soldiers in Syria remain on alert.';
    const [d] = lintRule(RULE, text);
    expect(spanOf(text, d!)).toBe('1,500 soldiers in Syria');
    expect(d!.message).toBe('"1,500 soldiers in Syria" conflicts with "nearly 900 in Syria" (soldiers) on line 1.');
    expect(d!.related![0]).toMatchObject({ line: 1, column: 49, endColumn: 68 });
  });

  it('compares counts that share modifiers and a verb, once per later statement', () => {
    const text =
      'Two U.S. troops were injured in the attack.\n\nFour U.S. troops were injured, the Pentagon said.\n\nFive U.S. troops were injured, a medic said.';
    const found = lintRule(RULE, text);
    expect(found.map((d) => [d.line, d.column, d.endColumn, d.message])).toEqual([
      [3, 1, 17, '"Four U.S. troops" conflicts with "Two U.S. troops" on line 1.'],
      [5, 1, 17, '"Five U.S. troops" conflicts with "Two U.S. troops" on line 1.'],
    ]);
  });

  it('reports positions through Markdown markup', () => {
    const text = 'There were **53** attacks in Iraq.\n\nThere were 57 attacks in _Iraq_.';
    const [d] = lintRule(RULE, text, { filePath: 'story.md' });
    expect(d).toMatchObject({ line: 3, column: 12, endColumn: 31 });
    expect(spanOf(text, d!)).toBe('57 attacks in _Iraq');
    expect(d!.related![0]).toMatchObject({ line: 1, column: 14, endColumn: 34 });
  });

  describe('stays silent on counts that look alike but do not conflict', () => {
    it.each([
      ['different places', 'The U.S. has 2,500 troops in Iraq.\n\nIt also has 900 in Syria.'],
      ['different verbs', "Iraq's military said 33 missiles were launched.\n\nAt least 10 missiles struck the base."],
      ['an approximate and an exact figure', 'There are about 2,500 soldiers in Iraq.\n\nThe 2,500 soldiers in Iraq train local forces.'],
      ['the same figure twice', 'There have been approximately 140 attacks on U.S. troops.\n\nThe 140 attacks on U.S. troops injured dozens.'],
      ['a lower bound and a higher count', 'At least two U.S. troops were injured.\n\nFour U.S. troops were injured, a later statement said.'],
      ['different years', 'In 2020, 12 missiles struck the Ain al-Asad air base.\n\nOn Saturday, 10 missiles struck the Ain al-Asad air base.'],
      ['a count that changed', 'Last month there were 53 attacks in Iraq.\n\nThere have now been 57 attacks in Iraq, up from 53.'],
      ['a running total beside a count without a period', 'There have been 57 attacks in Iraq since October.\n\nThe Pentagon counted 53 attacks in Iraq.'],
      ['the toll of one night beside a running total', 'Israeli strikes killed 14 people in Gaza overnight.\n\nSince the war began, 30,000 people in Gaza have been killed.'],
      [
        'parts of different totals in one place',
        'At least 31 people have died, including 19 in Kandor and 12 in Vessa.\n\nMore than 60,000 people were displaced, with 38,000 in Kandor and 22,000 in Vessa.',
      ],
      ['another event', 'Two U.S. troops were injured in the attack.\n\nIn an earlier attack, four U.S. troops were injured.'],
      ['different weekdays', 'On Monday, five U.S. troops were injured in Syria.\n\nOn Tuesday, three U.S. troops were injured in Syria.'],
      ['two numbers in one sentence', 'The first tally of 53 attacks in Iraq was corrected to 57 attacks in Iraq.'],
      ['different subjects of the same verb', 'Hezbollah fired 40 rockets at northern Israel.\n\nHamas fired 12 rockets at northern Israel.'],
      ['bare nouns that could be any group', 'The militia fired 40 rockets.\n\nThe army fired 12 rockets.'],
      ['a plan beside a present count', 'The Pentagon has 2,500 troops in Iraq.\n\nIt will keep 3,000 troops in Iraq next year.'],
      ['percentages', 'Polls show 12% of voters in Ohio back the plan.\n\nAnother poll found 15% of voters in Ohio do.'],
      ['parts of a group', 'Five of the attacks in Iraq hit bases.\n\nTwo of the attacks in Iraq hit convoys.'],
      ['a headline-style line', '57 Attacks in Iraq Since October\n\nThe Pentagon counted 53 attacks in Iraq since mid-October.'],
      [
        'a consistent article with many figures',
        [
          'US troops hurt in rocket attack on Iraq base',
          '',
          'At least two U.S. troops were injured on Saturday when rockets struck a base in western Iraq, officials said.',
          '',
          'The Pentagon counts 140 attacks on U.S. troops since October, with 57 in Iraq and 83 in Syria.',
          '',
          'The U.S. keeps about 2,500 troops in Iraq and some 900 in Syria. Nearly 70 U.S. personnel have been hurt in the attacks.',
          '',
          'Of the 57 attacks in Iraq, most targeted bases in the west. About 2,500 troops in Iraq advise local forces.',
        ].join('\n'),
      ],
    ])('%s', (_label, text) => {
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
