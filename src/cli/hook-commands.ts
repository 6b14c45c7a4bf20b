import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GitError } from '../git/git.js';
import { installHook, uninstallHook } from '../git/hooks.js';
import { packageRoot } from '../package-root.js';

const INSTALL_HELP = `Usage: newslint install-hook [--force] [--max-warnings N]

Writes a git pre-commit hook that runs "newslint --staged": it lints the staged version of each
.txt, .md and .markdown file and blocks the commit when there are errors.

Options:
      --force           replace a pre-commit hook newslint did not write (it is kept as pre-commit.before-newslint)
      --max-warnings N  also block the commit when there are more than N warnings
  -h, --help            print this help
`;

const UNINSTALL_HELP = `Usage: newslint uninstall-hook

Removes the pre-commit hook written by "newslint install-hook" (never another one), and puts back
the hook it replaced, if any.
`;

function say(line: string): void {
  process.stderr.write(`newslint: ${line}\n`);
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    say((error as Error).message.split('\n')[0]!);
    return undefined;
  }
}

export function installHookCommand(argv: string[]): number {
  const values = parse(argv, { force: { type: 'boolean' }, 'max-warnings': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!values) return 2;
  if (values.help) {
    process.stdout.write(INSTALL_HELP);
    return 0;
  }
  const maxWarnings = values['max-warnings'] as string | undefined;
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    say(`--max-warnings expects a whole number, got "${maxWarnings}"`);
    return 2;
  }
  try {
    const outcome = installHook(process.cwd(), {
      bin: path.join(packageRoot, 'bin', 'newslint.js'),
      node: process.execPath,
      maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
      force: Boolean(values.force),
    });
    const hook = shown(outcome.hook);
    const blocks = maxWarnings === undefined ? 'errors' : `errors or more than ${maxWarnings} warning${maxWarnings === '1' ? '' : 's'}`;
    switch (outcome.kind) {
      case 'refused':
        say(`did not touch ${hook}: ${outcome.reason}.`);
        return 1;
      case 'unchanged':
        process.stdout.write(`newslint: the pre-commit hook ${hook} is already installed and up to date.\n`);
        return 0;
      case 'replaced':
        process.stdout.write(`newslint: replaced ${hook} (the old hook is saved as ${shown(outcome.backup)}).\n`);
        break;
      default:
        process.stdout.write(`newslint: ${outcome.kind} the pre-commit hook ${hook}.\n`);
    }
    process.stdout.write(`Each commit now lints the staged articles and stops on ${blocks}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof GitError || (error as NodeJS.ErrnoException).code)) throw error;
    say(`cannot install the hook: ${(error as Error).message}`);
    return 2;
  }
}

export function uninstallHookCommand(argv: string[]): number {
  const values = parse(argv, { help: { type: 'boolean', short: 'h' } });
  if (!values) return 2;
  if (values.help) {
    process.stdout.write(UNINSTALL_HELP);
    return 0;
  }
  try {
    const outcome = uninstallHook(process.cwd());
    const hook = shown(outcome.hook);
    if (outcome.kind === 'refused') {
      say(`${hook} was not written by newslint; left it alone.`);
      return 1;
    }
    if (outcome.kind === 'absent') {
      process.stdout.write(`newslint: there is no pre-commit hook at ${hook}; nothing to remove.\n`);
      return 0;
    }
    process.stdout.write(
      outcome.restored
        ? `newslint: removed the newslint hook and put back the earlier one from ${shown(outcome.restored)} as ${hook}.\n`
        : `newslint: removed the pre-commit hook ${hook}.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof GitError || (error as NodeJS.ErrnoException).code)) throw error;
    say(`cannot remove the hook: ${(error as Error).message}`);
    return 2;
  }
}
