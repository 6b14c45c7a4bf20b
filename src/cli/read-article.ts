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

/** Articles are never this large; a bigger file is refused rather than read into memory. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why an article of `bytes` bytes is refused, or undefined when it is within maxFileSize. */
export function sizeRefusal(bytes: number, maxFileSize = DEFAULT_MAX_FILE_SIZE): string | undefined {
  return bytes > maxFileSize ? `refused: ${size(bytes)} is larger than maxFileSize (${size(maxFileSize)})` : undefined;
}

export function readArticle(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { kind: 'error', message: 'is a directory' };
    const refusal = sizeRefusal(stat.size, maxFileSize);
    if (refusal) return { kind: 'error', message: refusal };
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
