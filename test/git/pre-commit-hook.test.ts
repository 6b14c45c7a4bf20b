import { jest } from '@jest/globals';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLEAN, TempRepo, WEEKDAY_ERROR, WRONG_WEEKDAY } from '../helpers/git-repo.js';

const DEBRIS = `${CLEAN}Leave a Reply\n`;

jest.setTimeout(60_000);

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.remove());

function install(...args: string[]) {
  const result = repo.newslint(['install-hook', ...args]);
  expect(result).toMatchObject({ status: 0, stderr: '' });
  return result;
}

describe('newslint install-hook', () => {
  it('writes an executable pre-commit hook and says where', () => {
    const result = install();
    expect(result.stdout).toBe(
      'newslint: installed the pre-commit hook .git/hooks/pre-commit.\nEach commit now lints the staged articles and stops on errors.\n',
    );
    const hook = path.join(repo.dir, '.git/hooks/pre-commit');
    expect(statSync(hook).mode & 0o111).toBe(0o111);
    expect(readFileSync(hook, 'utf8')).toContain('newslint --staged ||');
  });

  it('lets a clean article through', () => {
    install();
    repo.stage('story.txt', CLEAN);
    expect(repo.commit('clean story')).toMatchObject({ status: 0, stdout: '' });
    expect(repo.commitCount()).toBe(1);
  });

  it('blocks an article with an error and shows why', () => {
    install();
    repo.stage('story.txt', WRONG_WEEKDAY);
    const result = repo.commit('wrong weekday');
    expect(result.status).toBe(1);
    // git sends a pre-commit hook's standard output to its standard error.
    expect(result.stderr).toContain(`story.txt\n  ${WEEKDAY_ERROR}\n`);
    expect(result.stderr).toContain('newslint: commit stopped.');
    expect(repo.commitCount()).toBe(0);
  });

  it('still blocks when only the work tree copy was fixed: the staged blob is what gets committed', () => {
    install();
    repo.stage('story.txt', WRONG_WEEKDAY);
    repo.write('story.txt', CLEAN);
    const result = repo.commit('fixed but not staged');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(WEEKDAY_ERROR);
    expect(repo.commitCount()).toBe(0);
  });

  it('lets a clean staged version through even when the work tree copy has the error', () => {
    install();
    repo.stage('story.txt', CLEAN);
    repo.write('story.txt', WRONG_WEEKDAY);
    expect(repo.commit('clean staged').status).toBe(0);
  });

  it('checks what "git commit -a" records', () => {
    install();
    repo.stage('story.txt', CLEAN);
    expect(repo.commit('first').status).toBe(0);
    repo.write('story.txt', WRONG_WEEKDAY);
    const result = repo.commit('all', '-a');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(WEEKDAY_ERROR);
    expect(repo.commitCount()).toBe(1);
  });

  it('does not block on warnings unless installed with --max-warnings', () => {
    install();
    repo.stage('story.txt', DEBRIS);
    const passed = repo.commit('debris');
    expect(passed.status).toBe(0);
    expect(passed.stderr).toContain('4:1  warning  Page debris');

    expect(install('--max-warnings', '0').stdout).toBe(
      'newslint: updated the pre-commit hook .git/hooks/pre-commit.\nEach commit now lints the staged articles and stops on errors or more than 0 warnings.\n',
    );
    repo.stage('second.txt', DEBRIS);
    const blocked = repo.commit('more debris');
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain('too many warnings (1); the maximum is 0');
    expect(repo.commitCount()).toBe(1);
  });

  it('honours .lintrc.json and .lintignore', () => {
    install();
    repo.write('.lintrc.json', JSON.stringify({ overrides: [{ files: ['opinion/**'], rules: { 'date-weekday-mismatch': 'off' } }] }));
    repo.write('.lintignore', 'drafts/\n');
    repo.write('opinion/column.txt', WRONG_WEEKDAY);
    repo.write('drafts/idea.md', WRONG_WEEKDAY);
    repo.git('add', '.');
    expect(repo.commit('configured')).toMatchObject({ status: 0, stderr: '' });
  });

  it('skips deleted articles and files that are not articles', () => {
    repo.stage('story.txt', WRONG_WEEKDAY);
    expect(repo.commit('before the hook').status).toBe(0);
    install();
    repo.git('rm', '-q', 'story.txt');
    repo.stage('notes.json', JSON.stringify({ text: WRONG_WEEKDAY }));
    expect(repo.commit('delete the story')).toMatchObject({ status: 0, stderr: '' });
  });

  it('is a no-op to install twice', () => {
    install();
    expect(install().stdout).toBe('newslint: the pre-commit hook .git/hooks/pre-commit is already installed and up to date.\n');
  });

  it('refuses to replace a hook it did not write, and keeps it with --force', () => {
    const foreign = repo.write('.git/hooks/pre-commit', '#!/bin/sh\nexit 0\n');
    const refused = repo.newslint(['install-hook']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'newslint: did not touch .git/hooks/pre-commit: newslint did not write it; run "newslint install-hook --force" to replace it (it is kept as pre-commit.before-newslint).\n',
    );
    expect(readFileSync(foreign, 'utf8')).toBe('#!/bin/sh\nexit 0\n');

    const forced = install('--force');
    expect(forced.stdout).toContain('newslint: replaced .git/hooks/pre-commit (the old hook is saved as .git/hooks/pre-commit.before-newslint).\n');
    expect(readFileSync(foreign, 'utf8')).toContain('newslint --staged');
    expect(readFileSync(path.join(repo.dir, '.git/hooks/pre-commit.before-newslint'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');

    const removed = repo.newslint(['uninstall-hook']);
    expect(removed).toMatchObject({ status: 0, stderr: '' });
    expect(removed.stdout).toBe(
      'newslint: removed the newslint hook and put back the earlier one from .git/hooks/pre-commit.before-newslint as .git/hooks/pre-commit.\n',
    );
    expect(readFileSync(foreign, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });
});

describe('newslint uninstall-hook', () => {
  it('removes its own hook so commits are no longer checked', () => {
    install();
    expect(repo.newslint(['uninstall-hook'])).toMatchObject({ status: 0, stdout: 'newslint: removed the pre-commit hook .git/hooks/pre-commit.\n' });
    expect(existsSync(path.join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
    repo.stage('story.txt', WRONG_WEEKDAY);
    expect(repo.commit('unchecked').status).toBe(0);
  });

  it('leaves a hook it did not write alone', () => {
    const foreign = repo.write('.git/hooks/pre-commit', '#!/bin/sh\n# newslint --staged, by hand\nexit 0\n');
    const result = repo.newslint(['uninstall-hook']);
    expect(result).toMatchObject({ status: 1, stderr: 'newslint: .git/hooks/pre-commit was not written by newslint; left it alone.\n' });
    expect(existsSync(foreign)).toBe(true);
  });

  it('says so when there is nothing to remove', () => {
    expect(repo.newslint(['uninstall-hook'])).toMatchObject({
      status: 0,
      stdout: 'newslint: there is no pre-commit hook at .git/hooks/pre-commit; nothing to remove.\n',
    });
  });
});

describe('where the hook goes', () => {
  it('follows core.hooksPath, relative to the top of the work tree', () => {
    repo.git('config', 'core.hooksPath', 'githooks');
    repo.write('sections/world/.keep', '');
    const result = repo.newslint(['install-hook'], path.join(repo.dir, 'sections/world'));
    expect(result.stdout).toContain(`installed the pre-commit hook ${path.join(realpathSync(repo.dir), 'githooks/pre-commit')}.`);
    expect(existsSync(path.join(repo.dir, 'githooks/pre-commit'))).toBe(true);
    repo.stage('story.txt', WRONG_WEEKDAY);
    expect(repo.commit('through hooksPath').status).toBe(1);
  });

  it('installs into the shared hooks directory from a linked worktree', () => {
    repo.stage('story.txt', CLEAN);
    repo.commit('first');
    const linked = `${repo.dir}-linked`;
    repo.git('worktree', 'add', '-q', linked);
    try {
      const result = repo.newslint(['install-hook'], linked);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`installed the pre-commit hook ${path.join(realpathSync(repo.dir), '.git/hooks/pre-commit')}.`);
      repo.write(`../${path.basename(linked)}/story.txt`, WRONG_WEEKDAY);
      expect(repo.run('git', ['add', 'story.txt'], linked).status).toBe(0);
      const blocked = repo.run('git', ['commit', '-q', '-m', 'from the worktree'], linked);
      expect(blocked.status).toBe(1);
      expect(blocked.stderr).toContain(WEEKDAY_ERROR);
    } finally {
      repo.run('git', ['worktree', 'remove', '--force', linked]);
    }
  });

  it('needs a git repository', () => {
    const outside = new TempRepo();
    try {
      outside.run('rm', ['-rf', '.git']);
      const result = outside.newslint(['install-hook']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^newslint: cannot install the hook: not a git repository/);
    } finally {
      outside.remove();
    }
  });
});
