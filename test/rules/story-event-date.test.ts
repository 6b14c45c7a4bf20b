import { FLOOD, lintStoryRule, readStory, storyFindings } from '../helpers/story.js';

const RULE = 'story-event-date';
const DEPOT = ['wire.txt', 'blog.md', 'summary.txt'];
const DATELINE = 'March 10, 2024\n\n';

describe(RULE, () => {
  it('reports the day one article gives the event against the day the others give it', () => {
    const result = lintStoryRule(RULE, readStory('examples/stories/depot-strike', DEPOT));
    expect(result.diagnostics.map((found) => found.length)).toEqual([0, 0, 1]);
    const [d] = result.diagnostics[2]!;
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 61, endLine: 5, endColumn: 77 });
    expect(d!.message).toBe(
      'The attack on the Tal Hamra fuel depot is placed on Sunday, March 10, 2024 here but on Saturday, March 9, 2024 in wire.txt:5 and blog.md:8.',
    );
    expect(d!.related).toEqual([
      { message: 'The attack placed on Saturday, March 9, 2024.', filePath: 'wire.txt', line: 5, column: 72, endLine: 5, endColumn: 80 },
      { message: 'The attack placed on Saturday, March 9, 2024.', filePath: 'blog.md', line: 8, column: 43, endLine: 8, endColumn: 51 },
    ]);
    expect(result.facts).toEqual([
      {
        ruleId: RULE,
        label: 'attack on Tal Hamra fuel depot',
        values: ['Saturday, March 9, 2024', 'Saturday, March 9, 2024', 'Sunday, March 10, 2024'],
        disagreeing: [2],
      },
    ]);
  });

  it('resolves "on Saturday" against each dateline, and compares an undated article by weekday', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot on Saturday injured four workers.\n`,
      'b.txt': 'Drones struck the Tal Hamra fuel depot on Saturday, March 9.\n',
      'c.txt': 'Troops at the Tal Hamra Fuel Depot were injured on Sunday during a drone attack.\n',
    });
    expect(storyFindings(result, ['a.txt', 'b.txt', 'c.txt'])).toEqual([
      'c.txt 1:52 The attack on the Tal Hamra fuel depot is placed on Sunday here but on Saturday, March 9, 2024 in a.txt:3; Saturday, March 9 in b.txt:1.',
    ]);
  });

  it('finds nothing when the articles agree: a weekday, a date, a weekday without a dateline', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot on Saturday injured four workers.\n`,
      'b.txt': 'Drones struck the Tal Hamra fuel depot on Saturday, March 9.\n',
      'c.txt': 'Troops at the Tal Hamra Fuel Depot were injured on Saturday during a drone attack.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
    expect(result.facts[0]!.values).toEqual(['Saturday, March 9, 2024', 'Saturday, March 9', 'Saturday']);
  });

  it('finds nothing in a story whose articles agree on the day of the flood', () => {
    const result = lintStoryRule(RULE, readStory('clean-flood-relief', FLOOD));
    expect(result.diagnostics.flat()).toEqual([]);
    expect(result.facts).toEqual([
      {
        ruleId: RULE,
        label: 'flood on Cardew water plant',
        values: ['Saturday, June 15, 2024', 'Saturday, June 15, 2024', 'Saturday, June 15, 2024', 'Saturday'],
        disagreeing: [],
      },
    ]);
  });

  it('on a tie reports the later article', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot on Saturday injured four workers.\n`,
      'b.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot on Sunday injured four workers.\n`,
    });
    expect(storyFindings(result, ['a.txt', 'b.txt'])).toEqual([
      'b.txt 3:47 The attack on the Tal Hamra fuel depot is placed on Sunday, March 10, 2024 here but on Saturday, March 9, 2024 in a.txt:3.',
    ]);
  });

  it('does not compare events at different places, a city hit again and again, or another kind of event', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot on Saturday injured four workers. Missiles struck Kyiv on Saturday.\n`,
      'b.txt': `${DATELINE}A drone attack on the Camp Falcon base on Sunday injured two soldiers. Missiles struck Kyiv on Sunday.\n`,
      'c.txt': `${DATELINE}A fire broke out at the Tal Hamra fuel depot on Sunday. Protesters marched to the Tal Hamra fuel depot on Friday.\n`,
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });

  it('takes a past attack on the same site for another event, and "late Saturday"/"early Sunday" for one night', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot late on Saturday injured four workers.\n`,
      'b.txt': `${DATELINE}Drones attacked the Tal Hamra fuel depot early Sunday.\n`,
      'c.txt': `${DATELINE}The depot was hit before. A rocket attack on the Tal Hamra fuel depot on January 8, 2020 killed two guards.\n`,
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });

  it('leaves an article that dates the event two ways to event-date-conflict', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': `${DATELINE}A drone attack on the Tal Hamra fuel depot on Saturday injured four workers.\n`,
      'b.txt': `${DATELINE}Drones struck the Tal Hamra fuel depot on Sunday. The attack on the Tal Hamra fuel depot on Saturday was claimed by no one.\n`,
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });
});
