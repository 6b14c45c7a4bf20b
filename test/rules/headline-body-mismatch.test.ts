import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'headline-body-mismatch';

describe(RULE, () => {
  it('flags a headline count the body contradicts', () => {
    const text = '5 US Troops Injured in Attack on Base\n\nTwo U.S. troops were injured on Saturday in a rocket attack on the base. No one was killed.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 1, column: 1, endLine: 1, endColumn: 12 });
    expect(d!.message).toBe('The headline says "5 US Troops", but the body says "Two U.S. troops" (line 3).');
    expect(d!.related).toEqual([{ message: '"Two U.S. troops" is stated here.', line: 3, column: 1, endLine: 3, endColumn: 16 }]);
  });

  it('flags a headline weekday the body contradicts', () => {
    const text = 'Saturday Attack Injures US Troops\n\nTwo U.S. troops were injured on Sunday in a rocket attack on the base.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 1, column: 1, endColumn: 9 });
    expect(d!.message).toBe('The headline says Saturday, but the body says Sunday (line 3).');
    expect(d!.related![0]).toMatchObject({ line: 3, column: 33, endColumn: 39 });
  });

  it('flags a headline place the body never mentions', () => {
    const text =
      'Missile Attack Hits US Base in Syria\n\nMissiles struck the Ain al-Asad air base in western Iraq. Two U.S. troops were hurt. Officials said the damage was light.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 1, column: 32, endColumn: 37 });
    expect(d!.message).toBe('The headline places the story in Syria, but the body never mentions Syria.');
  });

  it('reads a front-matter title and a Markdown heading as the headline', () => {
    const front = '---\ntitle: 5 US Troops Injured in Iraq\n---\n\nTwo U.S. troops were injured in Iraq on Saturday.';
    const [fromTitle] = lintRule(RULE, front, { filePath: 'story.md' });
    expect(fromTitle).toMatchObject({ line: 2, column: 8, endColumn: 19 });
    expect(spanOf(front, fromTitle!)).toBe('5 US Troops');
    const heading = '# 5 US Troops Injured in Iraq\n\nTwo U.S. troops were **injured** in Iraq on Saturday.';
    const [fromHeading] = lintRule(RULE, heading, { filePath: 'story.md' });
    expect(fromHeading).toMatchObject({ line: 1, column: 3, endColumn: 14 });
  });

  describe('stays silent when the body agrees or does not say', () => {
    it.each([
      ['a lower bound the body meets', 'At Least 2 US Troops Injured in Attack on Iraq Base\n\nTwo U.S. troops were injured on Saturday in a rocket attack on a base in Iraq.'],
      ['a count of something else', '140 Attacks on US Forces Since October\n\nTwo U.S. troops were injured on Saturday. The Pentagon counts 140 attacks on U.S. troops since October.'],
      ['the same weekday', 'Saturday Attack Injures US Troops\n\nTwo U.S. troops were injured on Saturday in a rocket attack.'],
      [
        'several weekdays in the body',
        'Saturday Attack Injures US Troops\n\nTwo U.S. troops were injured in a rocket attack, officials said on Sunday. A second attack followed on Monday.',
      ],
      ['a place named through its adjective', 'Rockets Hit Base in Syria\n\nSyrian state media said rockets hit the base. Two U.S. troops were hurt. Officials said the damage was light.'],
      ['a capitalised word that is no place', 'Troops Injured in Attack\n\nRockets hit the base. Two U.S. troops were hurt. Officials said the damage was light.'],
      ['a body too short to judge', 'Rockets Hit Base in Syria\n\nRockets hit the base in Iraq. Two troops were hurt.'],
      ['a place the lexicon does not know', 'Talks Resume in Davos\n\nDelegates met again on Monday. They spoke for hours. No deal was reached.'],
      ['an article without a headline line', 'The vote in Ohio was held on Sunday, January 20, 2024, in the capital. Turnout was high.'],
    ])('%s', (_label, text) => {
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
