import { lint } from '../../src/engine/lint.js';
import { lintStory, type StoryMember } from '../../src/engine/story.js';
import type { RuleSettings } from '../../src/engine/rule-settings.js';
import type { StoryRule } from '../../src/types.js';

/** A story rule for tests: reports the first "alpha" of every article but the first, citing the first article's. */
const probe: StoryRule = {
  meta: { id: 'story-probe', scope: 'story', description: 'test probe', category: 'core', severity: 'warn', recommended: true, fixable: false, docs: 'docs/rules/probe.md' },
  check({ articles, report, tabulate, options }) {
    const at = articles.map(({ article }) => article.text.indexOf('alpha'));
    for (let index = 1; index < articles.length; index++) {
      report(index, {
        message: `alpha ${String(options.label ?? '')}`.trim(),
        start: at[index]!,
        end: at[index]! + 5,
        related: [
          { article: 0, message: 'first alpha', start: at[0]!, end: at[0]! + 5 },
          { article: index, message: 'own start', start: 0, end: 1 },
        ],
      });
    }
    tabulate({ label: 'alpha', values: articles.map(() => 'yes'), disagreeing: [] });
  },
};

const failing: StoryRule = { ...probe, meta: { ...probe.meta, id: 'story-failing' }, check: () => { throw new Error('boom'); } };

function members(texts: string[], settings: (index: number) => RuleSettings): StoryMember[] {
  return texts.map((text, index) => ({ filePath: `dir/${index}.txt`, article: lint(text, { rules: new Map() }).article, rules: settings(index) }));
}

const on = (severity: 'warn' | 'error' | 'off' = 'warn', options = {}): RuleSettings => new Map([['story-probe', { severity, options }]]);

describe('lintStory', () => {
  it('puts each finding in its article with related places in the others, by file', () => {
    const result = lintStory(members(['x alpha', 'Line one.\n\nThe alpha is here.'], () => on()), { registry: [probe] });
    expect(result.diagnostics[0]).toEqual([]);
    expect(result.diagnostics[1]).toEqual([
      {
        ruleId: 'story-probe', severity: 'warn', message: 'alpha', line: 3, column: 5, endLine: 3, endColumn: 10, start: 15, end: 20,
        related: [
          { message: 'first alpha', filePath: 'dir/0.txt', line: 1, column: 3, endLine: 1, endColumn: 8 },
          { message: 'own start', line: 1, column: 1, endLine: 1, endColumn: 2 },
        ],
      },
    ]);
    expect(result.facts).toEqual([{ ruleId: 'story-probe', label: 'alpha', values: ['yes', 'yes'], disagreeing: [] }]);
    expect(result.internalError).toBe(false);
  });

  it('uses the severity of the file a finding goes into, and drops it where the rule is off', () => {
    const result = lintStory(members(['alpha', 'alpha', 'alpha'], (index) => on(index === 1 ? 'off' : 'error')), { registry: [probe] });
    expect(result.diagnostics.map((found) => found.map((d) => d.severity))).toEqual([[], [], ['error']]);
  });

  it('runs with the options of the first file where the rule is on, and not at all where it is off everywhere', () => {
    const labelled = lintStory(members(['alpha', 'alpha'], (index) => (index === 0 ? on('off') : on('warn', { label: 'two' }))), { registry: [probe] });
    expect(labelled.diagnostics[1]![0]!.message).toBe('alpha two');
    const off = lintStory(members(['alpha', 'alpha'], () => on('off')), { registry: [probe] });
    expect(off).toEqual({ diagnostics: [[], []], facts: [], internalError: false });
  });

  it('honours directive comments in the file a finding goes into', () => {
    const text = '<!-- newslint-disable-next-line story-probe -->\nalpha';
    const result = lintStory(members(['alpha', text], () => on()), { registry: [probe] });
    expect(result.diagnostics[1]).toEqual([]);
  });

  it('compares nothing with fewer than two articles', () => {
    expect(lintStory(members(['alpha'], () => on()), { registry: [probe] })).toEqual({ diagnostics: [[]], facts: [], internalError: false });
  });

  it('turns a rule that throws into an internal error in the first article', () => {
    const settings = (): RuleSettings => new Map([['story-failing', { severity: 'warn', options: {} }]]);
    const result = lintStory(members(['alpha', 'alpha'], settings), { registry: [failing] });
    expect(result.internalError).toBe(true);
    expect(result.diagnostics[0]).toMatchObject([{ ruleId: 'internal-error', severity: 'error', message: 'Story rule "story-failing" failed: boom' }]);
  });
});
