import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { compileKnowledge, type CompiledKnowledge } from './compile.js';
import { KnowledgeBase } from './knowledge-base.js';
import { parsePack, readPack, readPackText } from './pack.js';

/** The pack shipped with newslint. */
export const DEFAULT_PACK = path.join(packageRoot, 'rules', 'data', 'knowledge', 'default-pack.json');
/** The default pack compiled by the build (scripts/build.mjs), with the hash of the pack it was compiled from. */
export const DEFAULT_PACK_COMPILED = path.join(packageRoot, 'dist', 'default-pack.compiled.json');

export interface PackCompiled {
  packHash: string;
  knowledge: CompiledKnowledge;
}

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

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** A pack file compiled now, with the hash of the text it was compiled from. */
export function compilePackFile(file: string): PackCompiled {
  const text = readPackText(file);
  return { packHash: hashOf(text), knowledge: compileKnowledge([{ file, pack: parsePack(file, text) }]) };
}

/** The default pack compiled now; the build writes this to DEFAULT_PACK_COMPILED. */
export function compileDefaultPack(): PackCompiled {
  return compilePackFile(DEFAULT_PACK);
}

/**
 * A pack's compiled form from `compiledFile` while it was compiled from the pack's current text, else compiled now
 * (for the default pack, a one-article run saves ~40 ms).
 */
export function compiledPack(file: string, compiledFile: string): CompiledKnowledge {
  const text = readPackText(file);
  try {
    const compiled = JSON.parse(readFileSync(compiledFile, 'utf8')) as PackCompiled;
    if (compiled.packHash === hashOf(text)) return compiled.knowledge;
  } catch {
    // Not built (tests run from source) or unreadable: compile below.
  }
  return compileKnowledge([{ file, pack: parsePack(file, text) }]);
}

/** The default pack plus newsroom packs (absolute paths, later ones win), read and indexed on first use. */
export function loadKnowledge(extraPacks: readonly string[] = []): KnowledgeBase {
  const files = [DEFAULT_PACK, ...extraPacks];
  const key = files.join('\n');
  const stamp = stampOf(files);
  const cached = cache.get(key);
  if (cached && cached.stamp === stamp) return cached.base;
  const compiled = extraPacks.length === 0 ? compiledPack(DEFAULT_PACK, DEFAULT_PACK_COMPILED) : compileKnowledge(files.map((file) => ({ file, pack: readPack(file) })));
  const base = new KnowledgeBase(compiled);
  cache.set(key, { stamp, base });
  return base;
}
