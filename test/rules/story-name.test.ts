import { lintStoryRule, PIER, readStory, storyFindings } from '../helpers/story.js';

const RULE = 'story-name';

describe(RULE, () => {
  it('reports the spelling one article uses against the one the others share', () => {
    const result = lintStoryRule(RULE, readStory('pier-collapse', PIER));
    expect(result.diagnostics.map((found) => found.length)).toEqual([0, 1, 0, 0]);
    const [d] = result.diagnostics[1]!;
    expect(d).toMatchObject({ ruleId: RULE, severity: 'info', line: 5, column: 91, endLine: 5, endColumn: 106 });
    expect(d!.message).toBe('"Ilse Vandenbosh" is written "Ilse Vandenbosch" in wire.txt:5, blog.md:8 and digest.txt:7.');
    expect(d!.related).toEqual([
      { message: '"Ilse Vandenbosch" is written here.', filePath: 'wire.txt', line: 5, column: 154, endLine: 5, endColumn: 170 },
      { message: '"Ilse Vandenbosch" is written here.', filePath: 'blog.md', line: 8, column: 88, endLine: 8, endColumn: 104 },
      { message: '"Ilse Vandenbosch" is written here.', filePath: 'digest.txt', line: 7, column: 64, endLine: 7, endColumn: 80 },
    ]);
    expect(result.facts).toEqual([
      {
        ruleId: RULE,
        label: 'Ilse Vandenbosch',
        values: ['Ilse Vandenbosch', 'Ilse Vandenbosh', 'Ilse Vandenbosch', 'Ilse Vandenbosch'],
        disagreeing: [1],
      },
    ]);
  });

  it('counts a short form with the same spelling on the side it agrees with', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Prime Minister Mohamed Shia al-Sudani spoke. Later Mohamed Shia al-Sudani left.\n',
      'b.txt': 'Prime Minister Mohammed Shia al-Sudani spoke.\n',
      'c.txt': 'Critics said Mohammed al-Sudani waited.\n',
    });
    expect(storyFindings(result, ['a.txt', 'b.txt', 'c.txt'])).toEqual([
      'a.txt 1:16 "Mohamed Shia al-Sudani" (2 times here) is written "Mohammed Shia al-Sudani" in b.txt:1; "Mohammed al-Sudani" in c.txt:1.',
    ]);
    expect(result.facts[0]).toMatchObject({ label: 'Mohammed Shia al-Sudani', disagreeing: [0] });
  });

  it('reports a one-word name spelled two ways in the later article on a tie', () => {
    const result = lintStoryRule(RULE, { 'a.txt': 'Hezbollah fired rockets on Monday.\n', 'b.txt': 'The rockets were fired by Hizbollah.\n' });
    expect(storyFindings(result, ['a.txt', 'b.txt'])).toEqual(['b.txt 1:27 "Hizbollah" is written "Hezbollah" in a.txt:1.']);
  });

  it('does not take house style, other people of one family or near-identical short names for a misspelling', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Missiles struck the Ain al-Asad air base. President Joe Biden spoke. Iran fired rockets at Israel.\n',
      'b.txt': 'Missiles struck the Ain Al-Asad air base. His son Hunter Biden was not there. Iraq condemned Israeli strikes.\n',
      'c.txt': 'Troops at Ain al-Asad were hurt. Joe Biden left early. U.S. forces stayed.\n',
      'd.txt': 'US forces stayed at the base, Biden said.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
    expect(result.facts).toEqual([]);
  });

  it('reads no name in a title-case headline, where a name ends is a guess', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Hizbollah Fighters Fire Rockets\n\nThe group fired rockets on Monday.\n',
      'b.txt': 'Hezbollah fired rockets on Monday.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });
});
