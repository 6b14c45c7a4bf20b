import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { findFiles, ignoreRulesFor } from './find-files.js';
import { decodeArticle, readArticle, sizeRefusal } from './read-article.js';
import { ChangedOnDiskError, writeAtomic } from './write-atomic.js';
import { listRules } from './list-rules.js';
import { configuredStories, lintStories, type LintedStoryFile } from './stories.js';
import { explainDates } from './explain-dates.js';
import { subcommands } from './subcommands.js';
import { GitError } from '../git/git.js';
import { blobSizes, readBlobs, stagedArticles, type StagedArticle } from '../git/staged.js';
import { ConfigError } from '../config/validate.js';
import { ConfigLoader, type FileConfig } from '../config/load.js';
import { lint, stripBom } from '../engine/lint.js';
import { applyFixes } from '../engine/fix.js';
import { formatterNames, loadFormatter } from '../formatters/index.js';
import type { FileResult, FormatContext } from '../formatters/result.js';
import type { Diagnostic } from '../types.js';
import type { Article } from '../article/article.js';
import type { RuleSettings } from '../engine/rule-settings.js';
import { allRules } from '../../rules/index.js';
import { version } from '../version.js';

const MAX_FIX_PASSES = 10;

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

function invalidUtf8Diagnostic(text: string): Diagnostic {
  const index = Math.max(0, text.indexOf('\uFFFD'));
  const before = text.slice(0, index);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return {
    ruleId: 'invalid-utf8',
    severity: 'warn',
    message: 'The file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters.',
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    start: index,
    end: index + 1,
  };
}

interface LintedFile {
  result: FileResult;
  internalError: boolean;
  ioError: boolean;
  /** What the story rules need, kept only for a file that belongs to a story. */
  story?: { path: string; article: Article; rules: RuleSettings };
}

/** Lints one text, applying fixes when asked; returns the diagnostics left and the fixed text. */
function lintWithFixes(text: string, filePath: string | undefined, config: FileConfig, options: CliOptions) {
  const lintOnce = (input: string) =>
    lint(input, { filePath, date: options.date, rules: config.rules, settings: config.settings });
  let result = lintOnce(text);
  let output = stripBom(text);
  if (options.fix || options.fixDryRun) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixed = applyFixes(output, result.diagnostics);
      if (fixed.applied.length === 0) break;
      output = fixed.output;
      result = lintOnce(output);
    }
  }
  return { result, output };
}

function nothingToReport(shown: string, ioError = false): LintedFile {
  return { result: { filePath: shown, diagnostics: [] }, internalError: false, ioError };
}

/**
 * Lints decoded text (from a file, standard input or the index); `shown` names it in the report. `inStory` keeps
 * the parsed article for the story rules.
 */
function lintDecoded(
  decoded: { text: string; invalidUtf8: boolean },
  filePath: string | undefined,
  shown: string,
  config: FileConfig,
  options: CliOptions,
  inStory = false,
): { linted: LintedFile; output: string } {
  if (decoded.text.trim() === '') return { linted: nothingToReport(shown), output: stripBom(decoded.text) };
  const { result, output } = lintWithFixes(decoded.text, filePath, config, options);
  const diagnostics = result.diagnostics;
  if (decoded.invalidUtf8) diagnostics.unshift(invalidUtf8Diagnostic(output));
  const linted: LintedFile = {
    result: {
      filePath: shown,
      diagnostics,
      publicationDate: result.article.publication?.date,
      source: output,
      ...(options.fixDryRun ? { output } : {}),
    },
    internalError: result.internalError,
    ioError: false,
    ...(inStory && filePath ? { story: { path: filePath, article: result.article, rules: config.rules } } : {}),
  };
  return { linted, output };
}

function lintFile(file: string, loader: ConfigLoader, options: CliOptions, inStory: boolean): LintedFile {
  const shown = displayPath(file);
  const read = readArticle(file, loader.configFor(path.dirname(file))?.maxFileSize);
  if (read.kind === 'error') {
    say(`${shown}: ${read.message}`);
    return nothingToReport(shown, true);
  }
  if (read.kind === 'binary') {
    say(`${shown}: skipped, binary file`);
    return nothingToReport(shown);
  }
  const { linted, output } = lintDecoded(read, file, shown, loader.resolve(file), options, inStory);
  if (options.fix && output !== stripBom(read.text)) {
    try {
      writeAtomic(file, (read.bom ? '\uFEFF' : '') + output, read.hash);
    } catch (error) {
      linted.ioError = true;
      say(error instanceof ChangedOnDiskError ? error.message : `${shown}: cannot write fixes (${(error as Error).message})`);
    }
  }
  return linted;
}

/** Lints the staged blob of each staged article (the work tree copy is never read), and finds the stories among them. */
function lintStaged(
  cwd: string,
  pathspecs: string[],
  loader: ConfigLoader,
  options: CliOptions,
  storiesOf: (files: string[]) => string[][],
): { linted: LintedFile[]; stories: string[][] } {
  const { root, articles } = stagedArticles(cwd, pathspecs);
  const ignores = ignoreRulesFor(root, loader);
  const chosen = articles.filter((article) => !ignores.ignores(article.path));
  const stories = storiesOf(chosen.map((article) => article.path));
  const inStory = new Set(stories.flat());
  const sizes = blobSizes(root, chosen.map((article) => article.blob));
  const refusalOf = (article: StagedArticle) =>
    sizeRefusal(sizes.get(article.blob) ?? 0, loader.configFor(path.dirname(article.path))?.maxFileSize);
  const blobs = readBlobs(root, chosen.filter((article) => !refusalOf(article)).map((article) => article.blob));
  const linted = chosen.map((article) => {
    const shown = displayPath(article.path);
    const refusal = refusalOf(article);
    if (refusal) {
      say(`${shown}: ${refusal}`);
      return nothingToReport(shown, true);
    }
    const decoded = decodeArticle(blobs.get(article.blob) ?? new Uint8Array());
    if (!decoded) {
      say(`${shown}: skipped, binary file`);
      return nothingToReport(shown);
    }
    return lintDecoded(decoded, article.path, shown, loader.resolve(article.path), options, inStory.has(article.path)).linted;
  });
  return { linted, stories };
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
function explainInputs(options: CliOptions, cwd: string, loader: ConfigLoader): number {
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
async function writePages(dir: string, results: FileResult[], context: FormatContext): Promise<boolean> {
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
  if (options.listRules) {
    process.stdout.write(listRules(allRules));
    return 0;
  }
  const formatter = await loadFormatter(options.format);
  if (!formatter) {
    say(`unknown format "${options.format}" (expected ${formatterNames.join(', ')})`);
    return 2;
  }

  const cwd = process.cwd();
  const loader = new ConfigLoader(allRules, options.config ? path.resolve(options.config) : undefined);
  const linted: LintedFile[] = [];
  const storiesOf = (files: string[]) => (options.story ? [files] : configuredStories(files, loader));
  let stories: string[][] = [];
  let failed = false;
  try {
    if (options.config) loader.load(options.config);
    if (options.printConfig) {
      process.stdout.write(printConfig(loader, path.resolve(options.printConfig)));
      return 0;
    }
    if (options.explainDates) return explainInputs(options, cwd, loader);
    if (options.stdin) {
      if (options.patterns.length) throw new UsageError('--stdin takes no file arguments');
      if (options.staged) throw new UsageError('--stdin and --staged cannot be used together');
      if (options.story) throw new UsageError('--story compares files: it cannot be used with --stdin');
      const decoded = decodeArticle(readFileSync(0));
      if (!decoded) throw new UsageError('standard input is binary, not text');
      const filePath = options.stdinFilename ? path.resolve(options.stdinFilename) : undefined;
      const config = loader.resolve(filePath ?? path.join(cwd, 'stdin.txt'));
      const fixOptions = { ...options, fix: false, fixDryRun: options.fix || options.fixDryRun };
      linted.push(lintDecoded(decoded, filePath, options.stdinFilename ?? '<stdin>', config, fixOptions).linted);
    } else if (options.staged) {
      if (options.fix) throw new UsageError('--fix cannot be used with --staged: the staged version is not a file newslint can write');
      const staged = lintStaged(cwd, options.patterns, loader, options, storiesOf);
      linted.push(...staged.linted);
      stories = staged.stories;
    } else {
      if (options.patterns.length === 0) throw new UsageError('no files given (pass files, directories or globs, or --stdin)');
      const found = findFiles(options.patterns, cwd, ignoreRulesFor(cwd, loader));
      for (const error of found.errors) say(error);
      for (const file of found.ignored) say(`${displayPath(file)}: ignored by .lintignore or ignorePatterns`);
      failed = found.errors.length > 0;
      if (options.story && found.files.length < 2) throw new UsageError('--story needs at least two articles to compare');
      stories = storiesOf(found.files);
      const inStory = new Set(stories.flat());
      for (const file of found.files) linted.push(lintFile(file, loader, options, inStory.has(file)));
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof GitError) {
      say(error.message);
      return 2;
    }
    throw error;
  }

  const storyFiles = new Map<string, LintedStoryFile>();
  for (const { result, story } of linted) {
    if (story) storyFiles.set(story.path, { shown: result.filePath, article: story.article, rules: story.rules, diagnostics: result.diagnostics });
  }
  const { summaries, internalError: storyFailed } = lintStories(stories, storyFiles);

  const results = linted.map(({ result }) =>
    options.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result,
  );
  const context: FormatContext = {
    color: options.outputFile || options.outputDir ? false : useColor(options),
    rules: allRules.map((rule) => rule.meta),
    ...(summaries.length ? { stories: summaries } : {}),
  };
  if (options.outputDir) {
    if (!(await writePages(options.outputDir, results, context))) return 2;
  } else {
    const report = formatter(results, context);
    if (options.outputFile) {
      try {
        writeFileSync(options.outputFile, report);
      } catch (error) {
        say(`cannot write ${options.outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        return 2;
      }
    } else process.stdout.write(report);
  }

  if (failed || storyFailed || linted.some((file) => file.ioError || file.internalError)) return 2;
  const all = results.flatMap((result) => result.diagnostics);
  if (all.some((d) => d.severity === 'error')) return 1;
  const warnings = all.filter((d) => d.severity === 'warn').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    say(`too many warnings (${warnings}); the maximum is ${options.maxWarnings}`);
    return 1;
  }
  return 0;
}
