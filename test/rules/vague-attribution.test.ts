import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'vague-attribution';

describe(RULE, () => {
  it('flags weasel adverbs and says what to add', () => {
    const text = 'Bridge Closed\n\nThe bridge was reportedly closed after cracks appeared.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 3, column: 16, endLine: 3, endColumn: 26 });
    expect(d!.message).toBe('Vague attribution "reportedly": say who reported it.');
  });

  it('flags unnamed groups as subjects of reporting verbs', () => {
    const text = 'Bridge Closed\n\nExperts say the cracks are old. Critics argue the city waited too long. Some say it will never reopen.';
    expect(lintRule(RULE, text).map((d) => [d.column, d.message])).toEqual([
      [1, 'Vague attribution "Experts say": name the experts or their institution.'],
      [33, 'Vague attribution "Critics argue": name at least one critic.'],
      [73, 'Vague attribution "Some say": say who says so.'],
    ]);
  });

  it('flags fixed weasel phrases', () => {
    const text = 'Bridge Closed\n\nIt is believed that the bolts failed. According to reports, the inspector quit. Sources say he was warned.';
    expect(lintRule(RULE, text).map((d) => [d.column, d.message])).toEqual([
      [1, 'Vague attribution "It is believed": say who believes it.'],
      [39, 'Vague attribution "According to reports": say who reported it.'],
      [81, 'Vague attribution "Sources say": say who the sources are, or why they cannot be named.'],
    ]);
  });

  it('flags passive reports with no agent, found by pattern, not by list', () => {
    const text = [
      'Bridge Closed',
      '',
      'The contractor is said to have skipped two inspections.',
      'The cracks are blamed on cheap concrete.',
      'The engineer was widely thought to have resigned.',
      'A crew believed to be unlicensed did the welding.',
    ].join('\n');
    const diagnostics = lintRule(RULE, text);
    expect(diagnostics.map((d) => [d.line, d.column, spanOf(text, d)])).toEqual([
      [3, 16, 'is said to'],
      [4, 12, 'are blamed on'],
      [5, 14, 'was widely thought to'],
      [6, 8, 'believed to be'],
    ]);
    expect(diagnostics[1]!.message).toBe('Vague attribution "are blamed on" (a passive with no agent): say who blames them.');
  });

  it('accepts named sources, agents, active claims and specific groups', () => {
    for (const text of [
      'The bridge was closed after cracks appeared, the city said.',
      'The cracks were thought by city engineers to be old.',
      'He claimed to be an engineer.',
      'Critics, including Councilwoman Rosa Diaz, argue the city waited too long.',
      "The mayor's critics argue the city waited too long.",
      'Two analysts said the repair would take a year.',
      'Some residents said they would use the ferry.',
      'The bridge is expected to reopen in May.',
      'Experts at the state university say the cracks are old.',
      'The theft was reported to police at 3 p.m.',
      'Some residents want the bridge rebuilt. Others say it should be torn down.',
    ]) {
      expect(lintRule(RULE, `Bridge Closed\n\n${text}`)).toEqual([]);
    }
  });

  it('accepts a group that the next sentence names by introducing a member', () => {
    for (const text of [
      'Some critics say the tolls are unfair. Fair Roads Now, a drivers\' group, has sued the county.',
      'Many analysts argue the port is overbuilt. For example, Dana Whitfield, an economist at Coastline Bank, expects volumes to fall.',
    ]) {
      expect(lintRule(RULE, `Bridge Closed\n\n${text}`)).toEqual([]);
    }
  });

  it('still flags a group when the next sentence opens with a sentence adverb, not a name', () => {
    const text = 'Bridge Closed\n\nSome critics say the tolls are unfair. Meanwhile, the county has raised them twice.';
    expect(lintRule(RULE, text).map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 1, 'Vague attribution "Some critics say": name at least one critic.'],
    ]);
  });

  it('accepts a vague phrase when a named source attributes the same sentence', () => {
    expect(lintRule(RULE, 'Bridge Closed\n\nThe inspector reportedly quit, the city said.')).toEqual([]);
  });

  it('ignores quotations and headlines', () => {
    expect(lintRule(RULE, 'Bridge Reportedly Closed\n\n"Experts say it is safe, but I doubt it," said Mayor Ann Ruiz.')).toEqual([]);
  });
});
