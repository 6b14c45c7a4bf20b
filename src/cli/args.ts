import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface CliOptions {
  patterns: string[];
  format: string;
  outputFile?: string;
  /** One report page per file (and an index page) in this directory; html only. */
  outputDir?: string;
  maxWarnings?: number;
  quiet: boolean;
  config?: string;
  date?: string;
  stdin: boolean;
  /** Lint the staged version of the staged articles (the patterns become git pathspecs). */
  staged: boolean;
  /** The files are articles about one story: also compare them with each other. */
  story: boolean;
  stdinFilename?: string;
  fix: boolean;
  fixDryRun: boolean;
  printConfig?: string;
  listRules: boolean;
  explainDates: boolean;
  color?: boolean;
  version: boolean;
  help: boolean;
  /** Reuse results of unchanged files from the cache file. */
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads; undefined: chosen by the number of files. */
  concurrency?: number;
  /** Time budget of one file in a worker thread, in milliseconds. */
  fileTimeoutMs?: number;
}

export const HELP = `Usage: newslint [options] <files|dirs|globs...>
       newslint --story [options] <files...>
       newslint --staged [options] [pathspecs...]
       newslint <command> [options]

Lints news articles (.txt, .md, .markdown) for problems a copy desk would catch.

Options:
  -f, --format NAME         stylish (default), json, unix, sarif, github, html
  -o, --output-file FILE    write the report to FILE instead of standard output
      --output-dir DIR      with --format html: one page per file and an index.html in DIR
  -c, --config FILE         use this config file instead of the nearest .lintrc.json
      --date YYYY-MM-DD     publication date; wins over the article's own dateline
      --max-warnings N      exit 1 when there are more than N warnings
      --quiet               report errors only
      --fix                 apply safe fixes to the files
      --fix-dry-run         compute fixes without writing them (json shows the output)
      --stdin               lint text from standard input
      --staged              lint what is staged for the next commit (the index, not the work tree)
      --story               the files cover one story: also check them against each other (counts,
                            names, event dates, quotations) and print a summary table
      --stdin-filename NAME name (and format) of the text read from standard input
      --print-config FILE   print the configuration that applies to FILE
      --list-rules          list every rule with its default severity
      --explain-dates       print each date expression with the date it resolves to and why
      --color, --no-color   force or disable colours (NO_COLOR and FORCE_COLOR work too)
      --cache               skip files unchanged since the last run (results kept in .newslint/cache)
      --cache-location FILE where to keep the cache
      --concurrency N       worker threads: a number, "off", or "auto" (default: idle cores, for 150+ files)
      --file-timeout S      with worker threads, stop a file that takes longer than S seconds (default 60)
  -v, --version             print the version
  -h, --help                print this help

Commands:
  install-hook              install a git pre-commit hook that runs "newslint --staged"
  uninstall-hook            remove that hook
  lsp --stdio               run the language server that gives editors newslint's diagnostics
Run "newslint <command> --help" for a command's options.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors, 2 usage, config or I/O failure.
`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'output-dir': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        date: { type: 'string' },
        stdin: { type: 'boolean' },
        staged: { type: 'boolean' },
        story: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean' },
        'explain-dates': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        'file-timeout': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/^Unknown option/, 'unknown option'));
  }
  const { values, positionals } = parsed;
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
  }
  let concurrency: number | undefined;
  const threads = values.concurrency;
  if (threads === 'off') concurrency = 1;
  else if (threads !== undefined && threads !== 'auto') {
    if (!/^[1-9]\d*$/.test(threads)) throw new UsageError(`--concurrency expects a number of threads, "auto" or "off", got "${threads}"`);
    concurrency = Number(threads);
  }
  let fileTimeoutMs: number | undefined;
  if (values['file-timeout'] !== undefined) {
    const seconds = Number(values['file-timeout']);
    if (!(seconds > 0) || !Number.isFinite(seconds)) throw new UsageError(`--file-timeout expects a number of seconds, got "${values['file-timeout']}"`);
    fileTimeoutMs = seconds * 1000;
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(`--date expects a date as YYYY-MM-DD, got "${values.date}"`);
  }
  const format = values.format ?? 'stylish';
  if (values['output-dir'] !== undefined) {
    if (values['output-file'] !== undefined) throw new UsageError('--output-dir and --output-file cannot be used together');
    if (format !== 'html') throw new UsageError('--output-dir works with --format html only');
  }
  return {
    patterns: positionals,
    format,
    outputFile: values['output-file'],
    outputDir: values['output-dir'],
    maxWarnings,
    quiet: values.quiet ?? false,
    config: values.config,
    date: values.date,
    stdin: values.stdin ?? false,
    staged: values.staged ?? false,
    story: values.story ?? false,
    stdinFilename: values['stdin-filename'],
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    printConfig: values['print-config'],
    listRules: values['list-rules'] ?? false,
    explainDates: values['explain-dates'] ?? false,
    color: values['no-color'] ? false : values.color,
    version: values.version ?? false,
    help: values.help ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    concurrency,
    fileTimeoutMs,
  };
}
