import { busyCores, POOL_MIN_FILES, threadsFor } from '../../src/cli/lint-files.js';

describe('threads for a run', () => {
  it('follow --concurrency, never more than the files', () => {
    expect(threadsFor(10, 4, 8, 0)).toBe(4);
    expect(threadsFor(3, 4, 8, 0)).toBe(3);
    expect(threadsFor(5000, 1, 8, 0)).toBe(1);
  });

  it('by default, use the idle cores for a large batch', () => {
    expect(threadsFor(POOL_MIN_FILES, undefined, 8, 0.2)).toBe(8);
    expect(threadsFor(10_000, undefined, 8, 3.4)).toBe(5);
    expect(threadsFor(10_000, undefined, 2, 0.3)).toBe(2);
  });

  it('by default, lint in the main thread when the batch is small or the machine busy', () => {
    expect(threadsFor(POOL_MIN_FILES - 1, undefined, 8, 0)).toBe(1);
    expect(threadsFor(10_000, undefined, 2, 0.7)).toBe(1);
    expect(threadsFor(10_000, undefined, 4, 6)).toBe(1);
    expect(threadsFor(10_000, undefined, 1, 0)).toBe(1);
  });

  it('count the threads running right now on Linux, not the trailing load average', () => {
    const average = () => 1.69;
    expect(busyCores(() => '1.69 1.91 2.42 1/78 7162\n', average)).toBe(0);
    const readings = ['0.10 0.20 0.30 4/90 1', '0.10 0.20 0.30 2/90 1', '0.10 0.20 0.30 3/90 1', '0.10 0.20 0.30 5/90 1', '0.10 0.20 0.30 2/90 1'];
    expect(busyCores(() => readings.shift()!, average)).toBe(1);
  });

  it('fall back to the load average without /proc/loadavg or with a line it cannot read', () => {
    const missing = () => {
      throw new Error('ENOENT');
    };
    expect(busyCores(missing, () => 0.7)).toBe(0.7);
    expect(busyCores(() => 'garbage', () => 1.2)).toBe(1.2);
  });
});
