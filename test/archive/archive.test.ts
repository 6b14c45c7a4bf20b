import { mkdtempSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { indexArchive } from '../../src/archive/indexer.js';
import { ArchiveWriter, closeArchiveReaders } from '../../src/archive/archive.js';
import { ArchiveError } from '../../src/archive/database.js';
import { BANDS } from '../../src/archive/minhash.js';
import { lint } from '../../src/engine/lint.js';
import { lintRule, spanOf } from '../helpers/lint.js';

const Sqlite = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
const RULE = 'recycled-passage';

const OLD_ARTICLE = `March 3, 2021

Rockets hit the river base

At least ten rockets struck the river base early on Wednesday, a coalition spokesman said in a statement posted online.

The spokesman said "early warning systems worked as designed and nobody was hurt," adding that the troops sheltered in bunkers.

Engineers from the port authority began repairing the damaged runway lights before sunrise on Thursday.
`;

const RECENT_ARTICLE = `May 20, 2024

Ferry schedule changes

The ferry operator said the winter timetable would remain in force until the new pier opens in the autumn.
`;

const UNDATED_ARTICLE = `Ferry news

The ferry operator said the winter timetable would remain in force until the new pier opens next year.
`;

let dir: string;
let db: string;

function write(relative: string, text: string): string {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function check(text: string, ruleOptions: Record<string, unknown> = {}, date = '2024-06-25') {
  return lintRule(RULE, text, { date, filePath: path.join(dir, 'new.txt'), settings: { archive: { db } }, ruleOptions });
}

function count(table: string): number {
  const connection = new Sqlite(db, { readonly: true });
  try {
    return (connection.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    connection.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'newslint-archive-'));
  db = path.join(dir, '.newslint', 'archive.db');
  write('archive/2021/rockets.txt', OLD_ARTICLE);
  write('archive/2024/ferry.txt', RECENT_ARTICLE);
  write('archive/undated.txt', UNDATED_ARTICLE);
});

afterEach(() => {
  closeArchiveReaders();
  rmSync(dir, { recursive: true, force: true });
});

describe('archive index', () => {
  it('indexes the sentences and quotations of dated articles and skips undated ones', () => {
    const summary = indexArchive(db, path.join(dir, 'archive'));
    expect(summary).toMatchObject({ added: 2, updated: 0, unchanged: 0, removed: 0, passages: 5 });
    expect(summary.undated).toEqual([path.join(dir, 'archive', 'undated.txt')]);
    expect(count('files')).toBe(2);
    expect(count('passages')).toBe(5);
    expect(count('bands')).toBe(5 * BANDS);
  });

  it('re-indexes incrementally: unchanged files skipped, changed ones replaced, deleted ones dropped', () => {
    indexArchive(db, path.join(dir, 'archive'));
    expect(indexArchive(db, path.join(dir, 'archive'))).toMatchObject({ added: 0, updated: 0, unchanged: 2, removed: 0, passages: 0 });
    write('archive/2021/rockets.txt', OLD_ARTICLE.replace(/Engineers.*\n/, ''));
    unlinkSync(path.join(dir, 'archive', '2024', 'ferry.txt'));
    expect(indexArchive(db, path.join(dir, 'archive'))).toMatchObject({ added: 0, updated: 1, unchanged: 0, removed: 1, passages: 3 });
    expect(count('files')).toBe(1);
    expect(count('passages')).toBe(3);
    expect(count('bands')).toBe(3 * BANDS);
    expect(check('Engineers from the port authority began repairing the damaged runway lights before sunrise on Thursday.')).toEqual([]);
  });

  it('never leaves a partial index: a failing run rolls back', () => {
    indexArchive(db, path.join(dir, 'archive'));
    const writer = new ArchiveWriter(db);
    expect(() =>
      writer.transaction(() => {
        writer.put(undefined, 'archive/extra.txt', 'hash', '2020-01-01', ['A sentence that would have been stored in the archive index.']);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    writer.close();
    expect(count('files')).toBe(2);
    expect(count('passages')).toBe(5);
  });

  it('reports a locked archive clearly', () => {
    indexArchive(db, path.join(dir, 'archive'));
    const holder = new Sqlite(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => indexArchive(db, path.join(dir, 'archive'))).toThrow(`${db}: archive is locked by another process`);
      expect(() => check('Anything at all that is long enough to be looked up in the archive.')).toThrow(ArchiveError);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('reports a corrupt archive and a database that is not an archive', () => {
    mkdirSync(path.dirname(db), { recursive: true });
    writeFileSync(db, 'this is not a database file, just text that happens to be here '.repeat(20));
    expect(() => check('Anything at all that is long enough to be looked up in the archive.')).toThrow(`${db}: archive is corrupt`);
    expect(() => indexArchive(db, path.join(dir, 'archive'))).toThrow(ArchiveError);
    closeArchiveReaders();
    unlinkSync(db);
    new Sqlite(db).exec('CREATE TABLE notes (text TEXT)');
    expect(() => check('Anything at all that is long enough to be looked up in the archive.')).toThrow(`${db}: not a newslint archive`);
  });

  it('reports a configured archive that does not exist', () => {
    expect(() => lint('Some text.', { date: '2024-06-25', settings: { archive: { db: path.join(dir, 'missing.db') } } })).toThrow(ArchiveError);
  });
});

describe(RULE, () => {
  beforeEach(() => {
    indexArchive(db, path.join(dir, 'archive'));
  });

  it('reports a sentence that ran word for word in an archived article more than 180 days earlier', () => {
    const text = 'June 25, 2024\n\nMissiles hit the base\n\nAt least ten rockets struck the river base early on Wednesday, a coalition spokesman said in a statement posted online.\n';
    const [d, ...rest] = check(text, {}, undefined as unknown as string);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 5, column: 1, endLine: 5, endColumn: 120 });
    // The temporary directory is outside the working directory, so the path is shown in full.
    expect(d!.message).toBe(`This sentence ran in ${path.join(dir, 'archive/2021/rockets.txt')} on March 3, 2021, 1,210 days earlier (identical text).`);
  });

  it('reports a near-duplicate with the share of text it has in common', () => {
    const text = 'At least ten rockets struck the river base early on Wednesday, the coalition spokesman said in a statement posted online.';
    const [d] = check(text);
    expect(d!.message).toMatch(/on March 3, 2021, 1,210 days earlier \(\d\d% of its 3-word sequences shared with "At least ten rockets struck the river base early on Wedne\.\.\."\)\.$/);
  });

  it('reports a recycled quotation inside a new sentence', () => {
    const text = 'Officials insisted that "early warning systems worked as designed and nobody was hurt," according to the statement.';
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(spanOf(text, d!)).toBe('"early warning systems worked as designed and nobody was hurt,"');
    expect(d!.message).toContain('This quotation ran in');
  });

  it('reports a sentence once, not again for the quotation inside it', () => {
    const text = 'The spokesman said "early warning systems worked as designed and nobody was hurt," adding that the troops sheltered in bunkers.';
    const found = check(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('This sentence ran in');
  });

  it('stays silent on matches younger than the age threshold, unless the threshold is lowered', () => {
    const text = 'The ferry operator said the winter timetable would remain in force until the new pier opens in the autumn.';
    expect(check(text)).toEqual([]);
    const [d] = check(text, { minAgeDays: 30 });
    expect(d!.message).toContain('on May 20, 2024, 36 days earlier (identical text)');
  });

  it('stays silent on text the archive does not hold, on short sentences and without a date', () => {
    expect(check('The harbor bridge reopened to traffic on Monday after three weeks of cable inspections by engineers.')).toEqual([]);
    expect(check('Nobody was hurt.')).toEqual([]);
    const undated = 'At least ten rockets struck the river base early on Wednesday, a coalition spokesman said in a statement posted online.';
    expect(lintRule(RULE, undated, { settings: { archive: { db } } })).toEqual([]);
  });

  it('stays silent without an archive', () => {
    const text = 'At least ten rockets struck the river base early on Wednesday, a coalition spokesman said in a statement posted online.';
    expect(lintRule(RULE, text, { date: '2024-06-25' })).toEqual([]);
  });

  it('treats text found in many archived articles as boilerplate', () => {
    const footer = 'Stay up to date with the latest local news by signing up for our morning newsletter today.';
    for (let i = 0; i < 10; i++) write(`archive/2020/story-${i}.txt`, `January ${i + 2}, 2020\n\nStory number ${i} about the harbor.\n\n${footer}\n`);
    indexArchive(db, path.join(dir, 'archive'));
    expect(check(footer)).toEqual([]);
    expect(check(footer, { boilerplateFiles: 11 })).toHaveLength(1);
  });
});
