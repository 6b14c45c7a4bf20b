import { statSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { KnowledgeBase } from './knowledge-base.js';
import { readPack } from './pack.js';

/** The pack shipped with newslint. */
export const DEFAULT_PACK = path.join(packageRoot, 'rules', 'data', 'knowledge', 'default-pack.json');

/** Knowledge bases by pack list, each rebuilt when one of its files changes (the language server lives long). */
const cache = new Map<string, { stamp: string; base: KnowledgeBase }>();

function stampOf(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        return `${statSync(file).mtimeMs}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** The default pack plus newsroom packs (absolute paths, later ones win), read and indexed on first use. */
export function loadKnowledge(extraPacks: readonly string[] = []): KnowledgeBase {
  const files = [DEFAULT_PACK, ...extraPacks];
  const key = files.join('\n');
  const stamp = stampOf(files);
  const cached = cache.get(key);
  if (cached && cached.stamp === stamp) return cached.base;
  const base = new KnowledgeBase(files.map((file) => ({ file, pack: readPack(file) })));
  cache.set(key, { stamp, base });
  return base;
}
