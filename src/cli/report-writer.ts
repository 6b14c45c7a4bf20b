import {
  addCounts,
  countOf,
  type Counts,
  type FileResult,
  type FormatContext,
  type Formatter,
  type StorySummary,
  type StreamingFormatter,
} from '../formatters/result.js';
import type { LintedFile } from './lint-article.js';

/**
 * Turns linted files into the report as they arrive, in order. Formats that allow it (stylish, unix, github) are
 * written file by file, so a run over many files holds no results; the others (json, sarif) keep each file's small
 * result object and are written at the end (the article text is left out of results for formats that do not show it).
 */
export class ReportWriter {
  readonly total: Counts = { error: 0, warn: 0, info: 0, fixable: 0 };
  /** A file could not be read or written, or a rule failed. */
  failed = false;
  /** The results kept for a format that is written at the end. */
  readonly results: FileResult[] = [];

  constructor(
    private readonly formatter: Formatter,
    /** The file-by-file form of the format, when it has one. */
    private readonly stream: StreamingFormatter | undefined,
    private readonly context: FormatContext,
    private readonly quiet: boolean,
    private readonly write: (text: string) => void,
  ) {}

  add(linted: LintedFile): void {
    const { result } = linted;
    const shown = this.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result;
    addCounts(this.total, countOf(shown.diagnostics));
    if (linted.ioError || linted.internalError) this.failed = true;
    if (this.stream) {
      const text = this.stream.file(shown, this.context);
      if (text) this.write(text);
    } else {
      this.results.push(shown);
    }
  }

  /** Writes what comes after the files: the whole report, or the streamed report's end (story tables, totals). */
  finish(stories: readonly StorySummary[] = []): void {
    const context = stories.length ? { ...this.context, stories } : this.context;
    const text = this.stream ? this.stream.end(this.total, context) : this.formatter(this.results, context);
    if (text) this.write(text);
  }
}
