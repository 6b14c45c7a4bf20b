import type { Article } from '../article/article.js';
import type { ArticleFormat } from '../article/parse.js';
import { readArticle } from '../cli/read-article.js';
import type { RuleSettings } from '../engine/rule-settings.js';
import { compareDiagnostics, lint } from '../engine/lint.js';
import { lintStory, type StoryMember } from '../engine/story.js';
import type { PluginRef } from '../config/plugins.js';
import type { Diagnostic, Rule, SharedSettings } from '../types.js';

/** Another article of the document's story. */
export interface StoryTaskMember {
  filePath: string;
  /** The text of an open document; absent for a file that is only on disk (the worker reads it). */
  text?: string;
  format: ArticleFormat;
  rules: RuleSettings;
  maxFileSize?: number;
}

export interface LintTask {
  text: string;
  filePath?: string;
  format: ArticleFormat;
  rules: RuleSettings;
  settings: SharedSettings;
  /** Plugins the server loaded for this file's config, loaded here too. */
  plugins: PluginRef[];
  /** The document belongs to a story: the other articles, and the document's place among them. */
  story?: { position: number; others: StoryTaskMember[] };
}

/** What crosses back from the worker: plain data only (the Article holds functions). */
export interface LintOutcome {
  diagnostics: Diagnostic[];
  internalError: boolean;
  frontMatterEnd?: number;
}

/** Parsed articles of other story members, by path: typing in one article does not re-read the others. */
const parsed = new Map<string, { text: string; article: Article }>();
const MAX_PARSED = 32;

function articleOf(member: StoryTaskMember): Article | undefined {
  let text = member.text;
  if (text === undefined) {
    const read = readArticle(member.filePath, member.maxFileSize);
    if (read.kind !== 'text') return undefined;
    text = read.text;
  }
  const known = parsed.get(member.filePath);
  if (known && known.text === text) return known.article;
  const article = lint(text, { filePath: member.filePath, format: member.format, rules: new Map() }).article;
  parsed.delete(member.filePath);
  parsed.set(member.filePath, { text, article });
  if (parsed.size > MAX_PARSED) parsed.delete(parsed.keys().next().value!);
  return article;
}

/** Lints an open document (in a worker thread, so a slow article never holds up the server). */
export function lintDocument(task: LintTask, registry: readonly Rule[]): LintOutcome {
  const result = lint(task.text, { filePath: task.filePath, format: task.format, rules: task.rules, settings: task.settings, registry });
  let { diagnostics, internalError } = result;
  if (task.story && task.filePath) {
    const members: StoryMember[] = [];
    let position = 0;
    task.story.others.forEach((member, index) => {
      if (index === task.story!.position) position = members.length;
      const article = articleOf(member);
      if (article) members.push({ filePath: member.filePath, article, rules: member.rules });
    });
    if (task.story.position >= task.story.others.length) position = members.length;
    members.splice(position, 0, { filePath: task.filePath, article: result.article, rules: task.rules });
    const story = lintStory(members);
    diagnostics = [...diagnostics, ...story.diagnostics[position]!].sort(compareDiagnostics);
    internalError ||= story.internalError;
  }
  return { diagnostics, internalError, frontMatterEnd: result.article.frontMatter?.end };
}
