import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import type { ConfigLoader } from '../config/load.js';

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown'];
/** A path or URI that names an article file. */
export const ARTICLE_NAME = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.newslint/**'];

export interface FoundFiles {
  files: string[];
  /** One line each: patterns that matched nothing, missing paths. */
  errors: string[];
  /** Files named explicitly but ignored. */
  ignored: string[];
}

/** The `.lintignore` rules of a directory (gitignore syntax), if it has one. */
export function loadIgnoreFile(dir: string): Ignore | undefined {
  const file = path.join(dir, '.lintignore');
  if (!existsSync(file)) return undefined;
  return ignore().add(readFileSync(file, 'utf8'));
}

export class IgnoreRules {
  private readonly rules: { dir: string; matcher: Ignore }[] = [];

  add(dir: string, matcher: Ignore | undefined): void {
    if (matcher) this.rules.push({ dir: path.resolve(dir), matcher });
  }

  addPatterns(dir: string, patterns: string[]): void {
    if (patterns.length) this.add(dir, ignore().add(patterns));
  }

  ignores(file: string): boolean {
    const absolute = path.resolve(file);
    return this.rules.some(({ dir, matcher }) => {
      const relative = path.relative(dir, absolute);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(relative.split(path.sep).join('/'));
    });
  }
}

/** What to skip under `dir`: its `.lintignore` and the `ignorePatterns` of the config that governs it. */
export function ignoreRulesFor(dir: string, loader: Pick<ConfigLoader, 'configFor'>): IgnoreRules {
  const rules = new IgnoreRules();
  rules.add(dir, loadIgnoreFile(dir));
  const config = loader.configFor(dir);
  for (const { dir: base, patterns } of config?.ignorePatterns ?? []) rules.addPatterns(base, patterns);
  return rules;
}

/** Expands files, directories (recursively, article extensions only) and globs, in argument order, without duplicates. */
export function findFiles(patterns: string[], cwd: string, ignores: IgnoreRules): FoundFiles {
  const seen = new Set<string>();
  const found: FoundFiles = { files: [], errors: [], ignored: [] };
  const add = (file: string, explicit: boolean) => {
    const absolute = path.resolve(cwd, file);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    if (ignores.ignores(absolute)) {
      if (explicit) found.ignored.push(absolute);
      return;
    }
    found.files.push(absolute);
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const matches = globSync(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
        matches.sort().forEach((file) => add(file, false));
      } else add(absolute, true);
      continue;
    }
    if (!isDynamicPattern(pattern)) {
      found.errors.push(`${pattern}: no such file or directory`);
      continue;
    }
    const matches = globSync(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, onlyFiles: true });
    if (matches.length === 0) found.errors.push(`no files match the pattern "${pattern}"`);
    matches.sort().forEach((file) => add(file, false));
  }
  return found;
}
