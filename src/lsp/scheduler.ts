/**
 * Runs a task per document after a delay, at most one at a time per document. A request while a run is in flight
 * marks the document for one more run when it ends; an earlier deadline wins over a later one.
 */
export class Scheduler {
  private readonly timers = new Map<string, { due: number; timer: NodeJS.Timeout }>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(
    private readonly task: (key: string) => Promise<void>,
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  request(key: string, delayMs: number): void {
    const due = Date.now() + delayMs;
    const pending = this.timers.get(key);
    if (pending && pending.due <= due) return;
    if (pending) clearTimeout(pending.timer);
    this.timers.set(key, { due, timer: setTimeout(() => void this.fire(key), delayMs) });
  }

  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    this.timers.delete(key);
    this.again.delete(key);
  }

  private async fire(key: string): Promise<void> {
    this.timers.delete(key);
    if (this.running.has(key)) {
      this.again.add(key);
      return;
    }
    this.running.add(key);
    try {
      await this.task(key);
    } catch (error) {
      this.onError(key, error);
    } finally {
      this.running.delete(key);
      if (this.again.delete(key)) this.request(key, 0);
    }
  }
}
