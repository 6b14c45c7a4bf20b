import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git, workTreeRoot } from './git.js';

/** The line that marks a hook as newslint's own; only such a hook is replaced or removed without --force. */
export const HOOK_MARKER = '# newslint-managed-hook';
export const HOOK_NAME = 'pre-commit';
/** Where `--force` keeps the hook it replaces, and where uninstalling restores it from. */
export const BACKUP_NAME = 'pre-commit.before-newslint';

export interface HookOptions {
  /** Absolute path of this package's bin/newslint.js. */
  bin: string;
  /** The node executable that ran the install, for hooks started without node on the PATH (GUI git clients). */
  node: string;
  maxWarnings?: number;
}

/** The hooks directory git uses for the repository around `cwd`: honours core.hooksPath and linked worktrees. */
export function hooksDirectory(cwd: string): string {
  // Relative values (a relative core.hooksPath, ".git/hooks") are relative to the top of the work tree, where hooks run.
  const root = workTreeRoot(cwd);
  return path.resolve(root, git(['rev-parse', '--git-path', 'hooks'], root).toString().trim());
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A POSIX shell hook that runs `newslint --staged`, trying the installed bin, then the project's, then npx. */
export function hookScript({ bin, node, maxWarnings }: HookOptions): string {
  const args = ['--staged', ...(maxWarnings === undefined ? [] : ['--max-warnings', String(maxWarnings)])];
  return `#!/bin/sh
${HOOK_MARKER}: written by "newslint install-hook"; remove it with "newslint uninstall-hook".
# Lints the staged version of each article and blocks the commit on errors.
bin=${shellQuote(bin)}
installed_node=${shellQuote(node)}
newslint() {
  if [ -f "$bin" ]; then
    if command -v node >/dev/null 2>&1; then node "$bin" "$@"; return; fi
    if [ -x "$installed_node" ]; then "$installed_node" "$bin" "$@"; return; fi
  fi
  if [ -x node_modules/.bin/newslint ]; then node_modules/.bin/newslint "$@"; return; fi
  if command -v npx >/dev/null 2>&1; then npx --no newslint "$@"; return; fi
  echo "newslint: cannot find newslint (looked for $bin, node_modules/.bin/newslint and npx)." >&2
  echo "Install it, or remove this hook with \\"newslint uninstall-hook\\"." >&2
  return 2
}
newslint ${args.join(' ')} || {
  status=$?
  echo "newslint: commit stopped. Fix the problems above, or skip the check once with \\"git commit --no-verify\\"." >&2
  exit $status
}
`;
}

/** True for a hook newslint wrote: its second line, after the shebang, is the marker. */
export function isNewslintHook(file: string): boolean {
  return existsSync(file) && (readFileSync(file, 'utf8').split('\n')[1] ?? '').startsWith(HOOK_MARKER);
}

export type InstallOutcome =
  | { kind: 'installed' | 'updated' | 'unchanged'; hook: string }
  | { kind: 'replaced'; hook: string; backup: string }
  | { kind: 'refused'; hook: string; reason: string };

export function installHook(cwd: string, options: HookOptions & { force: boolean }): InstallOutcome {
  const dir = hooksDirectory(cwd);
  const hook = path.join(dir, HOOK_NAME);
  const script = hookScript(options);
  let outcome: InstallOutcome = { kind: 'installed', hook };
  if (existsSync(hook)) {
    if (isNewslintHook(hook)) {
      if (readFileSync(hook, 'utf8') === script) return { kind: 'unchanged', hook };
      outcome = { kind: 'updated', hook };
    } else {
      const backup = path.join(dir, BACKUP_NAME);
      if (!options.force) return { kind: 'refused', hook, reason: `newslint did not write it; run "newslint install-hook --force" to replace it (it is kept as ${BACKUP_NAME})` };
      if (existsSync(backup)) return { kind: 'refused', hook, reason: `${backup} already holds an earlier hook; restore or delete it first` };
      renameSync(hook, backup);
      outcome = { kind: 'replaced', hook, backup };
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(hook, script);
  chmodSync(hook, 0o755);
  return outcome;
}

export type UninstallOutcome =
  | { kind: 'removed'; hook: string; restored?: string }
  | { kind: 'absent'; hook: string }
  | { kind: 'refused'; hook: string };

export function uninstallHook(cwd: string): UninstallOutcome {
  const dir = hooksDirectory(cwd);
  const hook = path.join(dir, HOOK_NAME);
  if (!existsSync(hook)) return { kind: 'absent', hook };
  if (!isNewslintHook(hook)) return { kind: 'refused', hook };
  unlinkSync(hook);
  const backup = path.join(dir, BACKUP_NAME);
  if (!existsSync(backup)) return { kind: 'removed', hook };
  renameSync(backup, hook);
  return { kind: 'removed', hook, restored: backup };
}
