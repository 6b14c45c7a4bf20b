import { applyFixes } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/types.js';

const withFix = (start: number, end: number, text: string): Diagnostic => ({
  ruleId: 'x', severity: 'warn', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, start, end, fix: { range: [start, end], text },
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes in source order', () => {
    const outcome = applyFixes('abcdef', [withFix(4, 5, 'E'), withFix(0, 1, 'A')]);
    expect(outcome.output).toBe('AbcdEf');
    expect(outcome.applied).toHaveLength(2);
  });

  it('skips a fix that overlaps one already taken', () => {
    const outcome = applyFixes('abcdef', [withFix(0, 3, 'X'), withFix(2, 4, 'Y')]);
    expect(outcome.output).toBe('Xdef');
    expect(outcome.applied).toHaveLength(1);
  });

  it('removes debris lines and leaves everything else untouched', () => {
    const text = 'Headline\n\nThe story.\n\nLeave a Reply\n\nCopyright 2024, Example News\n';
    const { diagnostics } = lint(text);
    expect(applyFixes(text, diagnostics).output).toBe('Headline\n\nThe story.\n\n\n');
  });
});

describe('rule failures', () => {
  it('turn into one internal-error diagnostic and let the other rules run', () => {
    const broken = {
      meta: { id: 'broken', description: 'd', category: 'core' as const, severity: 'warn' as const, recommended: true, fixable: false, docs: 'docs/rules/broken.md' },
      check() {
        throw new Error('boom');
      },
    };
    const fine = {
      meta: { ...broken.meta, id: 'fine' },
      check({ report }: { report: (r: { message: string; start: number; end: number }) => void }) {
        report({ message: 'still ran', start: 0, end: 1 });
      },
    };
    const result = lint('Some text.', {
      registry: [broken, fine],
      rules: new Map([
        ['broken', { severity: 'warn', options: {} }],
        ['fine', { severity: 'warn', options: {} }],
      ]),
    });
    expect(result.internalError).toBe(true);
    expect(result.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['fine', 'still ran'],
      ['internal-error', 'Rule "broken" failed: boom'],
    ]);
  });

  it('drop the findings of a rule that runs over its time budget', () => {
    const slow = {
      meta: { id: 'slow', description: 'd', category: 'core' as const, severity: 'warn' as const, recommended: true, fixable: false, docs: 'docs/rules/slow.md' },
      check({ report }: { report: (r: { message: string; start: number; end: number }) => void }) {
        const until = performance.now() + 30;
        while (performance.now() < until);
        report({ message: 'late', start: 0, end: 1 });
      },
    };
    const result = lint('Some text.', { registry: [slow], rules: new Map([['slow', { severity: 'warn', options: {} }]]), ruleTimeBudgetMs: 5 });
    expect(result.internalError).toBe(true);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toMatch(/^Rule "slow" took \d+ ms, over its budget of 5 ms; its findings were dropped\.$/);
  });
});
