import type { ArticleFormat } from '../article/parse.js';
import type { RuleSettings } from '../engine/rule-settings.js';
import { lint } from '../engine/lint.js';
import { registryWith, type PluginRef } from '../config/plugins.js';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic, SharedSettings } from '../types.js';

// A worker's standard output is the server's, which carries the protocol: anything a rule prints goes to stderr.
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

export interface LintTask {
  text: string;
  filePath?: string;
  format: ArticleFormat;
  rules: RuleSettings;
  settings: SharedSettings;
  /** Plugins the server loaded for this file's config, loaded here too. */
  plugins: PluginRef[];
}

/** What crosses back from the worker: plain data only (the Article holds functions). */
export interface LintOutcome {
  diagnostics: Diagnostic[];
  internalError: boolean;
  frontMatterEnd?: number;
}

/** Runs in a worker thread so a slow article never holds up the server. */
export default async function lintTask(task: LintTask): Promise<LintOutcome> {
  const registry = await registryWith(builtinRules, task.plugins);
  const result = lint(task.text, { filePath: task.filePath, format: task.format, rules: task.rules, settings: task.settings, registry });
  return { diagnostics: result.diagnostics, internalError: result.internalError, frontMatterEnd: result.article.frontMatter?.end };
}
