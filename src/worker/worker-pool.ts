import path from 'node:path';
import { Tinypool } from 'tinypool';
import { packageRoot } from '../package-root.js';
import type * as worker from './lint-worker.js';

/** The bundled worker (see scripts/build.mjs): one module for the command line and the language server. */
const WORKER_FILE = path.join(packageRoot, 'dist', 'lint-worker.js');

type WorkerFunctions = typeof worker;

/** A task ran past its time budget; its worker was stopped. */
export class LintTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`linting took longer than ${timeoutMs / 1000} s and was stopped`);
  }
}

export interface WorkerPoolOptions {
  minThreads: number;
  maxThreads: number;
  /** A task that runs longer has its worker stopped (a rule stuck in a loop cannot be interrupted any other way). */
  timeoutMs: number;
  idleTimeout?: number;
}

/** Worker threads that run the functions of the lint worker, each call within the time budget. */
export class WorkerPool {
  private readonly pool: Tinypool;
  private readonly timeoutMs: number;

  constructor({ minThreads, maxThreads, timeoutMs, idleTimeout }: WorkerPoolOptions) {
    this.pool = new Tinypool({ filename: WORKER_FILE, minThreads, maxThreads, ...(idleTimeout === undefined ? {} : { idleTimeout }) });
    this.timeoutMs = timeoutMs;
  }

  /** Runs `name` of the lint worker on `task`; rejects with LintTimeoutError when the budget runs out. */
  async run<Name extends keyof WorkerFunctions>(
    name: Name,
    task: Parameters<WorkerFunctions[Name]>[0],
  ): Promise<Awaited<ReturnType<WorkerFunctions[Name]>>> {
    try {
      return (await this.pool.run(task, { name, signal: AbortSignal.timeout(this.timeoutMs) })) as Awaited<ReturnType<WorkerFunctions[Name]>>;
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw new LintTimeoutError(this.timeoutMs);
      throw error;
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
