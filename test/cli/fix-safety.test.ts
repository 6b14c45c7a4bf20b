import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BIN, runCli, tempProject } from '../helpers/cli.js';

/** An article of about `size` bytes with page debris every few paragraphs, so --fix rewrites much of the file. */
function articleWithDebris(size: number): string {
  const parts = ['Harbor Bridge Reopens', 'March 4, 2024'];
  for (let i = 0; parts.join('\n\n').length < size; i++) {
    parts.push(`Crews finished paragraph ${i} of the repairs ahead of schedule, the transit agency said in a statement.`);
    if (i % 5 === 0) parts.push('Leave a Reply');
  }
  return `${parts.join('\n\n')}\n`;
}

/** Deterministic numbers for the kill moments, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function temporaryFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.newslint-tmp'));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const ROUNDS = 10;

describe('--fix writes safely', () => {
  it('leaves the old file or the new one, never part of one, when the process is killed at any moment', async () => {
    const dir = tempProject({ 'story.txt': articleWithDebris(200_000), '.lintrc.json': JSON.stringify({ rules: { 'scrape-debris': 'warn' } }) });
    const file = path.join(dir, 'story.txt');
    const old = readFileSync(file, 'utf8');
    copyFileSync(file, path.join(dir, 'original.bak'));

    // One uninterrupted run gives the new text and how long a run takes.
    const started = performance.now();
    expect(runCli(['--fix', 'story.txt'], { cwd: dir }).status).toBe(0);
    const fullRunMs = performance.now() - started;
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toBe(old);
    expect(fixed.length).toBeGreaterThan(old.length * 0.8);

    const next = random(20240304);
    for (let round = 0; round < ROUNDS; round++) {
      copyFileSync(path.join(dir, 'original.bak'), file);
      // A kill during the write leaves its temporary file behind; clear it so the next round watches for a fresh one.
      for (const name of temporaryFiles(dir)) rmSync(path.join(dir, name));
      const child = spawn(process.execPath, [BIN, '--fix', 'story.txt'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (round % 2 === 0) {
        // Any moment of the run, mostly the long lint before the write.
        await sleep(next() * fullRunMs * 1.2);
      } else {
        // The moment any writing shows (a temporary file, or the file itself changing), plus a little.
        const before = statSync(file);
        const writing = () => {
          const now = statSync(file);
          return temporaryFiles(dir).length > 0 || now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs;
        };
        const deadline = performance.now() + fullRunMs * 3;
        while (performance.now() < deadline && child.exitCode === null && !writing()) await sleep(0);
        const extra = performance.now() + next() * 3;
        while (performance.now() < extra);
      }
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(file, 'utf8');
      expect(now === old ? 'old' : now === fixed ? 'new' : `partial (${now.length} of ${fixed.length} characters)`).toMatch(/^(old|new)$/);
    }
  }, 120_000);

  it('does not overwrite a file that changed between read and write, and says so', () => {
    // A rule that edits the article on disk while it is being linted, as another editor would.
    const plugin = `
      import { writeFileSync } from 'node:fs';
      export const rules = [{
        meta: { id: 'desk/edits-file', severity: 'info' },
        check({ article }) { writeFileSync(article.filePath, 'Edited elsewhere.\\n'); },
      }];
    `;
    const dir = tempProject({
      'edit.mjs': plugin,
      '.lintrc.json': JSON.stringify({ plugins: ['./edit.mjs'], rules: { 'desk/edits-file': 'info' } }),
      'story.txt': 'Headline\n\nThe council met.\n\nLeave a Reply\n',
    });
    const run = runCli(['--fix', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newslint: ${path.join(dir, 'story.txt')} changed on disk while it was being linted; not overwritten\n`);
    expect(readFileSync(path.join(dir, 'story.txt'), 'utf8')).toBe('Edited elsewhere.\n');
    expect(temporaryFiles(dir)).toEqual([]);
  });
});
