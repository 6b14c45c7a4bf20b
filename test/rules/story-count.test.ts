import { FLOOD, lintStoryRule, PIER, readStory, storyFindings } from '../helpers/story.js';

const RULE = 'story-count';

describe(RULE, () => {
  it('reports the count three articles do not share in the fourth, citing each of them', () => {
    const result = lintStoryRule(RULE, readStory('pier-collapse', PIER));
    const [wire, radio, blog, digest] = result.diagnostics;
    expect([wire, radio, digest]).toEqual([[], [], []]);
    expect(blog).toHaveLength(1);
    expect(blog![0]).toMatchObject({ ruleId: RULE, severity: 'warn', line: 10, column: 25, endLine: 10, endColumn: 47 });
    expect(blog![0]!.message).toBe('"34 workers on the pier" conflicts with "31 workers on the pier" in wire.txt:7, radio.txt:7 and digest.txt:5.');
    expect(blog![0]!.related).toEqual([
      { message: '"31 workers on the pier" is stated here.', filePath: 'wire.txt', line: 7, column: 18, endLine: 7, endColumn: 40 },
      { message: '"31 workers on the pier" is stated here.', filePath: 'radio.txt', line: 7, column: 19, endLine: 7, endColumn: 41 },
      { message: '"31 workers on the pier" is stated here.', filePath: 'digest.txt', line: 5, column: 72, endLine: 5, endColumn: 94 },
    ]);
  });

  it('tabulates each shared count with every article\'s value and the one that disagrees', () => {
    const { facts } = lintStoryRule(RULE, readStory('pier-collapse', PIER));
    expect(facts).toEqual([
      { ruleId: RULE, label: 'workers on the pier', values: ['31', '31', '34', '31'], disagreeing: [2] },
      { ruleId: RULE, label: 'accidents at the North Pier', values: ['14', '14', '14', undefined], disagreeing: [] },
    ]);
  });

  it('finds nothing in articles whose counts agree within their bounds ("about", "more than", "roughly")', () => {
    const result = lintStoryRule(RULE, readStory('clean-flood-relief', FLOOD));
    expect(result.diagnostics.flat()).toEqual([]);
    expect(result.facts).toEqual([
      { ruleId: RULE, label: 'residents in Lorne district', values: ['About 1,200', '1,200', 'More than 1,100', 'Roughly 1,200'], disagreeing: [] },
    ]);
  });

  it('on a tie reports the later article', () => {
    const result = lintStoryRule(RULE, { 'a.txt': 'Officials counted 53 attacks in Iraq.\n', 'b.txt': 'Officials counted 57 attacks in Iraq.\n' });
    expect(storyFindings(result, ['a.txt', 'b.txt'])).toEqual(['b.txt 1:19 "57 attacks in Iraq" conflicts with "53 attacks in Iraq" in a.txt:1.']);
  });

  it('compares a count with a narrower wording of it as info', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'The Pentagon reported 130 attacks, including 53 in Iraq.\n',
      'b.txt': 'Officials counted 57 militia attacks in Iraq.\n',
      'c.txt': 'There were 53 attacks in Iraq, officials said.\n',
    });
    expect(storyFindings(result, ['a.txt', 'b.txt', 'c.txt'])).toEqual([
      'b.txt 1:19 "57 militia attacks in Iraq" conflicts with "53 in Iraq" (attacks) in a.txt:1; "53 attacks in Iraq" in c.txt:1.',
    ]);
    expect(result.diagnostics[1]![0]!.severity).toBe('info');
  });

  it('does not compare different kinds of the thing, different verbs or different agents', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Officials counted 12 drone attacks in Basra.\n',
      'b.txt': 'Officials counted 30 rocket attacks in Basra.\n',
      'c.txt': 'Militants launched 33 missiles at the base, the army said.\n',
      'd.txt': 'Only 10 missiles at the base exploded, the army said.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });

  it('compares running totals only when the articles were written on the same day', () => {
    const total = (date: string, count: number) => `${date}\n\nThe ministry has counted ${count} attacks on power stations since January.\n`;
    const apart = lintStoryRule(RULE, { 'a.txt': total('June 2, 2024', 41), 'b.txt': total('June 9, 2024', 47), 'c.txt': total('June 9, 2024', 47) });
    expect(apart.diagnostics.flat()).toEqual([]);
    const together = lintStoryRule(RULE, { 'a.txt': total('June 9, 2024', 41), 'b.txt': total('June 9, 2024', 47), 'c.txt': total('June 9, 2024', 47) });
    expect(storyFindings(together, ['a.txt', 'b.txt', 'c.txt'])).toEqual([
      'a.txt 3:26 "41 attacks on power stations" conflicts with "47 attacks on power stations" in b.txt:3 and c.txt:3.',
    ]);
  });

  it('does not compare a count for one day with a count that names no time, nor with a running total', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Officials counted 4 attacks on the pipeline in 2023.\n',
      'b.txt': 'Officials counted 9 attacks on the pipeline.\n',
      'c.txt': 'Officials counted 12 attacks on the pipeline since March.\n',
    });
    expect(result.diagnostics.flat()).toEqual([]);
  });

  it('leaves an article that contradicts itself to count-conflict', () => {
    const result = lintStoryRule(RULE, {
      'a.txt': 'Officials counted 53 attacks in Iraq.\n\nLater they counted 57 attacks in Iraq.\n',
      'b.txt': 'Officials counted 57 attacks in Iraq.\n',
      'c.txt': 'Officials counted 60 attacks in Iraq.\n',
    });
    expect(storyFindings(result, ['a.txt', 'b.txt', 'c.txt'])).toEqual(['c.txt 1:19 "60 attacks in Iraq" conflicts with "57 attacks in Iraq" in b.txt:1.']);
  });
});
