/** What the progress bar needs of a terminal stream. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Runs shorter than this never show a bar, so a quick run leaves no trace on the terminal. */
const SHOW_AFTER_MS = 1_000;
const REDRAW_EVERY_MS = 100;

function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A one-line progress bar on standard error for long batches, drawn only on a terminal (nothing on a pipe or in a
 * file). Anything else written to that terminal must call `clear()` or `clearBefore()` first; the next `update`
 * draws the bar again.
 */
export class Progress {
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  private constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number,
  ) {
    this.started = now();
  }

  /** A bar for `total` files on `stream`, or undefined when the stream is not a terminal. */
  static on(stream: ProgressStream, total: number, now: () => number = () => performance.now()): Progress | undefined {
    return stream.isTTY && total > 1 ? new Progress(stream, total, now) : undefined;
  }

  update(done: number): void {
    const now = this.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    const elapsed = now - this.started;
    const rate = done / (elapsed / 1000);
    const left = done > 0 ? ` · ${clock(((this.total - done) / done) * elapsed)} left` : '';
    const counts = ` ${done}/${this.total} files · ${rate.toFixed(rate < 10 ? 1 : 0)}/s${left}`;
    // One column short of the terminal width, so the line never wraps; a narrow terminal gets the counts alone.
    // A terminal of unknown size (a pseudo-terminal nobody sized) reports 0 columns.
    const room = (this.stream.columns || 80) - 1;
    const width = Math.min(40, room - counts.length - 2);
    const filled = Math.round((done / this.total) * width);
    const line = width >= 10 ? `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${counts}` : counts.trim().slice(0, room);
    this.stream.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** Erases the bar (before other output to its terminal, and at the end); the next update draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = Number.NEGATIVE_INFINITY;
  }

  /** Erases the bar before `output` is written to, if that is a terminal: a pipe or a file cannot disturb it. */
  clearBefore(output: { isTTY?: boolean }): void {
    if (output.isTTY) this.clear();
  }
}
