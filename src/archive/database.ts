import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { ConfigError } from '../config/validate.js';
import { MINHASH_VERSION } from './minhash.js';

export type Database = BetterSqlite3.Database;

/** A problem with the archive file: missing, corrupt, locked or built by another version. Exit code 2. */
export class ArchiveError extends ConfigError {}

/** How long to wait for another process holding the archive (an index run) before giving up. */
export const BUSY_TIMEOUT_MS = 1000;
const FORMAT = 'newslint-archive-1';
const READ_MMAP_BYTES = 4 * 2 ** 30;

const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, date TEXT NOT NULL);
  -- id = file id * 1024 + position in the article, so a file's passages are one rowid range.
  CREATE TABLE passages (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
  -- One row per passage and LSH band; a lookup reads the few rows under its band keys.
  CREATE TABLE bands (key INTEGER NOT NULL, passage_id INTEGER NOT NULL, PRIMARY KEY (key, passage_id)) WITHOUT ROWID;
`;

/** better-sqlite3 is native and only needed with an archive: it is loaded on first use, never at start-up. */
function driver(): typeof BetterSqlite3 {
  return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
}

/** Turns SQLite's error codes into a message a user can act on. */
export function describeSqliteError(file: string, error: unknown): ArchiveError {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ArchiveError(file, 'archive is locked by another process (an index run?); try again when it has finished');
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new ArchiveError(file, `archive is corrupt (${message}); delete it and run "newslint archive index" again`);
  if (code === 'SQLITE_CANTOPEN') return new ArchiveError(file, `cannot open archive (${message})`);
  return new ArchiveError(file, `archive error: ${message}`);
}

/** Runs `action` with SQLite errors reported as ArchiveErrors naming the file. */
export function guarded<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // better-sqlite3 reports a missing directory as a TypeError without a code.
    if (code.startsWith('SQLITE_') || /^Cannot open database/.test((error as Error).message)) throw describeSqliteError(file, error);
    throw error;
  }
}

function checkFormat(file: string, db: Database): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) throw new ArchiveError(file, 'not a newslint archive (no meta table); build one with "newslint archive index <dir>"');
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  if (meta.get('format') !== FORMAT || meta.get('minhash') !== MINHASH_VERSION) {
    throw new ArchiveError(file, `archive was built by an incompatible version (${meta.get('format')}, ${meta.get('minhash')}); delete it and index again`);
  }
}

/** Opens an existing archive for lookups. */
export function openArchiveForReading(file: string): Database {
  return guarded(file, () => {
    const Sqlite = driver();
    const db = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    try {
      checkFormat(file, db);
      // Lookups touch a few random pages per passage: map the file instead of reading it page by page.
      db.pragma(`mmap_size = ${READ_MMAP_BYTES}`);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  });
}

/** Opens an archive for indexing, creating it (and its schema) when missing. */
export function openArchiveForWriting(file: string): Database {
  return guarded(file, () => {
    const Sqlite = driver();
    const db = new Sqlite(file, { timeout: BUSY_TIMEOUT_MS });
    try {
      const empty = !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get();
      if (empty) {
        db.transaction(() => {
          db.exec(SCHEMA);
          const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
          insert.run('format', FORMAT);
          insert.run('minhash', MINHASH_VERSION);
        }).immediate();
      }
      checkFormat(file, db);
      db.pragma('cache_size = -131072');
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  });
}
