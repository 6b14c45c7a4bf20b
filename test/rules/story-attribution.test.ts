import { FLOOD, lintStoryRule, PIER, readStory, storyFindings } from '../helpers/story.js';

const RULE = 'story-attribution';

describe(RULE, () => {
  it('reports a quotation the other articles give to someone else, at the quotation', () => {
    const result = lintStoryRule(RULE, readStory('pier-collapse', PIER));
    expect(result.diagnostics.map((found) => found.length)).toEqual([0, 0, 1, 0]);
    const [d] = result.diagnostics[2]!;
    expect(d).toMatchObject({ ruleId: RULE, severity: 'info', line: 12, column: 1, endLine: 12, endColumn: 44 });
    expect(d!.message).toBe(
      '"The steel frame gave way without…" is attributed to Piet Okafor here but to Ilse Vandenbosch in wire.txt:7, radio.txt:9 and digest.txt:7.',
    );
    expect(d!.related).toEqual([
      { message: 'Ilse Vandenbosch says it here.', filePath: 'wire.txt', line: 7, column: 69, endLine: 7, endColumn: 112 },
      { message: 'Ilse Vandenbosh says it here.', filePath: 'radio.txt', line: 9, column: 1, endLine: 9, endColumn: 44 },
      { message: 'Ilse Vandenbosch says it here.', filePath: 'digest.txt', line: 7, column: 1, endLine: 7, endColumn: 44 },
    ]);
  });

  it('knows one speaker by full name, surname, pronoun and role ("the mayor")', () => {
    const result = lintStoryRule(RULE, readStory('clean-flood-relief', FLOOD));
    expect(result.diagnostics.flat()).toEqual([]);
    expect(result.facts).toEqual([
      {
        ruleId: RULE,
        label: '"We moved everyone out before the…"',
        values: ['Tomasz Wieczorek', 'Tomasz Wieczorek', 'Wieczorek', 'Tomasz Wieczorek'],
        disagreeing: [],
      },
    ]);
  });

  it('matches a quotation with a longer one it is part of', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Mayor Ana Ruiz spoke. "The water came faster than anyone expected and we had no time," she said.\n',
      'b.txt': '"The water came faster than anyone expected," Governor Luis Ortega said.\n',
      'c.txt': '"The water came faster than anyone expected and we had no time," Ruiz said.\n',
    });
    expect(storyFindings(result, ['a.txt', 'b.txt', 'c.txt'])).toEqual([
      'b.txt 1:1 "The water came faster than anyone…" is attributed to Luis Ortega here but to Ana Ruiz in a.txt:1.',
    ]);
  });

  it('does not compare short stock phrases, unnamed officials, or quotations that only share a few words', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Mayor Ana Ruiz promised "appropriate measures" on Monday. "We will rebuild every house in this town," Ruiz said.\n',
      'b.txt': 'Governor Luis Ortega promised "appropriate measures" too. "We will rebuild every house in this town," a city official said.\n',
      'c.txt': '"The storm knocked out power across the whole northern coast," said Ana Ruiz.\n',
      'd.txt': '"The storm knocked out power across the city within an hour," said Luis Ortega.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });

  it('does not set a person against an organisation that may speak through them', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': '"Every family will get help from the state this winter," the Interior Ministry said.\n',
      'b.txt': '"Every family will get help from the state this winter," said Interior Minister Karl Dana.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });
});
