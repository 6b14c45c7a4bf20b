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

  it('prints nothing when the batch ends before the delay, updates and clearing included', () => {
    const tty = terminal(true);
    const progress = Progress.on(tty.stream, 200, tty.clock)!;
    for (let done = 1; done <= 10; done++) {
      tty.advance(99);
      progress.update(done);
    }
    progress.clear();
    expect(tty.written).toEqual([]);
  });

  it('draws on the first update once the delay has passed, whatever updates came before it', () => {
    const tty = terminal(true);
    const progress = Progress.on(tty.stream, 200, tty.clock)!;
    tty.advance(950);
    progress.update(40);
    expect(tty.written).toEqual([]);
    tty.advance(50);
    progress.update(41);
    expect(tty.written).toHaveLength(1);
    expect(tty.written[0]).toMatch(/^\r\[.*\] 41\/200 files · 41\/s · 0:04 left\x1b\[K$/);
  });

  it('comes back on the next update after other output cleared it', () => {
    const tty = terminal(true);
    const progress = Progress.on(tty.stream, 200, tty.clock)!;
    tty.advance(1_000);
    progress.update(50);
    progress.clear();
    expect(tty.written.slice(1)).toEqual(['\r\x1b[K']);
    tty.advance(5);
    progress.update(51);
    expect(tty.written).toHaveLength(3);
    expect(tty.written[2]).toContain(' 51/200 files · ');
    // Without anything clearing it, the redraw rate holds again.
    tty.advance(5);
    progress.update(52);
    expect(tty.written).toHaveLength(3);
  });

  it('is cleared before output to a terminal only: a report sent to a pipe or a file leaves it alone', () => {
    const tty = terminal(true);
    const progress = Progress.on(tty.stream, 200, tty.clock)!;
    tty.advance(1_000);
    progress.update(50);
    progress.clearBefore({ isTTY: false });
    progress.clearBefore({});
    expect(tty.written).toHaveLength(1);
    progress.clearBefore({ isTTY: true });
    expect(tty.written).toEqual([expect.stringContaining(' 50/200 files · '), '\r\x1b[K']);
  });

  it('takes a terminal that reports no width (0 columns) as 80 columns wide', () => {
    const tty = terminal(true);
    tty.stream.columns = 0;
    const progress = Progress.on(tty.stream, 200, tty.clock)!;
    tty.advance(1_000);
    progress.update(50);
    expect(tty.written).toEqual([`\r[${'█'.repeat(10)}${'░'.repeat(30)}] 50/200 files · 50/s · 0:03 left\x1b[K`]);
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
