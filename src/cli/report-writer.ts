import { formatters, streamingFormatters } from '../formatters/index.js';
import { addCounts, countOf, type Counts, type FileResult, type FormatContext } from '../formatters/result.js';
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
  private readonly kept: FileResult[] = [];

  constructor(
    private readonly format: string,
    private readonly context: FormatContext,
    private readonly quiet: boolean,
    private readonly write: (text: string) => void,
  ) {
    if (!formatters[format]) throw new Error(`unknown format "${format}"`);
  }

  add(linted: LintedFile): void {
    const { result } = linted;
    const shown = this.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result;
    addCounts(this.total, countOf(shown.diagnostics));
    if (linted.ioError || linted.internalError) this.failed = true;
    const stream = streamingFormatters[this.format];
    if (stream) {
      const text = stream.file(shown, this.context);
      if (text) this.write(text);
    } else {
      this.kept.push(shown);
    }
  }

  finish(): void {
    const stream = streamingFormatters[this.format];
    const text = stream ? stream.end(this.total, this.context) : formatters[this.format]!(this.kept, this.context);
    if (text) this.write(text);
  }
}
