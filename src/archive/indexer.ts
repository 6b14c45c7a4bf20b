import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../article/parse.js';
import { stripBom } from '../engine/lint.js';
import { findFiles, IgnoreRules } from '../cli/find-files.js';
import { readArticle } from '../cli/read-article.js';
import { ArchiveWriter } from './archive.js';
import { articlePassages } from './passages.js';

export interface IndexSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  passages: number;
  /** Files without a dateline or front matter date: an archive match needs the archived article's date. */
  undated: string[];
  /** Files that could not be read, with the reason. */
  unreadable: string[];
}

/** Paths are stored relative to the archive's directory, so a project can move with its archive. */
export function storedPath(archiveFile: string, file: string): string {
  return path.relative(path.dirname(archiveFile), file).split(path.sep).join('/');
}

export function resolveStoredPath(archiveFile: string, stored: string): string {
  return path.resolve(path.dirname(archiveFile), stored);
}

/**
 * Indexes the dated articles under `dir`: new and changed files (by content hash) are (re)indexed, unchanged ones
 * skipped, files that disappeared from `dir` dropped. One transaction: an interrupted run leaves the archive as it was.
 */
export function indexArchive(archiveFile: string, dir: string): IndexSummary {
  const root = path.resolve(dir);
  mkdirSync(path.dirname(archiveFile), { recursive: true });
  const found = findFiles([root], root, new IgnoreRules());
  const summary: IndexSummary = { added: 0, updated: 0, unchanged: 0, removed: 0, passages: 0, undated: [], unreadable: [...found.errors] };
  const writer = new ArchiveWriter(archiveFile);
  try {
    writer.transaction(() => {
      const known = writer.files();
      const present = new Set<string>();
      for (const file of found.files) {
        const stored = storedPath(archiveFile, file);
        present.add(stored);
        const read = readArticle(file);
        if (read.kind !== 'text') {
          summary.unreadable.push(`${file}: ${read.kind === 'binary' ? 'binary file' : read.message}`);
          continue;
        }
        const existing = known.get(stored);
        if (existing?.hash === read.hash) {
          summary.unchanged++;
          continue;
        }
        const article = parseArticle(stripBom(read.text), { filePath: file });
        const date = article.publication?.date;
        if (!date) {
          summary.undated.push(file);
          if (existing) {
            writer.remove(existing);
            summary.removed++;
          }
          continue;
        }
        const passages = articlePassages(article).map((passage) => passage.text);
        summary.passages += writer.put(existing, stored, read.hash, date, passages);
        if (existing) summary.updated++;
        else summary.added++;
      }
      for (const [stored, file] of known) {
        if (present.has(stored) || !isInside(root, resolveStoredPath(archiveFile, stored))) continue;
        writer.remove(file);
        summary.removed++;
      }
    });
  } finally {
    writer.close();
  }
  return summary;
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
