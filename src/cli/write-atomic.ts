import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, readFileSync } from 'node:fs';
import { contentHash } from './read-article.js';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export class ChangedOnDiskError extends Error {}

/**
 * Writes through a temporary file in the same directory and a rename, so a reader (or a crash) sees the old file
 * or the new one, never half of one. Refuses when the file's bytes no longer hash to `expectedHash` (someone else wrote it).
 */
export function writeAtomic(file: string, content: string, expectedHash: string): void {
  if (contentHash(readFileSync(file)) !== expectedHash) throw new ChangedOnDiskError(`${file} changed on disk while it was being linted; not overwritten`);
  const mode = statSync(file).mode;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.newslint-tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
}
