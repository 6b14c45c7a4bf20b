import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempProject } from '../helpers/cli.js';
import { TempRepo, WRONG_WEEKDAY } from '../helpers/git-repo.js';

/** A plugin rule that logs every article it checks, so a test can see which files were linted and which came from the cache. */
const COUNTING_PLUGIN = `
import { appendFileSync } from 'node:fs';
export const rules = [
  {
    meta: { id: 'probe/count', severity: 'info' },
    check({ article }) {
      appendFileSync(new URL('./checks.log', import.meta.url), (article.filePath ?? '<stdin>').split('/').pop() + '\\n');
    },
  },
];
`;

const ARTICLE = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council will vote on Sunday, January 20, 2024.\n';
const DEBRIS = 'Budget Vote Set\n\nJanuary 10, 2024\n\nThe council met.\n\nLeave a Reply\n';

function project(): string {
  return tempProject({
    'probe.mjs': COUNTING_PLUGIN,
    '.lintrc.json': JSON.stringify({ plugins: ['./probe.mjs'], rules: { 'probe/count': 'info' } }),
    'a.txt': ARTICLE,
    'b.txt': DEBRIS,
    'c.txt': 'Headline\n\nNothing to see.\n',
  });
}

/** The files the probe rule saw since the last call, sorted. */
function checked(dir: string): string[] {
  const log = path.join(dir, 'checks.log');
  if (!existsSync(log)) return [];
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).sort();
  writeFileSync(log, '');
  return lines;
}

describe('--cache', () => {
  it('reuses the results of unchanged files, findings included, and re-lints what changed', () => {
    const dir = project();
    const first = runCli(['.', '--cache', '-f', 'unix'], { cwd: dir });
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('a.txt:5:26: January 20, 2024 was a Saturday, not a Sunday. [error/date-weekday-mismatch]');
    expect(checked(dir)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(existsSync(path.join(dir, '.newslint', 'cache'))).toBe(true);

    const second = runCli(['.', '--cache', '-f', 'unix'], { cwd: dir });
    expect(second).toEqual(first);
    expect(checked(dir)).toEqual([]);

    writeFileSync(path.join(dir, 'c.txt'), 'Headline\n\nSomething new.\n');
    runCli(['.', '--cache'], { cwd: dir });
    expect(checked(dir)).toEqual(['c.txt']);

    runCli(['.', '--cache', '--date', '2024-01-10'], { cwd: dir });
    expect(checked(dir)).toEqual(['a.txt', 'b.txt', 'c.txt']);

    writeFileSync(path.join(dir, '.lintrc.json'), JSON.stringify({ plugins: ['./probe.mjs'], rules: { 'probe/count': 'info', 'scrape-debris': 'off' } }));
    const reconfigured = runCli(['.', '--cache', '-f', 'unix'], { cwd: dir });
    expect(checked(dir)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(reconfigured.stdout).not.toContain('scrape-debris');
  });

  it('is neither read nor written without --cache', () => {
    const dir = project();
    runCli(['.', '--cache'], { cwd: dir });
    checked(dir);
    runCli(['.'], { cwd: dir });
    expect(checked(dir)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const fresh = project();
    expect(runCli(['.'], { cwd: fresh }).status).toBe(1);
    expect(existsSync(path.join(fresh, '.newslint'))).toBe(false);
  });

  it('lives where --cache-location says, and a damaged cache file only costs a full run', () => {
    const dir = project();
    runCli(['.', '--cache', '--cache-location', 'tmp/lint-cache.json'], { cwd: dir });
    expect(existsSync(path.join(dir, 'tmp', 'lint-cache.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.newslint'))).toBe(false);
    checked(dir);
    writeFileSync(path.join(dir, 'tmp', 'lint-cache.json'), '{ not json');
    const run = runCli(['.', '--cache', '--cache-location', 'tmp/lint-cache.json', '-f', 'unix'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(checked(dir)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('still applies fixes to a file whose cached findings are fixable', () => {
    const dir = project();
    runCli(['b.txt', '--cache'], { cwd: dir });
    checked(dir);
    const run = runCli(['b.txt', '--cache', '--fix'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('Budget Vote Set\n\nJanuary 10, 2024\n\nThe council met.\n\n');
    expect(checked(dir).length).toBeGreaterThan(0);
    runCli(['b.txt', '--cache'], { cwd: dir });
    expect(checked(dir)).toEqual(['b.txt']);
  });
});

describe('--cache with --stdin', () => {
  const lintStdin = (dir: string, text: string, ...args: string[]) => runCli(['--stdin', '--cache', '-f', 'unix', ...args], { cwd: dir, input: text });

  it('serves unchanged standard input from the cache and lints a changed text anew', () => {
    const dir = project();
    const first = lintStdin(dir, ARTICLE, '--stdin-filename', 'story.txt');
    expect(first.stdout).toBe('story.txt:5:26: January 20, 2024 was a Saturday, not a Sunday. [error/date-weekday-mismatch]\n');
    expect(checked(dir)).toEqual(['story.txt']);

    expect(lintStdin(dir, ARTICLE, '--stdin-filename', 'story.txt')).toEqual(first);
    expect(checked(dir)).toEqual([]);

    // The same text under another name is another article.
    expect(lintStdin(dir, ARTICLE, '--stdin-filename', 'other.txt').stdout).toBe(first.stdout.replace('story.txt', 'other.txt'));
    expect(checked(dir)).toEqual(['other.txt']);

    const changed = lintStdin(dir, ARTICLE.replace('Sunday', 'Saturday'), '--stdin-filename', 'story.txt');
    expect(changed).toMatchObject({ status: 0, stdout: '' });
    expect(checked(dir)).toEqual(['story.txt']);
  });

  it('keys standard input by --stdin-filename, whose config overrides may differ', () => {
    const dir = project();
    writeFileSync(
      path.join(dir, '.lintrc.json'),
      JSON.stringify({ plugins: ['./probe.mjs'], rules: { 'probe/count': 'info' }, overrides: [{ files: ['opinion/**'], rules: { 'scrape-debris': 'off' } }] }),
    );
    expect(lintStdin(dir, DEBRIS, '--stdin-filename', 'news/debris.txt').stdout).toContain('[warning/scrape-debris]');
    expect(checked(dir)).toEqual(['debris.txt']);
    expect(lintStdin(dir, DEBRIS, '--stdin-filename', 'opinion/debris.txt')).toMatchObject({ status: 0, stdout: '' });
    expect(checked(dir)).toEqual(['debris.txt']);
    // Without a name: its own entry, under the config of the working directory.
    expect(lintStdin(dir, DEBRIS).stdout).toBe('<stdin>:7:1: Page debris (comment form): "Leave a Reply" is not article text. [warning/scrape-debris]\n');
    expect(checked(dir)).toEqual(['<stdin>']);
    expect(lintStdin(dir, DEBRIS).stdout).toContain('<stdin>:7:1: Page debris');
    expect(checked(dir)).toEqual([]);
  });

  it('shares the entry of the file on disk the input is named after while their bytes agree', () => {
    const dir = project();
    runCli(['a.txt', '--cache'], { cwd: dir });
    expect(checked(dir)).toEqual(['a.txt']);
    expect(lintStdin(dir, ARTICLE, '--stdin-filename', 'a.txt').stdout).toContain('a.txt:5:26: January 20, 2024 was a Saturday');
    expect(checked(dir)).toEqual([]);
  });

  it('is not used without --cache', () => {
    const dir = project();
    lintStdin(dir, ARTICLE, '--stdin-filename', 'story.txt');
    checked(dir);
    runCli(['--stdin', '--stdin-filename', 'story.txt'], { cwd: dir, input: ARTICLE });
    expect(checked(dir)).toEqual(['story.txt']);
  });
});

describe('--cache with --staged', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
    repo.write('probe.mjs', COUNTING_PLUGIN);
    repo.write('.lintrc.json', JSON.stringify({ plugins: ['./probe.mjs'], rules: { 'probe/count': 'info' } }));
  });
  afterEach(() => repo.remove());

  it('serves an unchanged staged blob from the cache, whatever the work tree holds, and lints a newly staged one', () => {
    repo.stage('news/a.txt', WRONG_WEEKDAY);
    const first = repo.newslint(['--staged', '--cache', '-f', 'unix']);
    expect(first.stdout).toBe('news/a.txt:3:16: January 20, 2024 was a Saturday, not a Sunday. [error/date-weekday-mismatch]\n');
    expect(checked(repo.dir)).toEqual(['a.txt']);

    // An unstaged edit changes nothing: the index blob is what is linted, and it is unchanged.
    repo.write('news/a.txt', 'Council passes budget\n\nMembers met.\n');
    expect(repo.newslint(['--staged', '--cache', '-f', 'unix'])).toEqual(first);
    expect(checked(repo.dir)).toEqual([]);

    repo.git('add', 'news/a.txt');
    expect(repo.newslint(['--staged', '--cache', '-f', 'unix'])).toMatchObject({ status: 0, stdout: '' });
    expect(checked(repo.dir)).toEqual(['a.txt']);
  });
});
