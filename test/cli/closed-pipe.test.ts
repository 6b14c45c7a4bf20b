import { spawn } from 'node:child_process';
import { BIN, tempProject } from '../helpers/cli.js';

/** Runs the CLI with its output piped to a reader that closes the pipe after the first chunk, as `| head -1` does. */
function runIntoClosedPipe(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a report piped into a reader that stops early', () => {
  it('drops the rest of the report without an error and keeps the exit code of the findings', async () => {
    const wrongWeekday = 'Council Votes\n\nThe council met on Sunday, January 20, 2024, to vote.\n';
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`article-${String(i).padStart(2, '0')}.txt`, wrongWeekday]));
    const dir = tempProject(files);
    const { status, stderr } = await runIntoClosedPipe(['--concurrency', 'off', '.'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });
});
