import path from 'node:path';
import { Tinypool } from 'tinypool';
import { INTERNAL_ERROR } from '../engine/lint.js';
import { packageRoot } from '../package-root.js';
import type { ArticleTask, LintedFile } from './lint-article.js';
import type { WorkerTask } from './lint-worker.js';

/** The bundled worker (see scripts/build.mjs). */
const WORKER_FILE = path.join(packageRoot, 'dist', 'lint-worker.js');

function internalError(task: ArticleTask, message: string): LintedFile {
  return {
    result: {
      filePath: task.shown,
      diagnostics: [{ ruleId: INTERNAL_ERROR, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 }],
    },
    notes: [],
    internalError: true,
    ioError: false,
  };
}

/**
 * Worker threads that lint one article each. A file that takes longer than `fileTimeoutMs` has its worker stopped
 * (a rule stuck in a loop cannot be interrupted any other way) and is reported as an internal error; the run goes on.
 * Callers must not run more tasks at once than `threads`, so the time budget counts running time, not queueing.
 */
export class LintPool {
  private readonly pool: Tinypool;

  constructor(
    readonly threads: number,
    private readonly fileTimeoutMs: number,
    private readonly plugins: WorkerTask['plugins'],
  ) {
    this.pool = new Tinypool({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads });
  }

  async run(article: ArticleTask): Promise<LintedFile> {
    const task: WorkerTask = { article, plugins: this.plugins };
    try {
      return (await this.pool.run(task, { signal: AbortSignal.timeout(this.fileTimeoutMs) })) as LintedFile;
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        return internalError(article, `Linting took longer than ${this.fileTimeoutMs / 1000} s, the time budget of one file; it was stopped.`);
      }
      return internalError(article, `Linting failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
