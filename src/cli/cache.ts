import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripBom } from '../engine/lint.js';
import type { Diagnostic, SharedSettings } from '../types.js';
import { version } from '../version.js';
import type { ArticleTask, LintedFile } from './lint-article.js';

export const DEFAULT_CACHE_LOCATION = path.join('.newslint', 'cache');

/** Bumped when the layout of the cache file changes. */
const CACHE_FORMAT = 1;

/** Where standard input read without --stdin-filename keeps its one entry (no file path can look like it). */
const STDIN_SLOT = '<stdin>';

interface Entry {
  /** Hash of the file's bytes. */
  hash: string;
  /** Hash of everything else the result depends on (see `LintCache.keyOf`). */
  key: string;
  diagnostics: Diagnostic[];
  publicationDate?: string;
}

/** Size and modification time of a file, or a marker when it is missing: enough to notice that it changed. */
function signature(file: string): string {
  try {
    const stat = statSync(file);
    return `${file}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return `${file}:missing`;
  }
}

/** Absolute paths anywhere in the shared settings (knowledge packs, the archive): their contents feed the results. */
function pathsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (path.isAbsolute(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) pathsIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) pathsIn(item, found);
  }
  return found;
}

/** The running code: the package version and the files of the bundle, so a rebuilt newslint never reuses old results. */
function engineSignature(pluginFiles: string[]): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const code = readdirSync(here).filter((name) => /\.[cm]?[jt]s$/.test(name)).sort().map((name) => signature(path.join(here, name)));
  return JSON.stringify([version(), code, pluginFiles.map(signature)]);
}

/**
 * Lint results from earlier runs, in one JSON file, reused for a file whose bytes, configuration, date option, rule
 * code and data files are all unchanged. Results with findings are stored too, so those files skip the work as well.
 */
export class LintCache {
  private readonly entries: Map<string, Entry>;
  private readonly engine: string;
  private changed = false;

  constructor(
    readonly file: string,
    pluginFiles: string[],
  ) {
    this.engine = engineSignature(pluginFiles);
    this.entries = new Map(Object.entries(LintCache.read(file)));
  }

  private static read(file: string): Record<string, Entry> {
    if (!existsSync(file)) return {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; entries?: Record<string, Entry> };
      return data.format === CACHE_FORMAT && data.entries ? data.entries : {};
    } catch {
      // A damaged cache is only a slower run.
      return {};
    }
  }

  /** What a result depends on besides the file's bytes and its path (the entry is found by path). */
  keyOf(task: Pick<ArticleTask, 'rules' | 'settings' | 'date'>): string {
    const rules = [...task.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const settings: SharedSettings = task.settings;
    const data = JSON.stringify([this.engine, rules, settings, pathsIn(settings).map(signature), task.date ?? null]);
    return createHash('sha1').update(data).digest('hex');
  }

  /**
   * The stored result for `task`, if one is valid and usable (a fix needs the fixed text, which is not stored).
   * Entries are per path, which picks the format and the config and which rules read: standard input is looked up
   * by its --stdin-filename. A file on disk, its staged version and standard input named after it share one entry:
   * the same bytes under the same path lint the same.
   */
  get(task: ArticleTask, key: string): LintedFile | undefined {
    if (!task.hash) return undefined;
    const entry = this.entries.get(task.file ?? STDIN_SLOT);
    if (!entry || entry.hash !== task.hash || entry.key !== key) return undefined;
    if (task.fix && entry.diagnostics.some((d) => d.fix)) return undefined;
    const text = stripBom(task.text);
    return {
      result: {
        filePath: task.shown,
        diagnostics: entry.diagnostics,
        ...(entry.publicationDate ? { publicationDate: entry.publicationDate } : {}),
        ...(task.keepSource ? { source: text } : {}),
        ...(task.fix === 'dry-run' ? { output: text } : {}),
      },
      notes: [],
      internalError: false,
      ioError: false,
    };
  }

  /** Stores a result; failures (a crashed rule, a timeout, a write error) are not stored, so they are retried. */
  set(task: ArticleTask, key: string, linted: LintedFile): void {
    // After fixes were written, the findings describe bytes other than the ones hashed.
    if (!task.hash || linted.internalError || linted.ioError || linted.fixesWritten) return;
    const { diagnostics, publicationDate } = linted.result;
    this.entries.set(task.file ?? STDIN_SLOT, { hash: task.hash, key, diagnostics, ...(publicationDate ? { publicationDate } : {}) });
    this.changed = true;
  }

  /** Writes the cache through a temporary file and a rename, so a concurrent run never reads half of it. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(this.entries) }));
    renameSync(temp, this.file);
  }
}

/**
 * The stored result of `task` if still valid, else the key to store its result under; neither without a cache or for
 * an article of a story (a cached result has no parsed article for the story rules).
 */
export function lookUp(task: ArticleTask, cache: LintCache | undefined): { cached?: LintedFile; key?: string } {
  const key = cache && !task.inStory ? cache.keyOf(task) : undefined;
  if (key === undefined) return {};
  const cached = cache!.get(task, key);
  return cached ? { cached } : { key };
}

/** Lints `task` through the cache when there is one: the stored result if still valid, else a fresh one, stored. */
export function lintCached(task: ArticleTask, cache: LintCache | undefined, lintTask: (task: ArticleTask) => LintedFile): LintedFile {
  const { cached, key } = lookUp(task, cache);
  if (cached) return cached;
  const linted = lintTask(task);
  if (key !== undefined) cache!.set(task, key, linted);
  return linted;
}
