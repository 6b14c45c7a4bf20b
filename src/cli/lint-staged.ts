import path from 'node:path';
import type { ConfigLoader } from '../config/load.js';
import { blobSizes, readBlobs, stagedArticles, type StagedArticle } from '../git/staged.js';
import { ignoreRulesFor } from './find-files.js';
import { lintCached, type LintCache } from './cache.js';
import { lintArticle, nothingToReport, type LintedFile } from './lint-article.js';
import { contentHash, decodeArticle, sizeRefusal } from './read-article.js';

export interface StagedOptions {
  date?: string;
  fixDryRun: boolean;
  keepSource: boolean;
  /** The --cache, opened once the configs of the staged articles are loaded. */
  openCache: () => LintCache | undefined;
}

/** Lints the staged blob of each staged article (the work tree copy is never read), and finds the stories among them. */
export async function lintStaged(
  cwd: string,
  pathspecs: string[],
  loader: ConfigLoader,
  shownAs: (file: string) => string,
  storiesOf: (files: string[]) => string[][],
  options: StagedOptions,
): Promise<{ linted: LintedFile[]; stories: string[][] }> {
  const { root, articles } = stagedArticles(cwd, pathspecs);
  await loader.prepare(root);
  const ignores = ignoreRulesFor(root, loader);
  const chosen = articles.filter((article) => !ignores.ignores(article.path));
  for (const dir of new Set(chosen.map((article) => path.dirname(article.path)))) await loader.prepare(dir);
  const stories = storiesOf(chosen.map((article) => article.path));
  const inStory = new Set(stories.flat());
  const sizes = blobSizes(root, chosen.map((article) => article.blob));
  const refusalOf = (article: StagedArticle) =>
    sizeRefusal(sizes.get(article.blob) ?? 0, loader.configFor(path.dirname(article.path))?.maxFileSize);
  const blobs = readBlobs(root, chosen.filter((article) => !refusalOf(article)).map((article) => article.blob));
  const cache = options.openCache();
  const linted = chosen.map((article) => {
    const shown = shownAs(article.path);
    const refusal = refusalOf(article);
    if (refusal) return nothingToReport(shown, [`${shown}: ${refusal}`], true);
    const bytes = blobs.get(article.blob) ?? new Uint8Array();
    const decoded = decodeArticle(bytes);
    if (!decoded) return nothingToReport(shown, [`${shown}: skipped, binary file`]);
    const config = loader.resolve(article.path);
    const task = {
      file: article.path,
      shown,
      ...decoded,
      // The staged bytes: the cache entry is shared with the work tree file while the two are the same.
      hash: contentHash(bytes),
      rules: config.rules,
      settings: config.settings,
      date: options.date,
      fix: options.fixDryRun ? ('dry-run' as const) : undefined,
      keepSource: options.keepSource,
      inStory: inStory.has(article.path),
    };
    return lintCached(task, cache, (staged) => lintArticle(staged, loader.articleRules));
  });
  cache?.save();
  return { linted, stories };
}
