import { Progress } from '../../src/cli/progress.js';
import { runCli, tempProject } from '../helpers/cli.js';

/** A fake terminal and clock. */
function terminal(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  return {
    stream: { isTTY, columns: 60, write: (text: string) => written.push(text) },
    written,
    clock: () => now,
    advance: (ms: number) => (now += ms),
  };
}

describe('progress bar', () => {
  it('is drawn on a terminal only after the first second, at most ten times a second, and cleared', () => {
    const tty = terminal(true);
    const progress = Progress.on(tty.stream, 200, tty.clock)!;
    progress.update(10);
    tty.advance(999);
    progress.update(20);
    expect(tty.written).toEqual([]);
    tty.advance(1);
    progress.update(50);
    expect(tty.written).toEqual([`\r[${'█'.repeat(6)}${'░'.repeat(19)}] 50/200 files · 50/s · 0:03 left\x1b[K`]);
    // The line stays one column short of the terminal width, so it never wraps.
    expect(tty.written[0]!.replace(/\r|\x1b\[K/g, '')).toHaveLength(59);
    tty.advance(50);
    progress.update(60);
    expect(tty.written).toHaveLength(1);
    progress.clear();
    expect(tty.written[1]).toBe('\r\x1b[K');
    progress.clear();
    expect(tty.written).toHaveLength(2);
  });

  it('fits a narrow terminal', () => {
    const tty = terminal(true);
    tty.stream.columns = 40;
    const progress = Progress.on(tty.stream, 10_000, tty.clock)!;
    tty.advance(2_000);
    progress.update(5_000);
    expect(tty.written[0]).toBe('\r5000/10000 files · 2500/s · 0:02 left\x1b[K');
    tty.stream.columns = 20;
    tty.advance(1_000);
    progress.update(6_000);
    expect(tty.written[1]).toBe('\r6000/10000 files · \x1b[K');
  });

  it('does not exist on a pipe or for a single file', () => {
    expect(Progress.on(terminal(false).stream, 10_000)).toBeUndefined();
    expect(Progress.on(terminal(true).stream, 1)).toBeUndefined();
  });

  it('adds nothing to standard error when it is a pipe', () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`story-${i}.txt`, 'Headline\n\nThe council met.\n']));
    const run = runCli(['.'], { cwd: tempProject(files) });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});
