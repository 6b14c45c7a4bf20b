import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { findFiles, ignoreRulesFor } from './find-files.js';
import { contentHash, decodeArticle, readArticle } from './read-article.js';
import { listRules } from './list-rules.js';
import { explainDates } from './explain-dates.js';
import { subcommands } from './subcommands.js';
import { lintArticle, type LintedFile } from './lint-article.js';
import { configuredStories, lintStories, type LintedStoryFile } from './stories.js';
import { DEFAULT_FILE_TIMEOUT_MS, lintFiles } from './lint-files.js';
import { ReportWriter } from './report-writer.js';
import { Progress } from './progress.js';
import { DEFAULT_CACHE_LOCATION, LintCache, lintCached } from './cache.js';
// Only the error class: the git plumbing loads with --staged (see below), not on every start.
import { GitError } from '../git/git-error.js';
import { ConfigError } from '../config/validate.js';
import { ConfigLoader } from '../config/load.js';
import { lint } from '../engine/lint.js';
import { formatterNames, formatsWithoutSource, loadFormatter, streamingFormatters } from '../formatters/index.js';
import type { FileResult, FormatContext, StorySummary } from '../formatters/result.js';
import { allRules } from '../../rules/index.js';
import { version } from '../version.js';

function say(line: string): void {
  process.stderr.write(`newslint: ${line}\n`);
}

function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0' && process.env.FORCE_COLOR !== 'false';
  return Boolean(process.stdout.isTTY);
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function printConfig(loader: ConfigLoader, file: string): string {
  const config = loader.resolve(file);
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of [...config.rules].sort(([a], [b]) => a.localeCompare(b))) {
    rules[id] = Object.keys(setting.options).length ? [setting.severity, setting.options] : setting.severity;
  }
  return `${JSON.stringify({ configFile: config.file ?? null, rules, settings: config.settings }, null, 2)}\n`;
}

/** --explain-dates: prints how each date expression of each input resolves, and lints nothing. */
async function explainInputs(options: CliOptions, cwd: string, loader: ConfigLoader): Promise<number> {
  const explain = (text: string, filePath: string | undefined, shown: string) =>
    explainDates(lint(text, { filePath, date: options.date, rules: new Map() }).article, shown);
  if (options.stdin) {
    if (options.patterns.length) throw new UsageError('--stdin takes no file arguments');
    const decoded = decodeArticle(readFileSync(0));
    if (!decoded) throw new UsageError('standard input is binary, not text');
    const filePath = options.stdinFilename ? path.resolve(options.stdinFilename) : undefined;
    process.stdout.write(explain(decoded.text, filePath, options.stdinFilename ?? '<stdin>'));
    return 0;
  }
  if (options.patterns.length === 0) throw new UsageError('no files given (pass files, directories or globs, or --stdin)');
  const found = findFiles(options.patterns, cwd, ignoreRulesFor(cwd, loader));
  for (const error of found.errors) say(error);
  for (const dir of new Set(found.files.map((file) => path.dirname(file)))) await loader.prepare(dir);
  let failed = found.errors.length > 0;
  const reports: string[] = [];
  for (const file of found.files) {
    const shown = displayPath(file);
    const read = readArticle(file, loader.configFor(path.dirname(file))?.maxFileSize);
    if (read.kind === 'error') {
      say(`${shown}: ${read.message}`);
      failed = true;
    } else if (read.kind === 'binary') say(`${shown}: skipped, binary file`);
    else reports.push(explain(read.text, file, shown));
  }
  process.stdout.write(reports.join('\n'));
  return failed ? 2 : 0;
}

/** Writes one HTML page per file and an index page into `dir`; false (after saying why) when it cannot. */
async function writePages(dir: string, results: readonly FileResult[], context: FormatContext): Promise<boolean> {
  const { htmlPages } = await import('../formatters/html.js');
  try {
    mkdirSync(dir, { recursive: true });
    for (const page of htmlPages(results, context)) writeFileSync(path.join(dir, page.name), page.content);
    return true;
  } catch (error) {
    say(`cannot write to ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return false;
  }
}

export async function main(argv: string[]): Promise<number> {
  const subcommand = argv[0] ? subcommands[argv[0]] : undefined;
  if (subcommand) return (await subcommand())(argv.slice(1));

  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\nRun "newslint --help" for usage.`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const formatter = await loadFormatter(options.format);
  if (!formatter) {
    say(`unknown format "${options.format}" (expected ${formatterNames.join(', ')})`);
    return 2;
  }

  const cwd = process.cwd();
  const loader = new ConfigLoader(allRules, options.config ? path.resolve(options.config) : undefined);
  let output: number | undefined;
  let progress: Progress | undefined;
  // Whatever goes to the terminal erases the progress bar first; the bar comes back on the next file.
  const note = (line: string) => {
    progress?.clear();
    say(line);
  };
  let failed = false;
  let storyFailed = false;
  let writer: ReportWriter | undefined;
  let storySummaries: StorySummary[] = [];
  /** Runs the story rules over the held results of their articles; true when a story rule failed. */
  const runStories = (stories: string[][], linted: readonly LintedFile[]): boolean => {
    const members = new Map<string, LintedStoryFile>();
    for (const { result, story } of linted) {
      if (story) members.set(story.path, { shown: result.filePath, article: story.article, rules: story.rules, diagnostics: result.diagnostics });
    }
    const outcome = lintStories(stories, members);
    storySummaries = outcome.summaries;
    return outcome.internalError;
  };
  const storiesOf = (files: string[]) => (options.story ? [files] : configuredStories(files, loader));
  // Opened once the configs that apply are loaded: the plugins they name are part of every key.
  const openCache = () =>
    options.cache ? new LintCache(path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), loader.plugins.map((plugin) => plugin.file)) : undefined;
  // From the first article of a story on, results wait for the story rules, which add to them; order stays stable.
  const held: LintedFile[] = [];
  const report = (linted: LintedFile) => {
    for (const line of linted.notes) note(line);
    if (held.length || linted.story) held.push(linted);
    else writer!.add(linted);
  };
  try {
    await loader.prepare(cwd);
    if (options.config) loader.load(options.config);
    if (options.listRules) {
      // The built-in rules and those of the plugins the working directory's config loads.
      process.stdout.write(listRules(loader.rules));
      return 0;
    }
    if (options.printConfig) {
      await loader.prepare(path.dirname(path.resolve(options.printConfig)));
      process.stdout.write(printConfig(loader, path.resolve(options.printConfig)));
      return 0;
    }
    if (options.explainDates) return await explainInputs(options, cwd, loader);
    let found: ReturnType<typeof findFiles> | undefined;
    if (!options.stdin && !options.staged) {
      if (options.patterns.length === 0) throw new UsageError('no files given (pass files, directories or globs, or --stdin)');
      // Before the report file is created, so a report written into the linted folder is not linted.
      found = findFiles(options.patterns, cwd, ignoreRulesFor(cwd, loader));
    }
    if (options.outputFile) {
      try {
        output = openSync(options.outputFile, 'w');
      } catch (error) {
        say(`cannot write ${options.outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        return 2;
      }
    }
    const sink = output;
    const context: FormatContext = { color: options.outputFile || options.outputDir ? false : useColor(options), rules: loader.rules.map((rule) => rule.meta) };
    // Pages for --output-dir are written from all results at the end, so nothing streams.
    const stream = options.outputDir ? undefined : streamingFormatters[options.format];
    writer = new ReportWriter(formatter, stream, context, options.quiet, (text) => {
      if (sink !== undefined) writeSync(sink, text);
      else {
        progress?.clearBefore(process.stdout);
        process.stdout.write(text);
      }
    });
    const keepSource = !formatsWithoutSource.has(options.format);
    if (options.stdin) {
      if (options.patterns.length) throw new UsageError('--stdin takes no file arguments');
      if (options.staged) throw new UsageError('--stdin and --staged cannot be used together');
      if (options.story) throw new UsageError('--story compares files: it cannot be used with --stdin');
      const bytes = readFileSync(0);
      const decoded = decodeArticle(bytes);
      if (!decoded) throw new UsageError('standard input is binary, not text');
      const filePath = options.stdinFilename ? path.resolve(options.stdinFilename) : undefined;
      await loader.prepare(path.dirname(filePath ?? path.join(cwd, 'stdin.txt')));
      const config = loader.resolve(filePath ?? path.join(cwd, 'stdin.txt'));
      const cache = openCache();
      const task = {
        file: filePath,
        shown: options.stdinFilename ?? '<stdin>',
        ...decoded,
        hash: contentHash(bytes),
        rules: config.rules,
        settings: config.settings,
        date: options.date,
        fix: options.fix || options.fixDryRun ? ('dry-run' as const) : undefined,
        keepSource,
      };
      writer.add(lintCached(task, cache, (article) => lintArticle(article, loader.articleRules)));
      cache?.save();
    } else if (options.staged) {
      if (options.fix) throw new UsageError('--fix cannot be used with --staged: the staged version is not a file newslint can write');
      const { lintStaged } = await import('./lint-staged.js');
      const staged = await lintStaged(cwd, options.patterns, loader, displayPath, storiesOf, { date: options.date, fixDryRun: options.fixDryRun, keepSource, openCache });
      staged.linted.forEach(report);
      storyFailed = runStories(staged.stories, held);
    } else if (found) {
      for (const error of found.errors) say(error);
      for (const file of found.ignored) say(`${displayPath(file)}: ignored by .lintignore or ignorePatterns`);
      failed = found.errors.length > 0;
      for (const dir of new Set(found.files.map((file) => path.dirname(file)))) await loader.prepare(dir);
      if (options.story && found.files.length < 2) throw new UsageError('--story needs at least two articles to compare');
      const stories = storiesOf(found.files);
      const cache = openCache();
      progress = Progress.on(process.stderr, found.files.length);
      await lintFiles(
        found.files,
        displayPath,
        loader,
        {
          concurrency: options.concurrency,
          fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
          fix: options.fix ? 'write' : options.fixDryRun ? 'dry-run' : undefined,
          date: options.date,
          keepSource,
          cache,
          progress,
          inStory: new Set(stories.flat()),
        },
        report,
      );
      progress?.clear();
      cache?.save();
      storyFailed = runStories(stories, held);
    }
    for (const linted of held) writer.add(linted);
    if (options.outputDir) {
      if (!(await writePages(options.outputDir, writer.results, { ...context, stories: storySummaries }))) return 2;
    } else writer.finish(storySummaries);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof GitError) {
      progress?.clear();
      say(error.message);
      return 2;
    }
    throw error;
  } finally {
    if (output !== undefined) closeSync(output);
  }

  if (failed || storyFailed || writer.failed) return 2;
  if (writer.total.error > 0) return 1;
  const warnings = writer.total.warn;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    say(`too many warnings (${warnings}); the maximum is ${options.maxWarnings}`);
    return 1;
  }
  return 0;
}
