import { jest } from '@jest/globals';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { CLEAN, TempRepo, WEEKDAY_ERROR, WRONG_WEEKDAY } from '../helpers/git-repo.js';

jest.setTimeout(30_000);

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.remove());

describe('newslint --staged', () => {
  it('lints staged articles only, from the index', () => {
    repo.write('news/staged.md', WRONG_WEEKDAY);
    repo.write('news/untracked.txt', WRONG_WEEKDAY);
    repo.write('data.json', WRONG_WEEKDAY);
    repo.git('add', 'news/staged.md', 'data.json');
    const result = repo.newslint(['--staged']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`news/staged.md\n  ${WEEKDAY_ERROR}\n\n✖ 1 problem (1 error, 0 warnings, 0 info)\n`);
  });

  it('names files relative to the working directory and takes pathspecs', () => {
    repo.write('news/a.txt', WRONG_WEEKDAY);
    repo.write('sport/b.txt', WRONG_WEEKDAY);
    repo.git('add', '.');
    const fromNews = repo.newslint(['--staged', '--format', 'unix'], path.join(repo.dir, 'news'));
    expect(fromNews.stdout).toContain('a.txt:3:16: January 20, 2024 was a Saturday, not a Sunday. [error/date-weekday-mismatch]');
    // Outside the working directory a path is shown in full, as for files named on the command line.
    expect(fromNews.stdout).toContain(`${path.join(realpathSync(repo.dir), 'sport', 'b.txt')}:3:16: January 20, 2024`);
    const narrowed = repo.newslint(['--staged', '--format', 'unix', 'a.txt'], path.join(repo.dir, 'news'));
    expect(narrowed.stdout).toBe('a.txt:3:16: January 20, 2024 was a Saturday, not a Sunday. [error/date-weekday-mismatch]\n');
  });

  it('compares the staged articles of a "stories" group, and all of them with --story', () => {
    repo.write('.lintrc.json', JSON.stringify({ stories: [['desk/*']] }));
    repo.write('desk/a.txt', 'Officials counted 53 attacks in Iraq.\n');
    repo.write('desk/b.txt', 'Officials counted 53 attacks in Iraq.\n');
    repo.write('desk/c.txt', 'Officials counted 57 attacks in Iraq.\n');
    repo.write('other.txt', 'Officials counted 60 attacks in Iraq.\n');
    repo.git('add', '.');
    expect(repo.newslint(['--staged', '--format', 'unix']).stdout).toBe(
      'desk/c.txt:1:19: "57 attacks in Iraq" conflicts with "53 attacks in Iraq" in a.txt:1 and b.txt:1. [warning/story-count]\n',
    );
    expect(repo.newslint(['--staged', '--story', '--format', 'unix']).stdout.split('\n').filter(Boolean)).toEqual([
      'desk/c.txt:1:19: "57 attacks in Iraq" conflicts with "53 attacks in Iraq" in a.txt:1 and b.txt:1; "60 attacks in Iraq" in other.txt:1. [warning/story-count]',
      'other.txt:1:19: "60 attacks in Iraq" conflicts with "53 attacks in Iraq" in desk/a.txt:1 and desk/b.txt:1; "57 attacks in Iraq" in desk/c.txt:1. [warning/story-count]',
    ]);
  });

  it('lints a renamed article and nothing when only deletions are staged', () => {
    repo.stage('old.txt', CLEAN);
    repo.git('commit', '-q', '-m', 'first');
    repo.git('mv', 'old.txt', 'new.txt');
    repo.stage('new.txt', WRONG_WEEKDAY);
    expect(repo.newslint(['--staged']).stdout).toContain(`new.txt\n  ${WEEKDAY_ERROR}`);
    repo.git('rm', '-q', '--cached', 'new.txt');
    expect(repo.newslint(['--staged'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('skips a staged binary file', () => {
    repo.stage('scan.txt', new Uint8Array([0x50, 0x00, 0x4b, 0x03]));
    expect(repo.newslint(['--staged'])).toMatchObject({ status: 0, stdout: '', stderr: 'newslint: scan.txt: skipped, binary file\n' });
  });

  it('refuses a staged article above maxFileSize without reading it', () => {
    repo.write('.lintrc.json', JSON.stringify({ maxFileSize: 100 }));
    repo.stage('long.txt', `${CLEAN}${'More text follows here. '.repeat(10)}\n`);
    expect(repo.newslint(['--staged'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'newslint: long.txt: refused: 330 bytes is larger than maxFileSize (100 bytes)\n',
    });
  });

  it('refuses --fix and --stdin', () => {
    expect(repo.newslint(['--staged', '--fix'])).toMatchObject({
      status: 2,
      stderr: 'newslint: --fix cannot be used with --staged: the staged version is not a file newslint can write\n',
    });
    expect(repo.newslint(['--staged', '--stdin'])).toMatchObject({ status: 2, stderr: 'newslint: --stdin and --staged cannot be used together\n' });
  });

  it('needs a git repository', () => {
    repo.run('rm', ['-rf', '.git']);
    const result = repo.newslint(['--staged']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^newslint: not a git repository/);
  });
});
