import type { Statement } from 'better-sqlite3';
import { bandKeys, BANDS, jaccard, passageWords, shingleHashes } from './minhash.js';
import { guarded, openArchiveForReading, openArchiveForWriting, type Database } from './database.js';
import { MAX_PASSAGES } from './passages.js';

export interface ArchivedFile {
  id: number;
  path: string;
  hash: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
}

/** An archived passage that matches a looked-up one. */
export interface ArchiveMatch {
  file: ArchivedFile;
  text: string;
  /** Jaccard similarity of the word shingles (1 for identical text). */
  similarity: number;
  /** Identical after normalisation (case, punctuation, white space). */
  identical: boolean;
}

/** At most this many archived passages are verified per lookup; more means the text is everywhere (boilerplate). */
export const MAX_CANDIDATES = 64;

const fileOf = (passageId: number) => Math.floor(passageId / MAX_PASSAGES);

/** Writes articles into the archive. Callers wrap a whole run in `transaction`, so an index is never partial. */
export class ArchiveWriter {
  private readonly db: Database;
  private readonly insertFile: Statement;
  private readonly updateFile: Statement;
  private readonly insertPassage: Statement;
  private readonly insertBand: Statement;
  private readonly deleteBand: Statement;
  private readonly passagesOf: Statement;
  private readonly deletePassages: Statement;
  private readonly deleteFile: Statement;

  constructor(readonly file: string) {
    this.db = openArchiveForWriting(file);
    this.insertFile = this.db.prepare('INSERT INTO files (path, hash, date) VALUES (?, ?, ?)');
    this.updateFile = this.db.prepare('UPDATE files SET hash = ?, date = ? WHERE id = ?');
    this.insertPassage = this.db.prepare('INSERT INTO passages (id, text) VALUES (?, ?)');
    this.insertBand = this.db.prepare('INSERT OR IGNORE INTO bands (key, passage_id) VALUES (?, ?)');
    this.deleteBand = this.db.prepare('DELETE FROM bands WHERE key = ? AND passage_id = ?');
    this.passagesOf = this.db.prepare('SELECT id, text FROM passages WHERE id BETWEEN ? AND ?');
    this.deletePassages = this.db.prepare('DELETE FROM passages WHERE id BETWEEN ? AND ?');
    this.deleteFile = this.db.prepare('DELETE FROM files WHERE id = ?');
  }

  /** Every indexed file by path. */
  files(): Map<string, ArchivedFile> {
    const rows = guarded(this.file, () => this.db.prepare('SELECT id, path, hash, date FROM files').all() as ArchivedFile[]);
    return new Map(rows.map((row) => [row.path, row]));
  }

  /** Runs `action` in one write transaction: all of it lands, or none (a crash or an error rolls it back). */
  transaction<T>(action: () => T): T {
    return guarded(this.file, () => this.db.transaction(action).immediate());
  }

  /** Adds an article, or replaces the passages of one indexed before. Returns the number of passages stored. */
  put(existing: ArchivedFile | undefined, path: string, hash: string, date: string, passages: readonly string[]): number {
    let id: number;
    if (existing) {
      this.clearPassages(existing.id);
      this.updateFile.run(hash, date, existing.id);
      id = existing.id;
    } else id = Number(this.insertFile.run(path, hash, date).lastInsertRowid);
    const stored = passages.slice(0, MAX_PASSAGES);
    stored.forEach((text, position) => {
      const passageId = id * MAX_PASSAGES + position;
      this.insertPassage.run(passageId, text);
      for (const key of bandKeys(shingleHashes(passageWords(text)))) this.insertBand.run(key, passageId);
    });
    return stored.length;
  }

  remove(existing: ArchivedFile): void {
    this.clearPassages(existing.id);
    this.deleteFile.run(existing.id);
  }

  /** Deletes a file's passages and their band rows; the band keys are recomputed, so no second index is needed. */
  private clearPassages(fileId: number): void {
    const first = fileId * MAX_PASSAGES;
    const last = first + MAX_PASSAGES - 1;
    for (const row of this.passagesOf.all(first, last) as { id: number; text: string }[]) {
      for (const key of bandKeys(shingleHashes(passageWords(row.text)))) this.deleteBand.run(key, row.id);
    }
    this.deletePassages.run(first, last);
  }

  close(): void {
    this.db.close();
  }
}

/** Looks passages up by their LSH band keys: a handful of index seeks, never a scan. */
export class ArchiveReader {
  private readonly db: Database;
  private readonly candidates: Statement;
  private readonly passage: Statement;

  constructor(readonly file: string) {
    this.db = openArchiveForReading(file);
    this.candidates = guarded(file, () =>
      this.db.prepare(`SELECT DISTINCT passage_id FROM bands WHERE key IN (${Array(BANDS).fill('?').join(', ')}) LIMIT ${MAX_CANDIDATES}`).pluck(),
    );
    this.passage = this.db.prepare('SELECT p.text, f.id, f.path, f.hash, f.date FROM passages p JOIN files f ON f.id = ? WHERE p.id = ?');
  }

  /** Archived passages whose shingles overlap `words` by at least `minSimilarity` (Jaccard). */
  lookup(words: readonly string[], minSimilarity: number): ArchiveMatch[] {
    const shingles = shingleHashes(words);
    const normalized = words.join(' ');
    return guarded(this.file, () => {
      const ids = this.candidates.all(...bandKeys(shingles)) as number[];
      const matches: ArchiveMatch[] = [];
      for (const id of ids) {
        const row = this.passage.get(fileOf(id), id) as (ArchivedFile & { text: string }) | undefined;
        if (!row) continue;
        const { text, ...file } = row;
        const archivedWords = passageWords(text);
        const identical = archivedWords.join(' ') === normalized;
        const similarity = identical ? 1 : jaccard(shingles, shingleHashes(archivedWords));
        if (similarity >= minSimilarity) matches.push({ file, text, similarity, identical });
      }
      return matches;
    });
  }

  close(): void {
    this.db.close();
  }
}

/** Open readers by archive path: one connection per archive for the life of the process. */
const readers = new Map<string, ArchiveReader>();

export function archiveReader(file: string): ArchiveReader {
  let reader = readers.get(file);
  if (!reader) {
    reader = new ArchiveReader(file);
    readers.set(file, reader);
  }
  return reader;
}

/** Closes every open reader (tests, and a language server whose configuration changed). */
export function closeArchiveReaders(): void {
  for (const reader of readers.values()) reader.close();
  readers.clear();
}
