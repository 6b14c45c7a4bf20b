import type { Article } from '../article/article.js';
import type { Diagnostic, RelatedLocation, StoryFact, StoryReport, StoryRule } from '../types.js';
import { DirectiveFilter, findDirectives } from './directives.js';
import { compareDiagnostics, DEFAULT_RULE_TIME_BUDGET_MS, defaultOptions, INTERNAL_ERROR, toDiagnostic } from './lint.js';
import type { RuleSettings } from './rule-settings.js';
import { storyRules } from '../../rules/story/index.js';

/** One article of a story, already linted on its own (its facts are computed and shared with the story rules). */
export interface StoryMember {
  /** The path reports show; findings in the other articles cite it. */
  filePath: string;
  article: Article;
  /** The settings that govern this file: a story rule that is off here reports nothing into it. */
  rules: RuleSettings;
}

export interface StoryOptions {
  /** The story rules to choose from; defaults to the built-in ones. */
  registry?: readonly StoryRule[];
  ruleTimeBudgetMs?: number;
}

export interface StoryResult {
  /** The cross-article findings of each member, in member order, sorted by position. */
  diagnostics: Diagnostic[][];
  /** The facts the rules compared, with each article's value: the rows of the summary table. */
  facts: StoryFact[];
  /** True when a story rule failed; the run should exit 2. */
  internalError: boolean;
}

/**
 * Runs the cross-article rules over the articles of one story. Each finding goes into the article that holds the
 * minority value, with the other articles' places as related locations; the engine names no rule.
 */
export function lintStory(members: readonly StoryMember[], options: StoryOptions = {}): StoryResult {
  const diagnostics: Diagnostic[][] = members.map(() => []);
  const facts: StoryFact[] = [];
  let internalError = false;
  if (members.length < 2) return { diagnostics, facts, internalError };
  const articles = members.map(({ filePath, article }) => ({ filePath, article }));
  const filters: (DirectiveFilter | undefined)[] = members.map(() => undefined);
  const filterOf = (index: number) =>
    (filters[index] ??= new DirectiveFilter(findDirectives(members[index]!.article.text, members[index]!.article.lines)));
  const budget = options.ruleTimeBudgetMs ?? DEFAULT_RULE_TIME_BUDGET_MS;

  for (const rule of options.registry ?? storyRules) {
    const id = rule.meta.id;
    const settings = members.map((member) => member.rules.get(id));
    const first = settings.find((setting) => setting && setting.severity !== 'off');
    if (!first) continue;
    const found: { into: number; diagnostic: Diagnostic }[] = [];
    const tabulated: StoryFact[] = [];
    const started = performance.now();
    try {
      rule.check({
        articles,
        options: { ...defaultOptions(rule), ...first.options },
        report(into, report) {
          const setting = settings[into];
          if (!setting || setting.severity === 'off') return;
          const diagnostic = storyDiagnostic(members, into, id, setting.severity, report);
          if (!filterOf(into).silences(id, diagnostic.line)) found.push({ into, diagnostic });
        },
        tabulate(fact) {
          tabulated.push({ ...fact, ruleId: id });
        },
      });
    } catch (error) {
      internalError = true;
      diagnostics[0]!.push(failure(members[0]!, `Story rule "${id}" failed: ${error instanceof Error ? error.message : String(error)}`));
      continue;
    }
    const elapsed = performance.now() - started;
    if (elapsed > budget) {
      internalError = true;
      diagnostics[0]!.push(failure(members[0]!, `Story rule "${id}" took ${Math.round(elapsed)} ms, over its budget of ${budget} ms; its findings were dropped.`));
      continue;
    }
    for (const { into, diagnostic } of found) diagnostics[into]!.push(diagnostic);
    facts.push(...tabulated);
  }
  for (const list of diagnostics) list.sort(compareDiagnostics);
  return { diagnostics, facts, internalError };
}

function storyDiagnostic(members: readonly StoryMember[], into: number, ruleId: string, severity: Diagnostic['severity'], report: StoryReport): Diagnostic {
  const { article } = members[into]!;
  const diagnostic = toDiagnostic(article.lines, ruleId, severity, { message: report.message, start: report.start, end: report.end, severity: report.severity });
  if (report.related.length) {
    diagnostic.related = report.related.map((place): RelatedLocation => {
      const other = members[place.article]!;
      const from = other.article.lines.point(place.start);
      const to = other.article.lines.point(Math.max(place.start, place.end));
      return {
        message: place.message,
        ...(place.article === into ? {} : { filePath: other.filePath }),
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
      };
    });
  }
  return diagnostic;
}

function failure(member: StoryMember, message: string): Diagnostic {
  return toDiagnostic(member.article.lines, INTERNAL_ERROR, 'error', { message, start: 0, end: 0 });
}
