import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempProject } from '../helpers/cli.js';

const BAD_WEEKDAY = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council will vote on Sunday, January 20, 2024.\n';
const DEBRIS = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council met.\n\nLeave a Reply\n';

/** Files of every kind a batch meets, in folders, so order and notes can be compared between runners. */
function batch(): string {
  const files: Record<string, string | Uint8Array> = {
    'a/binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
    'a/empty.txt': '',
    'a/latin1.txt': new Uint8Array([...Buffer.from('Headline\n\nCaf'), 0xe9, ...Buffer.from(' owners met on Sunday, January 20, 2024.\n')]),
    'b/story.md': '---\ndate: 2024-01-10\n---\n\n# Vote\n\nThe vote is on Sunday, January 20, 2024.\n\n**Leave a Reply**\n',
  };
  for (let i = 0; i < 14; i++) files[`c/story-${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? BAD_WEEKDAY : i % 3 === 1 ? DEBRIS : 'Headline\n\nFine.\n';
  return tempProject(files);
}

describe('batches', () => {
  const dir = batch();

  it.each(['stylish', 'json', 'unix', 'github', 'sarif'])('report the same, in the same order, in worker threads as in the main thread (%s)', (format) => {
    const inline = runCli(['.', '-f', format, '--concurrency', 'off'], { cwd: dir });
    const pooled = runCli(['.', '-f', format, '--concurrency', '2'], { cwd: dir });
    expect(pooled).toEqual(inline);
    expect(inline.status).toBe(1);
    expect(inline.stderr).toBe('newslint: a/binary.txt: skipped, binary file\n');
  });

  it.each(['stylish', 'json'])('hold the articles of a story for the story rules, then report them in order (%s)', (format) => {
    const args = ['--story', 'examples/stories/depot-strike', 'examples/clean-harbor-bridge.txt', '-f', format];
    const inline = runCli([...args, '--concurrency', 'off']);
    const pooled = runCli([...args, '--concurrency', '2']);
    expect(pooled).toEqual(inline);
    expect(inline.stdout).toMatch(/story-/);
  });

  it('list files in argument order, then path order within a folder', () => {
    const run = runCli(['c', 'a', 'b', '-f', 'json', '--concurrency', '2'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath);
    expect(files).toEqual([
      ...Array.from({ length: 14 }, (_, i) => `c/story-${String(i).padStart(2, '0')}.txt`),
      'a/binary.txt',
      'a/empty.txt',
      'a/latin1.txt',
      'b/story.md',
    ]);
  });

  it('write the same report to --output-file as to standard output', () => {
    const shown = runCli(['.', '--concurrency', '2'], { cwd: dir });
    const written = runCli(['.', '--concurrency', '2', '-o', 'report.txt'], { cwd: dir });
    expect(written.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(shown.stdout);
    expect(written.status).toBe(shown.status);
  });

  it('refuse a bad --concurrency or --file-timeout', () => {
    expect(runCli(['.', '--concurrency', 'many'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr: 'newslint: --concurrency expects a number of threads, "auto" or "off", got "many"\nRun "newslint --help" for usage.\n',
    });
    expect(runCli(['.', '--file-timeout', '0'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr: 'newslint: --file-timeout expects a number of seconds, got "0"\nRun "newslint --help" for usage.\n',
    });
  });
});
