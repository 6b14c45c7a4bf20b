import type { Diagnostic, RuleMeta, Severity, StoryFact } from '../types.js';

/** What formatters receive for one file. */
export interface FileResult {
  /** The path as the user should see it (relative to the working directory where possible). */
  filePath: string;
  diagnostics: Diagnostic[];
  /** The publication date newslint used for the file, if any. */
  publicationDate?: string;
  /** The text that was linted (formatters that show the article need it). */
  source?: string;
  /** The fixed text, with --fix-dry-run. */
  output?: string;
}

/** The facts the story rules compared across the articles of one story, for the summary table. */
export interface StorySummary {
  /** The articles, as their reports name them, in argument order. */
  files: string[];
  facts: StoryFact[];
}

export interface FormatContext {
  color: boolean;
  rules: readonly RuleMeta[];
  /** One summary per story linted in this run (`--story`, or "stories" groups in .lintrc.json). */
  stories?: readonly StorySummary[];
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/**
 * A formatter whose report is one part per file, written as soon as that file is linted (so a run over many files
 * holds no results), and a closing part from the totals.
 */
export interface StreamingFormatter {
  file(result: FileResult, context: FormatContext): string;
  end(total: Counts, context: FormatContext): string;
}

export interface Counts {
  error: number;
  warn: number;
  info: number;
  fixable: number;
}

export function countOf(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warn: 0, info: 0, fixable: 0 };
  for (const diagnostic of diagnostics) {
    counts[diagnostic.severity]++;
    if (diagnostic.fix) counts.fixable++;
  }
  return counts;
}

export function addCounts(total: Counts, counts: Counts): void {
  total.error += counts.error;
  total.warn += counts.warn;
  total.info += counts.info;
  total.fixable += counts.fixable;
}

/** The whole-report form of a streaming formatter. */
export function wholeReport(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const total: Counts = { error: 0, warn: 0, info: 0, fixable: 0 };
    let report = '';
    for (const result of results) {
      report += stream.file(result, context);
      addCounts(total, countOf(result.diagnostics));
    }
    return report + stream.end(total, context);
  };
}

export const SEVERITY_NUMBER: Record<Severity, number> = { error: 2, warn: 1, info: 0 };
export const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
