import { lint, type LintOptions } from '../../src/engine/lint.js';
import type { Diagnostic } from '../../src/types.js';
import { builtinRules } from '../../rules/index.js';

/** Lints `text` with only the named rule switched on (at its default severity, with the given options). */
export function lintRule(ruleId: string, text: string, options: Omit<LintOptions, 'rules'> & { ruleOptions?: Record<string, unknown> } = {}): Diagnostic[] {
  const rule = builtinRules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const { ruleOptions, ...lintOptions } = options;
  const result = lint(text, {
    ...lintOptions,
    rules: new Map([[ruleId, { severity: rule.meta.severity, options: ruleOptions ?? {} }]]),
  });
  return result.diagnostics.filter((d) => d.ruleId === ruleId || d.ruleId === 'internal-error');
}

/** The source text a diagnostic points at. */
export function spanOf(text: string, diagnostic: Diagnostic): string {
  return text.replace(/^\uFEFF/, '').slice(diagnostic.start, diagnostic.end);
}
