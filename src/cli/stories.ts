import path from 'node:path';
import picomatch from 'picomatch';
import type { Article } from '../article/article.js';
import type { ConfigLoader, LoadedConfig } from '../config/load.js';
import type { RuleSettings } from '../engine/rule-settings.js';
import { compareDiagnostics } from '../engine/lint.js';
import { lintStory } from '../engine/story.js';
import type { StorySummary } from '../formatters/result.js';
import type { Diagnostic } from '../types.js';

export type StoryGroup = LoadedConfig['stories'][number];

const matchers = new WeakMap<StoryGroup, (relative: string) => boolean>();

/** True when a "stories" group's globs match the file (an absolute path). */
export function matchesStory(group: StoryGroup, file: string): boolean {
  const relative = path.relative(group.dir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  let matcher = matchers.get(group);
  if (!matcher) matchers.set(group, (matcher = picomatch(group.patterns, { dot: true })));
  return matcher(relative.split(path.sep).join('/'));
}

/**
 * The stories among `files` (absolute paths, in argument order) that the "stories" groups of their configs define:
 * for each group, the files it matches, when there are at least two. Only files being linted take part.
 */
export function configuredStories(files: readonly string[], loader: Pick<ConfigLoader, 'configFor'>): string[][] {
  const stories = new Map<StoryGroup, string[]>();
  for (const file of files) {
    for (const group of loader.configFor(path.dirname(file))?.stories ?? []) {
      if (!matchesStory(group, file)) continue;
      const members = stories.get(group);
      if (members) members.push(file);
      else stories.set(group, [file]);
    }
  }
  return [...stories.values()].filter((members) => members.length >= 2);
}

/** A linted file of a story: what the story rules need of it. */
export interface LintedStoryFile {
  /** The path reports show. */
  shown: string;
  article: Article;
  rules: RuleSettings;
  /** Where its cross-article findings go (merged with its own, in position order). */
  diagnostics: Diagnostic[];
}

/** Runs the story rules over each story; returns the summary tables and whether a story rule failed. */
export function lintStories(stories: readonly string[][], linted: ReadonlyMap<string, LintedStoryFile>): { summaries: StorySummary[]; internalError: boolean } {
  const summaries: StorySummary[] = [];
  let internalError = false;
  for (const files of stories) {
    const members = files.map((file) => linted.get(file)).filter((member): member is LintedStoryFile => member !== undefined);
    if (members.length < 2) continue;
    const result = lintStory(members.map(({ shown, article, rules }) => ({ filePath: shown, article, rules })));
    internalError ||= result.internalError;
    result.diagnostics.forEach((found, index) => {
      if (found.length === 0) return;
      const own = members[index]!.diagnostics;
      own.push(...found);
      own.sort(compareDiagnostics);
    });
    summaries.push({ files: members.map((member) => member.shown), facts: result.facts });
  }
  return { summaries, internalError };
}
