import { builtinRules } from '../../rules/index.js';
import { registryWith, type PluginRef } from '../config/plugins.js';
import { lintArticle, type ArticleTask, type LintedFile } from './lint-article.js';

export interface WorkerTask {
  article: ArticleTask;
  /** Plugins the main thread loaded (and checked), to load here in the same order. */
  plugins: PluginRef[];
}

/** Runs in a worker thread of the lint pool: one article per call, the result as plain data. */
export default async function lintInWorker(task: WorkerTask): Promise<LintedFile> {
  return lintArticle(task.article, await registryWith(builtinRules, task.plugins));
}
