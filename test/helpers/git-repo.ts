import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, type CliRun } from './cli.js';

/** Articles for the git tests: one clean, one with an error (the weekday), and the line that error prints. */
export const CLEAN = 'Council passes budget\n\nMembers met on Saturday, January 20, 2024, to approve the budget.\n';
export const WRONG_WEEKDAY = CLEAN.replace('Saturday', 'Sunday');
export const WEEKDAY_ERROR = '3:16  error  January 20, 2024 was a Saturday, not a Sunday.  date-weekday-mismatch';

/** The test's environment without the caller's git settings: no global or system config, no inherited GIT_* variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return { ...env, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', FORCE_COLOR: undefined };
}

/** A throwaway git repository in the system temp directory. */
export class TempRepo {
  readonly dir: string;
  private readonly env = cleanEnv();

  constructor() {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'newslint-git-'));
    this.git('init', '-q');
    this.git('config', 'user.name', 'Test Desk');
    this.git('config', 'user.email', 'desk@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  run(command: string, args: string[], cwd = this.dir): CliRun {
    const result = spawnSync(command, args, { cwd, env: this.env, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** Runs git and returns its output; throws when it fails. */
  git(...args: string[]): string {
    const result = this.run('git', args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  }

  /** Runs the built newslint CLI. */
  newslint(args: string[], cwd = this.dir): CliRun {
    return this.run(process.execPath, [BIN, ...args], cwd);
  }

  /** Commits what is staged, through whatever hook is installed. */
  commit(message: string, ...extra: string[]): CliRun {
    return this.run('git', ['commit', '-q', '-m', message, ...extra]);
  }

  commitCount(): number {
    const result = this.run('git', ['rev-list', '--count', 'HEAD']);
    return result.status === 0 ? Number(result.stdout.trim()) : 0;
  }

  write(file: string, text: string | Uint8Array): string {
    const absolute = path.join(this.dir, file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    return absolute;
  }

  /** Writes a file and stages it. */
  stage(file: string, text: string | Uint8Array): void {
    this.write(file, text);
    this.git('add', file);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
