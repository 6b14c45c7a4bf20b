import { builtinRules } from '../../rules/index.js';
import { registryWith, type PluginRef } from '../config/plugins.js';
import { lintArticle, type ArticleTask, type LintedFile } from '../cli/lint-article.js';
import { lintDocument as lintOpenDocument, type LintOutcome, type LintTask } from '../lsp/lint-document.js';

/**
 * The one worker-thread entry (bundled as dist/lint-worker.js): each export serves one caller through WorkerPool.
 * Tasks and results cross the thread boundary as plain data.
 */

export interface FileTask {
  article: ArticleTask;
  /** Plugins the main thread loaded (and checked), to load here in the same order. */
  plugins: PluginRef[];
}

/** The command line's batches: one article per call. */
export async function lintFile(task: FileTask): Promise<LintedFile> {
  return lintArticle(task.article, await registryWith(builtinRules, task.plugins));
}

/** The language server's standard output carries the protocol: anything a rule prints goes to stderr instead. */
function keepStdoutForProtocol(): void {
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
}

/** The language server: one open document, with the other articles of its story. */
export async function lintDocument(task: LintTask): Promise<LintOutcome> {
  keepStdoutForProtocol();
  return lintOpenDocument(task, await registryWith(builtinRules, task.plugins));
}
