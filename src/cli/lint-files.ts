import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import type { ConfigLoader } from '../config/load.js';
import { lookUp, type LintCache } from './cache.js';
import { lintArticle, nothingToReport, type ArticleTask, type LintedFile } from './lint-article.js';
import type { Progress } from './progress.js';
import { readArticle } from './read-article.js';

/**
 * Below this many files, worker threads cost more than they save: each one loads newslint anew and warms it up (its
 * first articles lint several times slower). Measured on 2 idle cores: 100 articles took 1.33 s on two threads and
 * 1.28 s in the main thread, 200 took 1.88 s and 2.10 s, 500 took 3.36 s and 4.63 s.
 */
export const POOL_MIN_FILES = 150;

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

/** Readings of the running threads, a millisecond apart: Node's own threads (compiler, garbage collector) come and go. */
const READINGS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * How many cores other work keeps busy: on Linux the threads running or waiting for a core (the fourth field of
 * /proc/loadavg, less this one; the lowest of a few readings over 5 ms, as this process's own helper threads may be
 * among them), elsewhere the one-minute load average. The average trails by a minute: a batch started right after
 * another run saw that finished run's load and skipped the pool on an idle machine.
 */
export function busyCores(readLoad = () => readFileSync('/proc/loadavg', 'utf8'), average = () => loadavg()[0]!): number {
  try {
    const readings: number[] = [];
    for (let i = 0; i < READINGS; i++) {
      if (i > 0) Atomics.wait(pause, 0, 0, 1);
      readings.push(Number(/^\S+ \S+ \S+ (\d+)\//.exec(readLoad())?.[1]));
    }
    if (readings.every((running) => running >= 1)) return Math.min(...readings) - 1;
  } catch {
    // No /proc (macOS, Windows): the load average below.
  }
  return average();
}

/**
 * Threads for a run: as asked, or, by default, one per core that other work leaves idle (as `make -l` does), and
 * none below POOL_MIN_FILES. On a busy machine a pool only adds its warm-up to the work.
 */
export function threadsFor(fileCount: number, concurrency: number | undefined, cores = availableParallelism(), busy?: number): number {
  if (concurrency !== undefined) return Math.max(1, Math.min(concurrency, fileCount));
  if (fileCount < POOL_MIN_FILES) return 1;
  const idle = Math.min(cores, Math.round(cores - (busy ?? busyCores())));
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
