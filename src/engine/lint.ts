import type { Article } from '../article/article.js';
import { parseArticle, type ArticleFormat } from '../article/parse.js';
import { LineIndex } from '../text/line-index.js';
import type { AnyRule, Diagnostic, Report, Rule, Severity, SharedSettings } from '../types.js';
import { DirectiveFilter, findDirectives } from './directives.js';
import { ruleDefaults, type RuleSettings } from './rule-settings.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from '../config/validate.js';

export interface LintOptions {
  filePath?: string;
  format?: ArticleFormat;
  /** Publication date YYYY-MM-DD; wins over the article's own. */
  date?: string;
  /** Severity and options per rule id; rules absent here do not run. Defaults to newslint:recommended. */
  rules?: RuleSettings;
  settings?: SharedSettings;
  /** The rules to choose from; defaults to the built-in ones. */
  registry?: readonly Rule[];
  /** A rule that runs longer than this on one article is reported as an internal error and its findings dropped. */
  ruleTimeBudgetMs?: number;
  /** Record each rule's run time in LintResult.timings. */
  collectTimings?: boolean;
}

export interface LintResult {
  filePath?: string;
  diagnostics: Diagnostic[];
  article: Article;
  /** True when a rule failed; the run should exit 2. */
  internalError: boolean;
  /** Milliseconds per rule id, with `collectTimings`. */
  timings?: Map<string, number>;
}

export const DEFAULT_RULE_TIME_BUDGET_MS = 5_000;

export const INTERNAL_ERROR = 'internal-error';

const BOM = '\uFEFF';

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** A rule's report as a diagnostic with lines and columns; related places are in the same text. */
export function toDiagnostic(lines: LineIndex, ruleId: string, severity: Severity, report: Report): Diagnostic {
  const start = Math.max(0, Math.min(report.start, lines.text.length));
  const end = Math.max(start, Math.min(report.end, lines.text.length));
  const from = lines.point(start);
  const to = lines.point(end);
  const diagnostic: Diagnostic = {
    ruleId,
    severity: report.severity ?? severity,
    message: report.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start,
    end,
  };
  if (report.fix) diagnostic.fix = report.fix;
  if (report.suggestions?.length) diagnostic.suggestions = report.suggestions;
  if (report.related?.length) {
    diagnostic.related = report.related.map((related) => {
      const a = lines.point(related.start);
      const b = lines.point(related.end);
      return { message: related.message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    });
  }
  return diagnostic;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** Lints one article: the single entry point the CLI, the git hook and the language server share. */
export function lint(input: string, options: LintOptions = {}): LintResult {
  const text = stripBom(input);
  const lines = new LineIndex(text);
  const directives = findDirectives(text, lines);
  const article = parseArticle(text, {
    filePath: options.filePath,
    format: options.format,
    date: options.date,
    directives,
  });
  const registry = options.registry ?? builtinRules;
  const settings = options.rules ?? ruleDefaults(registry, 'recommended');
  const filter = new DirectiveFilter(directives);
  const diagnostics: Diagnostic[] = [];
  let internalError = false;

  const budget = options.ruleTimeBudgetMs ?? DEFAULT_RULE_TIME_BUDGET_MS;
  const timings = options.collectTimings ? new Map<string, number>() : undefined;
  const fail = (message: string) => {
    internalError = true;
    diagnostics.push(toDiagnostic(lines, INTERNAL_ERROR, 'error', { message, start: 0, end: 0 }));
  };

  for (const rule of registry) {
    const setting = settings.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity;
    const found: Diagnostic[] = [];
    const started = performance.now();
    try {
      rule.check({
        article,
        options: { ...defaultOptions(rule), ...setting.options },
        settings: options.settings ?? {},
        report(report) {
          const diagnostic = toDiagnostic(lines, rule.meta.id, severity, report);
          if (!filter.silences(rule.meta.id, diagnostic.line)) found.push(diagnostic);
        },
      });
    } catch (error) {
      // A bad knowledge pack or archive is the user's configuration to fix, not a failing rule: exit 2 with its message.
      if (error instanceof ConfigError) throw error;
      fail(`Rule "${rule.meta.id}" failed: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const elapsed = performance.now() - started;
    timings?.set(rule.meta.id, elapsed);
    if (elapsed > budget) {
      fail(`Rule "${rule.meta.id}" took ${Math.round(elapsed)} ms, over its budget of ${budget} ms; its findings were dropped.`);
      continue;
    }
    for (const diagnostic of found) diagnostics.push(diagnostic);
  }
  diagnostics.sort(compareDiagnostics);
  return { filePath: options.filePath, diagnostics, article, internalError, ...(timings ? { timings } : {}) };
}

/** Every option of a rule at its default value. */
export function defaultOptions(rule: AnyRule): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) defaults[name] = spec.default;
  return defaults;
}
