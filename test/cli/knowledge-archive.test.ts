import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempProject } from '../helpers/cli.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'knowledge', name), 'utf8');

/** Preloaded into the CLI process: makes any load of better-sqlite3 fail loudly. */
const FORBID_SQLITE = `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'better-sqlite3') throw new Error('better-sqlite3 was loaded');
  return load.call(this, request, ...rest);
};
`;

const OLD = `April 2, 2021

Harbor cranes idle

Dock workers left the cranes idle for a third day as talks over night-shift pay stalled again on Thursday.
`;
const NEW = `June 25, 2024

Harbor cranes idle again

Dock workers left the cranes idle for a third day as talks over night-shift pay stalled again on Thursday.
`;

describe('newslint knowledge', () => {
  it('imports a Wikidata SPARQL result into a pack the linter accepts', () => {
    const dir = tempProject({ 'results.json': fixture('wikidata-results.json') });
    const run = runCli(['knowledge', 'import', 'results.json', '-o', 'people.json', '--verified-through', '2024-12', '--group', 'local'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('newslint knowledge: skipped row 5 (Cyril Odum, Governor of the Eastern Province): start 2009 is known only to the year\n');
    expect(run.stderr).toContain('newslint knowledge: 2 roles, 2 people, 3 tenures written to people.json\n');
    const pack = JSON.parse(readFileSync(path.join(dir, 'people.json'), 'utf8'));
    expect(pack).toMatchObject({ name: 'results', verifiedThrough: '2024-12' });
    const check = runCli(['knowledge', 'check', 'people.json'], { cwd: dir });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^ok: \d+ roles, \d+ people, \d+ tenures \(default pack included\)\n$/);
  });

  it('rejects a bad --verified-through and a broken pack with exit code 2', () => {
    const dir = tempProject({ 'results.json': fixture('wikidata-results.json'), 'broken.json': fixture('broken-pack.json') });
    expect(runCli(['knowledge', 'import', 'results.json', '--verified-through', '2024'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr: 'newslint knowledge: --verified-through: expected a month YYYY-MM, got "2024"\n',
    });
    const check = runCli(['knowledge', 'check', 'broken.json'], { cwd: dir });
    expect(check.status).toBe(2);
    expect(check.stderr).toBe(
      `newslint knowledge: ${path.join(dir, 'broken.json')}: people[0].tenures[0].start: expected a date YYYY-MM-DD or YYYY-MM, got "21/01/2021"\n`,
    );
  });
});

describe('knowledge packs in .lintrc.json', () => {
  it('lints with a newsroom pack', () => {
    const dir = tempProject({
      '.lintrc.json': JSON.stringify({ knowledge: ['./packs/harbor.json'] }),
      'packs/harbor.json': fixture('harbor-pack.json'),
      'story.txt': 'June 25, 2024\n\nNorthport harbor master Oren Castellano said the channel would reopen.\n',
    });
    const run = runCli(['story.txt', '-f', 'unix'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      "story.txt:3:1: Oren J. Castellano was Harbor Master of Northport from April 1, 2015 to June 30, 2019, not on June 25, 2024 (the article's date); Tamsin Reyes held the post then. [warning/stale-attribution]\n",
    );
  });

  it('stops with exit code 2 on a broken pack, naming the file and the key', () => {
    const dir = tempProject({
      '.lintrc.json': JSON.stringify({ knowledge: ['./broken.json'] }),
      'broken.json': fixture('broken-pack.json'),
      'story.txt': 'June 25, 2024\n\nThe council met.\n',
    });
    const run = runCli(['story.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path.join(dir, 'broken.json')}: people[0].tenures[0].start: expected a date YYYY-MM-DD or YYYY-MM`);
  });
});

describe('newslint archive', () => {
  it('indexes a directory, reports recycled passages, and re-indexes incrementally', () => {
    const dir = tempProject({ 'archive/2021/cranes.txt': OLD, 'archive/undated.txt': 'Notes\n\nNothing dated here at all, only notes.\n', 'new.txt': NEW });
    const first = runCli(['archive', 'index', 'archive'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^\.newslint\/archive\.db: 1 articles \(1 added, 0 updated, 0 unchanged\), 0 removed, 1 passages written in \d+ ms\n$/);
    expect(first.stderr).toBe('newslint archive: archive/undated.txt: no publication date (dateline or front matter date); not indexed\n');
    expect(existsSync(path.join(dir, '.newslint', 'archive.db'))).toBe(true);

    const lint = runCli(['new.txt', '-f', 'unix'], { cwd: dir });
    expect(lint.status).toBe(0);
    expect(lint.stdout).toBe('new.txt:5:1: This sentence ran in archive/2021/cranes.txt on April 2, 2021, 1,180 days earlier (identical text). [warning/recycled-passage]\n');

    const again = runCli(['archive', 'index', 'archive'], { cwd: dir });
    expect(again.stdout).toMatch(/1 articles \(0 added, 0 updated, 1 unchanged\), 0 removed, 0 passages/);
  });

  it('uses the archive named in .lintrc.json and stops with exit code 2 when it is corrupt', () => {
    const dir = tempProject({ '.lintrc.json': JSON.stringify({ archive: { db: 'data/news.db' } }), 'archive/cranes.txt': OLD, 'new.txt': NEW });
    expect(runCli(['archive', 'index', 'archive'], { cwd: dir }).stdout).toMatch(/^data\/news\.db: 1 articles/);
    expect(runCli(['new.txt', '-f', 'unix'], { cwd: dir }).stdout).toContain('[warning/recycled-passage]');
    writeFileSync(path.join(dir, 'data', 'news.db'), 'not a database '.repeat(100));
    const run = runCli(['new.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path.join(dir, 'data', 'news.db')}: archive is corrupt`);
  });

  it('never loads better-sqlite3 for plain linting', () => {
    const dir = tempProject({ 'forbid-sqlite.cjs': FORBID_SQLITE, 'archive/cranes.txt': OLD, 'new.txt': NEW });
    const env = { NODE_OPTIONS: `--require ${path.join(dir, 'forbid-sqlite.cjs')}` };
    expect(runCli(['new.txt'], { cwd: dir, env })).toMatchObject({ status: 0, stdout: '', stderr: '' });
    // The guard works: with an archive, the same run needs the driver.
    runCli(['archive', 'index', 'archive'], { cwd: dir });
    const withArchive = runCli(['new.txt'], { cwd: dir, env });
    expect(withArchive.status).toBe(2);
    expect(withArchive.stdout).toContain('Rule "recycled-passage" failed: better-sqlite3 was loaded');
  });
});
