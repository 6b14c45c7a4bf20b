import { spawnSync } from 'node:child_process';
import { GitError } from './git-error.js';

export { GitError };

/** Runs git in `cwd` and returns its standard output; throws a GitError on failure. */
export function git(args: string[], cwd: string, input?: string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed or not on the PATH' : result.error.message);
  }
  if (result.status !== 0) {
    const reason = result.stderr.toString().trim().split('\n')[0]?.replace(/^(?:fatal|error): /, '');
    throw new GitError(reason || `git ${args[0]} failed with exit code ${result.status}`);
  }
  return result.stdout;
}

/** The top directory of the work tree that contains `cwd`. */
export function workTreeRoot(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
}
