import { lintRule } from '../helpers/lint.js';

const RULE = 'missing-dateline';

const UNDATED = 'Troops hurt in base attack\n\nAt least two soldiers were injured on Saturday in an attack on the base.\n\nOfficials said on Sunday that damage was light.\n';

describe(RULE, () => {
  it('reports once, on line 1, naming the first relative date it could not check', () => {
    const [d, ...rest] = lintRule(RULE, UNDATED);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 27 });
    expect(d!.message).toBe(
      'No publication date found (no dateline, front matter date or --date), so "Saturday" (line 3) and 1 other relative date could not be checked.',
    );
  });

  it('counts "yesterday" and "this week" as relative dates', () => {
    const [d] = lintRule(RULE, 'Flood waters rose yesterday. More rain is expected this week.');
    expect(d!.message).toBe(
      'No publication date found (no dateline, front matter date or --date), so "yesterday" (line 1) and 1 other relative date could not be checked.',
    );
  });

  describe('stays silent', () => {
    it('when --date gives the date', () => {
      expect(lintRule(RULE, UNDATED, { date: '2024-01-21' })).toEqual([]);
    });

    it('when the front matter gives the date', () => {
      expect(lintRule(RULE, `---\ndate: 2024-01-21\n---\n\n${UNDATED}`, { filePath: 'story.md' })).toEqual([]);
    });

    it('when a dateline gives the date', () => {
      expect(lintRule(RULE, `January 21, 2024\n\n${UNDATED}`)).toEqual([]);
    });

    it('when a wire dateline names the state or country after the city', () => {
      expect(lintRule(RULE, `Troops hurt in base attack\n\nFORT HOOD, Texas, Jan. 21, 2024 — ${UNDATED.split('\n\n')[1]}`)).toEqual([]);
    });

    it('when there is nothing relative to check (full dates, months, years, times, durations)', () => {
      const text = 'The treaty was signed on March 3, 2022, at 10 a.m. Talks began in 2020 and lasted for two days in May.\n';
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
