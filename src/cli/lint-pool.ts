import { INTERNAL_ERROR } from '../engine/lint.js';
import type { PluginRef } from '../config/plugins.js';
import { LintTimeoutError, WorkerPool } from '../worker/worker-pool.js';
import type { ArticleTask, LintedFile } from './lint-article.js';

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
 * and is reported as an internal error; the run goes on.
 * Callers must not run more tasks at once than `threads`, so the time budget counts running time, not queueing.
 */
export class LintPool {
  private readonly pool: WorkerPool;

  constructor(
    readonly threads: number,
    fileTimeoutMs: number,
    private readonly plugins: PluginRef[],
  ) {
    this.pool = new WorkerPool({ minThreads: threads, maxThreads: threads, timeoutMs: fileTimeoutMs });
  }

  async run(article: ArticleTask): Promise<LintedFile> {
    try {
      return await this.pool.run('lintFile', { article, plugins: this.plugins });
    } catch (error) {
      if (error instanceof LintTimeoutError) {
        return internalError(article, `Linting took longer than ${error.timeoutMs / 1000} s, the time budget of one file; it was stopped.`);
      }
      return internalError(article, `Linting failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
