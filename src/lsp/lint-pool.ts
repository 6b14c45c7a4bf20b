import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Tinypool } from 'tinypool';
import { packageRoot } from '../package-root.js';
import type { LintOutcome, LintTask } from './lint-worker.js';

/** The bundled worker (see scripts/build.mjs). */
const WORKER_FILE = path.join(packageRoot, 'dist', 'lsp-worker.js');

export class LintTimeoutError extends Error {}

/**
 * Lints in worker threads: the server keeps answering while an article is linted, two documents lint side by side,
 * and an article that takes longer than `timeoutMs` has its worker stopped instead of stalling everything.
 */
export class LintPool {
  private readonly pool = new Tinypool({
    filename: WORKER_FILE,
    minThreads: 1,
    maxThreads: Math.max(2, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 60_000,
  });

  constructor(private readonly timeoutMs: number) {}

  async lint(task: LintTask): Promise<LintOutcome> {
    try {
      return (await this.pool.run(task, { signal: AbortSignal.timeout(this.timeoutMs) })) as LintOutcome;
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw new LintTimeoutError(`linting took longer than ${this.timeoutMs / 1000} s and was stopped`);
      throw error;
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
