import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigLoader } from '../config/load.js';
import { ConfigError } from '../config/validate.js';
import { allRules } from '../../rules/index.js';
import { DEFAULT_ARCHIVE } from '../config/load.js';
import { indexArchive } from '../archive/indexer.js';

export const ARCHIVE_HELP = `Usage: newslint archive index <dir> [--db FILE] [-c CONFIG]

Indexes the sentences and quotations of the dated articles under <dir> for the recycled-passage rule.
The archive is FILE, else "archive.db" of the nearest .lintrc.json, else ${DEFAULT_ARCHIVE} in the current directory.
Re-running it indexes new and changed files only and drops files that are gone.
`;

function say(line: string): void {
  process.stderr.write(`newslint archive: ${line}\n`);
}

function archiveFile(db: string | undefined, config: string | undefined): string {
  if (db) return path.resolve(db);
  const cwd = process.cwd();
  const loaded = new ConfigLoader(allRules, config ? path.resolve(config) : undefined).configFor(cwd);
  return loaded?.settings.archive?.db ?? path.join(cwd, DEFAULT_ARCHIVE);
}

/** `newslint archive index <dir>`. */
export function archiveCommand(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      process.stdout.write(ARCHIVE_HELP);
      return 0;
    }
    const [command, dir, ...rest] = positionals;
    if (command !== 'index' || !dir || rest.length > 0) {
      say(command && command !== 'index' ? `unknown command "${command}"` : 'usage: newslint archive index <dir>');
      return 2;
    }
    const file = archiveFile(values.db, values.config);
    const started = Date.now();
    const summary = indexArchive(file, dir);
    for (const problem of summary.unreadable) say(problem);
    for (const undated of summary.undated) say(`${path.relative(process.cwd(), undated) || undated}: no publication date (dateline or front matter date); not indexed`);
    const files = summary.added + summary.updated + summary.unchanged;
    process.stdout.write(
      `${path.relative(process.cwd(), file) || file}: ${files} articles (${summary.added} added, ${summary.updated} updated, ` +
        `${summary.unchanged} unchanged), ${summary.removed} removed, ${summary.passages} passages written in ${Date.now() - started} ms\n`,
    );
    return summary.unreadable.length > 0 ? 2 : 0;
  } catch (error) {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      say((error as Error).message);
      return 2;
    }
    throw error;
  }
}
