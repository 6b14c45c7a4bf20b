import { POOL_MIN_FILES, threadsFor } from '../../src/cli/lint-files.js';

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
});
