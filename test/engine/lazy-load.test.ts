import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BIN, ROOT, tempProject } from '../helpers/cli.js';

/**
 * Runs the built CLI in a child process on `args`, then reports whether compromise (heavy: ~200 ms to load) was
 * loaded. `loadItFirst` proves the probe can see it.
 */
function compromiseLoaded(args: string[], cwd: string, loadItFirst = false): boolean {
  const probe = `
    import { createRequire } from 'node:module';
    import { writeSync } from 'node:fs';
    import { sep } from 'node:path';
    const require = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))});
    ${loadItFirst ? "require('compromise');" : ''}
    process.on('exit', () => {
      const loaded = Object.keys(require.cache).some((file) => file.includes(sep + 'compromise' + sep));
      writeSync(2, loaded ? '\\ncompromise: loaded\\n' : '\\ncompromise: not loaded\\n');
    });
    process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}];
    await import(${JSON.stringify(BIN)});
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const verdict = /compromise: (loaded|not loaded)\n$/.exec(run.stderr);
  if (!verdict) throw new Error(`probe failed: ${run.stderr}`);
  return verdict[1] === 'loaded';
}

describe('start-up', () => {
  const dir = tempProject({
    'plain.txt': 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council will vote on Sunday, January 20, 2024, after a long debate.\n',
  });

  it('does not load compromise for a run whose rules do not need it', () => {
    expect(compromiseLoaded(['plain.txt'], dir)).toBe(false);
    expect(compromiseLoaded(['--version'], dir)).toBe(false);
  });

  it('can tell when compromise is loaded', () => {
    expect(compromiseLoaded(['--version'], dir, true)).toBe(true);
  });
});
