import { builtinRules } from '../../rules/index.js';
import { importPlugin } from '../config/plugins.js';
import type { Rule } from '../types.js';
import { lintArticle, type ArticleTask, type LintedFile } from './lint-article.js';

export interface WorkerTask {
  article: ArticleTask;
  /** Plugins the main thread loaded (and checked), to load here in the same order. */
  plugins: { name: string; file: string }[];
}

let registry: { key: string; rules: Promise<readonly Rule[]> } | undefined;

function rulesWith(plugins: WorkerTask['plugins']): Promise<readonly Rule[]> {
  const key = plugins.map((plugin) => plugin.file).join('\n');
  if (registry?.key !== key) {
    const loading = Promise.all(plugins.map((plugin) => importPlugin(plugin.name, plugin.file)));
    registry = { key, rules: loading.then((lists) => [...builtinRules, ...lists.flat()]) };
  }
  return registry.rules;
}

/** Runs in a worker thread of the lint pool: one article per call, the result as plain data. */
export default async function lintInWorker(task: WorkerTask): Promise<LintedFile> {
  return lintArticle(task.article, await rulesWith(task.plugins));
}
