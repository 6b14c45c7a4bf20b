import { lint, stripBom, type LintResult } from '../engine/lint.js';
import { applyFixes } from '../engine/fix.js';
import type { RuleSettings } from '../engine/rule-settings.js';
import type { FileResult } from '../formatters/result.js';
import type { Article } from '../article/article.js';
import type { Diagnostic, Rule, SharedSettings } from '../types.js';
import { ChangedOnDiskError, writeAtomic } from './write-atomic.js';
import { LineIndex } from '../text/line-index.js';

const MAX_FIX_PASSES = 10;

/**
 * One article to lint, as plain data so it can be handed to a worker thread: the text already read and decoded,
 * and the configuration that applies to it.
 */
export interface ArticleTask {
  /** Absolute path; undefined for standard input. Picks the format (.md) and is where fixes are written. */
  file?: string;
  /** The name shown in the report. */
  shown: string;
  text: string;
  bom: boolean;
  invalidUtf8: boolean;
  /** Hash of the bytes read; a fix is written only if the file still hashes to it. */
  hash?: string;
  rules: RuleSettings;
  settings: SharedSettings;
  date?: string;
  /** `write`: apply fixes to the file; `dry-run`: compute the fixed text and report it. */
  fix?: 'write' | 'dry-run';
  /** Keep the linted text in the result (for formats that show the article). */
  keepSource: boolean;
  /** The article belongs to a story: keep it for the story rules (only in the main thread, where they run). */
  inStory?: boolean;
}

/** One file's outcome, in the order the run reports files. */
export interface LintedFile {
  result: FileResult;
  /** Lines for standard error ("skipped, binary file"), printed when the file's turn comes. */
  notes: string[];
  internalError: boolean;
  ioError: boolean;
  /** The file on disk now holds the fixed text. */
  fixesWritten?: boolean;
  /** What the story rules need, kept only for an article of a story. */
  story?: { path: string; article: Article; rules: RuleSettings };
}

export function nothingToReport(shown: string, notes: string[] = [], ioError = false): LintedFile {
  return { result: { filePath: shown, diagnostics: [] }, notes, internalError: false, ioError };
}

export function invalidUtf8Diagnostic(text: string): Diagnostic {
  const index = Math.max(0, text.indexOf('\uFFFD'));
  const { line, column } = new LineIndex(text).point(index);
  return {
    ruleId: 'invalid-utf8',
    severity: 'warn',
    message: 'The file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters.',
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    start: index,
    end: index + 1,
  };
}

/** Lints one text, applying fixes when asked; returns the last lint result and the (fixed) text without its BOM. */
function lintWithFixes(task: ArticleTask, registry: readonly Rule[]): { result: LintResult; output: string } {
  const lintOnce = (input: string) => lint(input, { filePath: task.file, date: task.date, rules: task.rules, settings: task.settings, registry });
  let result = lintOnce(task.text);
  let output = stripBom(task.text);
  if (task.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixed = applyFixes(output, result.diagnostics);
      if (fixed.applied.length === 0) break;
      output = fixed.output;
      result = lintOnce(output);
    }
  }
  return { result, output };
}

/** Lints one article (the same code in the main thread and in workers) and writes its fixes with `fix: 'write'`. */
export function lintArticle(task: ArticleTask, registry: readonly Rule[]): LintedFile {
  const original = stripBom(task.text);
  if (original.trim() === '') return nothingToReport(task.shown);
  const { result, output } = lintWithFixes(task, registry);
  const diagnostics = result.diagnostics;
  if (task.invalidUtf8) diagnostics.unshift(invalidUtf8Diagnostic(output));
  const linted: LintedFile = {
    result: {
      filePath: task.shown,
      diagnostics,
      publicationDate: result.article.publication?.date,
      ...(task.keepSource ? { source: output } : {}),
      ...(task.fix === 'dry-run' ? { output } : {}),
    },
    notes: [],
    internalError: result.internalError,
    ioError: false,
    ...(task.inStory && task.file ? { story: { path: task.file, article: result.article, rules: task.rules } } : {}),
  };
  if (task.fix === 'write' && task.file && task.hash && output !== original) {
    try {
      writeAtomic(task.file, (task.bom ? '\uFEFF' : '') + output, task.hash);
      linted.fixesWritten = true;
    } catch (error) {
      linted.ioError = true;
      linted.notes.push(error instanceof ChangedOnDiskError ? error.message : `${task.shown}: cannot write fixes (${(error as Error).message})`);
    }
  }
  return linted;
}
