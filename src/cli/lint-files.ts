import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import type { ConfigLoader } from '../config/load.js';
import { lookUp, type LintCache } from './cache.js';
import { lintArticle, nothingToReport, type ArticleTask, type LintedFile } from './lint-article.js';
import type { Progress } from './progress.js';
import { readArticle } from './read-article.js';

/**
 * Below this many files, worker threads cost more than they save: each one loads newslint anew and warms it up (its
 * first articles lint several times slower), and on two cores V8's own compiler threads already use much of the
 * second core. Measured with `npm run bench` on 2 cores: 200 articles took 2.60 s on two threads and 2.19 s in the
 * main thread, 10,000 took 1.61x less time on two; the lines cross near 340 files.
 */
export const POOL_MIN_FILES = 400;

/** How far ahead of the file being reported the pool may run, so out-of-order results wait in a bounded buffer. */
const MAX_AHEAD = 256;

export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

export interface RunOptions {
  /** Worker threads; 1 lints in the main thread; undefined picks by the number of files and cores. */
  concurrency?: number;
  /** With worker threads: a file that takes longer is stopped and reported as an internal error. */
  fileTimeoutMs: number;
  fix?: ArticleTask['fix'];
  date?: string;
  keepSource: boolean;
  cache?: LintCache;
  progress?: Progress;
  /** Articles of a story: linted in the main thread, where the story rules can read their parsed articles. */
  inStory?: ReadonlySet<string>;
}

/**
 * Threads for a run: as asked, or, by default, one per core that other work leaves idle (by the load average, as
 * `make -l` does), and none below POOL_MIN_FILES. On a busy machine a pool only adds its warm-up to the work.
 */
export function threadsFor(
  fileCount: number,
  concurrency: number | undefined,
  cores = availableParallelism(),
  load = loadavg()[0]!,
): number {
  if (concurrency !== undefined) return Math.max(1, Math.min(concurrency, fileCount));
  if (fileCount < POOL_MIN_FILES) return 1;
  const idle = Math.min(cores, Math.round(cores - load));
  return idle >= 2 ? idle : 1;
}

/** Reads one file and decides what to do with it: a result already known (unreadable, binary, cached) or a task. */
function prepare(file: string, shown: string, loader: ConfigLoader, options: RunOptions): LintedFile | { task: ArticleTask; key?: string } {
  const read = readArticle(file, loader.configFor(path.dirname(file))?.maxFileSize);
  if (read.kind === 'error') return nothingToReport(shown, [`${shown}: ${read.message}`], true);
  if (read.kind === 'binary') return nothingToReport(shown, [`${shown}: skipped, binary file`]);
  const config = loader.resolve(file);
  const task: ArticleTask = {
    file,
    shown,
    text: read.text,
    bom: read.bom,
    invalidUtf8: read.invalidUtf8,
    hash: read.hash,
    rules: config.rules,
    settings: config.settings,
    date: options.date,
    fix: options.fix,
    keepSource: options.keepSource,
    inStory: options.inStory?.has(file) ?? false,
  };
  const { cached, key } = lookUp(task, options.cache);
  return cached ?? { task, key };
}

/**
 * Lints files and hands each outcome to `report` in the order of `files`, as soon as it and every file before it are
 * done. Many files are spread over worker threads; results are small objects and nothing else is kept per file.
 */
export async function lintFiles(
  files: readonly string[],
  shownAs: (file: string) => string,
  loader: ConfigLoader,
  options: RunOptions,
  report: (linted: LintedFile) => void,
): Promise<void> {
  const threads = threadsFor(files.length, options.concurrency);
  const finish = (prepared: ReturnType<typeof prepare>, linted: LintedFile) => {
    if ('task' in prepared && prepared.key !== undefined) options.cache!.set(prepared.task, prepared.key, linted);
    return linted;
  };
  let done = 0;
  const deliver = (linted: LintedFile) => {
    report(linted);
    options.progress?.update(++done);
  };

  if (threads === 1) {
    for (const file of files) {
      const prepared = prepare(file, shownAs(file), loader, options);
      deliver('task' in prepared ? finish(prepared, lintArticle(prepared.task, loader.articleRules)) : prepared);
    }
    return;
  }

  // Loaded here, not at start-up: a run that stays in the main thread never needs tinypool.
  const { LintPool } = await import('./lint-pool.js');
  const pool = new LintPool(threads, options.fileTimeoutMs, loader.plugins);
  // At most `threads` tasks are handed to the pool at once, so each one's time budget starts when it starts running.
  const free = new Signal();
  let running = 0;
  const outcomes = new Map<number, Deferred<LintedFile>>();
  const outcome = (index: number) => {
    let deferred = outcomes.get(index);
    if (!deferred) outcomes.set(index, (deferred = new Deferred()));
    return deferred;
  };
  let delivered = 0;
  const progressed = new Signal();

  const feed = async () => {
    for (let index = 0; index < files.length; index++) {
      while (index >= delivered + MAX_AHEAD) await progressed.wait();
      try {
        const file = files[index]!;
        const prepared = prepare(file, shownAs(file), loader, options);
        if (!('task' in prepared)) {
          outcome(index).resolve(prepared);
          continue;
        }
        if (prepared.task.inStory) {
          outcome(index).resolve(finish(prepared, lintArticle(prepared.task, loader.articleRules)));
          continue;
        }
        while (running >= threads) await free.wait();
        running++;
        const linted = pool
          .run(prepared.task)
          .finally(() => {
            running--;
            free.notify();
          })
          .then((result) => finish(prepared, result));
        outcome(index).resolve(linted);
      } catch (error) {
        outcome(index).reject(error);
        return;
      }
    }
  };

  try {
    void feed();
    while (delivered < files.length) {
      const linted = await outcome(delivered).promise;
      outcomes.delete(delivered);
      delivered++;
      progressed.notify();
      deliver(linted);
    }
  } finally {
    await pool.destroy();
  }
}

class Deferred<T> {
  readonly promise: Promise<T>;
  resolve!: (value: T | Promise<T>) => void;
  reject!: (error: unknown) => void;

  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

/** Wakes everyone waiting on it; each waiter then checks its own condition again. */
class Signal {
  private waiters: (() => void)[] = [];

  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
