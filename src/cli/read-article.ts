import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';

export type ReadOutcome =
  | { kind: 'text'; text: string; bom: boolean; invalidUtf8: boolean; hash: string }
  | { kind: 'binary' }
  | { kind: 'error'; message: string };

const BINARY_SNIFF = 8000;

function describeError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error.code ? `cannot read (${error.code})` : error.message;
  }
}

/** Decodes bytes as UTF-8, noting a BOM and invalid sequences (replaced, never dropped). */
export function decodeArticle(bytes: Uint8Array): { text: string; bom: boolean; invalidUtf8: boolean } | undefined {
  const sniff = bytes.subarray(0, BINARY_SNIFF);
  if (sniff.includes(0)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom, invalidUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), bom, invalidUtf8: true };
  }
}

export function readArticle(file: string): ReadOutcome {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { kind: 'error', message: 'is a directory' };
    const bytes = readFileSync(file);
    const decoded = decodeArticle(bytes);
    if (!decoded) return { kind: 'binary' };
    return { kind: 'text', ...decoded, hash: contentHash(bytes) };
  } catch (error) {
    return { kind: 'error', message: describeError(error as NodeJS.ErrnoException) };
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
