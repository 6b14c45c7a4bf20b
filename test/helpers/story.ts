import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { lintStory, type StoryResult } from '../../src/engine/story.js';
import type { RuleSettings } from '../../src/engine/rule-settings.js';
import { storyRules } from '../../rules/story/index.js';

/**
 * Lints the articles of a story (file name → text, in argument order) with only the named story rule on, at its
 * default severity unless `severity` says otherwise. Each article is parsed the way the CLI parses it (its file
 * name picks plain text or Markdown).
 */
export function lintStoryRule(ruleId: string, articles: Record<string, string>, severity?: 'info' | 'warn' | 'error'): StoryResult {
  const rule = storyRules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`no story rule ${ruleId}`);
  const rules: RuleSettings = new Map([[ruleId, { severity: severity ?? rule.meta.severity, options: {} }]]);
  const members = Object.entries(articles).map(([filePath, text]) => ({
    filePath,
    article: lint(text, { filePath, rules: new Map() }).article,
    rules,
  }));
  return lintStory(members);
}

/** The story's findings as "file line:column message" lines, in article order. */
export function storyFindings(result: StoryResult, files: readonly string[]): string[] {
  return result.diagnostics.flatMap((found, index) => found.map((d) => `${files[index]} ${d.line}:${d.column} ${d.message}`));
}

/** The articles of a written story (file name → text), in the order given; `dir` is a fixture story or an example. */
export function readStory(dir: string, files: readonly string[]): Record<string, string> {
  const base = dir.includes('/') ? dir : path.join('test/fixtures/stories', dir);
  return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(base, file), 'utf8')]));
}

/** The four articles of each fixture story, in the order the tests pass them. */
export const PIER = ['wire.txt', 'radio.txt', 'blog.md', 'digest.txt'];
export const FLOOD = ['wire.txt', 'news.md', 'radio.txt', 'digest.txt'];
