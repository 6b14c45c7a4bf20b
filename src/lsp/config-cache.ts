import { statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { ALWAYS_IGNORED, ARTICLE_NAME, ignoreRulesFor, type IgnoreRules } from '../cli/find-files.js';
import { matchesStory } from '../cli/stories.js';
import { ConfigLoader, type FileConfig } from '../config/load.js';
import type { PluginRef } from '../config/plugins.js';
import type { AnyRule } from '../types.js';

/** Size and modification time, or "missing": enough to notice an edit, a creation or a deletion. */
function stampOf(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}` : 'missing';
}

/**
 * Configuration for a long-running server: loaded configs are cached by path and dropped as soon as any file they
 * came from (a .lintrc.json, one it extends, a .lintignore) changes on disk, even when the editor sends no
 * file-change notification.
 */
export class ConfigCache {
  private loader: ConfigLoader;
  private readonly ignores = new Map<string, IgnoreRules>();
  private readonly stamps = new Map<string, string>();

  constructor(private readonly registry: readonly AnyRule[]) {
    this.loader = new ConfigLoader(registry);
  }

  /** Forgets everything; the next lookup reads the files again. */
  invalidate(): void {
    this.loader = new ConfigLoader(this.registry);
    this.ignores.clear();
    this.stamps.clear();
  }

  /** Loads the plugins of the configs that govern `dirs`; runs before `ignored` and `resolve` read those configs. */
  async prepare(dirs: string[]): Promise<void> {
    this.dropIfChanged();
    for (const dir of dirs) await this.loader.prepare(dir);
  }

  /** The plugins loaded so far, for the worker thread to load too. */
  get plugins(): PluginRef[] {
    return this.loader.plugins;
  }

  /** Rule settings for a file; throws a ConfigError for a broken config. */
  resolve(filePath: string): FileConfig {
    this.dropIfChanged();
    try {
      return this.loader.resolve(filePath);
    } finally {
      this.remember(this.loader.loadedFiles());
    }
  }

  /** The size above which the file is refused (maxFileSize of the config that governs it). */
  maxFileSize(filePath: string): number | undefined {
    return this.loader.configFor(path.dirname(filePath))?.maxFileSize;
  }

  /**
   * The articles in the "stories" groups that match the file, the file itself included, in sorted order; empty when
   * no group matches it. The files on disk are read afresh each time, so a new or deleted article is noticed;
   * `open` adds documents open in the editor that are not saved yet.
   */
  storyMembers(filePath: string, open: readonly string[] = []): string[] {
    this.dropIfChanged();
    const members = new Set<string>();
    try {
      for (const group of this.loader.configFor(path.dirname(filePath))?.stories ?? []) {
        if (!matchesStory(group, filePath)) continue;
        members.add(filePath);
        for (const file of globSync(group.patterns, { cwd: group.dir, absolute: true, onlyFiles: true, ignore: ALWAYS_IGNORED })) {
          if (ARTICLE_NAME.test(file)) members.add(path.resolve(file));
        }
        for (const file of open) if (matchesStory(group, file)) members.add(file);
      }
    } finally {
      this.remember(this.loader.loadedFiles());
    }
    return [...members].sort();
  }

  /** True when `.lintignore` or `ignorePatterns` at the workspace root `root` exclude the file. */
  ignored(filePath: string, root: string): boolean {
    this.dropIfChanged();
    let rules = this.ignores.get(root);
    if (!rules) {
      try {
        rules = ignoreRulesFor(root, this.loader);
      } finally {
        this.remember([path.join(root, '.lintignore'), ...this.loader.loadedFiles()]);
      }
      this.ignores.set(root, rules);
    }
    return rules.ignores(filePath);
  }

  private remember(files: string[]): void {
    for (const file of files) if (!this.stamps.has(file)) this.stamps.set(file, stampOf(file));
  }

  private dropIfChanged(): void {
    for (const [file, stamp] of this.stamps) {
      if (stampOf(file) !== stamp) {
        this.invalidate();
        return;
      }
    }
  }
}
