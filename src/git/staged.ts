import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '../cli/find-files.js';
import { git, workTreeRoot } from './git.js';

/** One article as it stands in the index. */
export interface StagedArticle {
  /** Absolute path in the work tree (the file there may differ from the staged blob). */
  path: string;
  /** Object id of the staged blob. */
  blob: string;
}

const ARTICLE = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');
/** Regular files only: symbolic links (120000) and submodules (160000) hold no article text. */
const REGULAR_FILE = /^100(?:644|755)$/;

/**
 * The articles staged for the next commit: added, copied or modified, not deleted. Renames count as additions so a
 * moved article is linted too. `pathspecs` (relative to `cwd`) narrow the list the way they narrow `git diff`.
 * Honours GIT_INDEX_FILE, so inside a hook it sees exactly what `git commit -a` or `git commit FILE` will record.
 */
export function stagedArticles(cwd: string, pathspecs: string[] = []): { root: string; articles: StagedArticle[] } {
  const root = workTreeRoot(cwd);
  const raw = git(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--diff-filter=ACM', '--', ...pathspecs], cwd)
    .toString('utf8')
    .split('\0');
  const articles: StagedArticle[] = [];
  // Each entry is ":oldmode newmode oldid newid status" followed by the path.
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [, newMode, , newId] = raw[i]!.slice(1).split(' ');
    const file = raw[i + 1]!;
    if (!newMode || !newId || !REGULAR_FILE.test(newMode) || !ARTICLE.test(file)) continue;
    articles.push({ path: path.join(root, file), blob: newId });
  }
  return { root, articles };
}

/** The size in bytes of each blob, from one `git cat-file --batch-check` call, so large ones can be refused unread. */
export function blobSizes(cwd: string, ids: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (ids.length === 0) return sizes;
  for (const line of git(['cat-file', '--batch-check'], cwd, `${ids.join('\n')}\n`).toString('utf8').split('\n')) {
    const [id, type, size] = line.split(' ');
    if (type === 'blob' && size !== undefined) sizes.set(id!, Number(size));
  }
  return sizes;
}

/** Reads blobs in one `git cat-file --batch` call; returns their bytes by object id. */
export function readBlobs(cwd: string, ids: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (ids.length === 0) return blobs;
  const output = git(['cat-file', '--batch'], cwd, `${ids.join('\n')}\n`);
  let cursor = 0;
  while (cursor < output.length) {
    const headerEnd = output.indexOf(0x0a, cursor);
    if (headerEnd < 0) break;
    const [id, type, size] = output.subarray(cursor, headerEnd).toString('utf8').split(' ');
    cursor = headerEnd + 1;
    if (type !== 'blob' || size === undefined) continue;
    const length = Number(size);
    blobs.set(id!, output.subarray(cursor, cursor + length));
    cursor += length + 1;
  }
  return blobs;
}
