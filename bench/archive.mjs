// What an archive of earlier articles costs when linting (recycled-passage).
//
//   node scripts/build.mjs && node bench/archive.mjs [--articles 100000] [--queries 300]
//
// Writes a synthetic archive of dated articles to bench/corpus/ (kept between runs), indexes it with
// `newslint archive index`, then lints fresh articles (each with one copied and one edited archived sentence)
// with and without the archive configured, and prints the cost per article and the index size on disk.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lint, ruleDefaults, builtinRules } from '../dist/index.js';
import { random } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, queries: { type: 'string', default: '300' } } });
const ARTICLES = Number(values.articles);
const QUERIES = Number(values.queries);
const corpus = path.join(root, 'bench', 'corpus', `archive-${ARTICLES}`);
const db = path.join(root, 'bench', 'corpus', `archive-${ARTICLES}.db`);

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'sun', 'par', 'ek', 'lin', 'mor', 'tu', 'shi', 'bra', 'gen', 'ost', 'ria', 'cal', 'nex'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'said', 'on', 'for', 'that', 'with', 'was', 'by', 'at', 'from', 'its', 'after', 'officials'];
const rand = random(42);
const VOCABULARY = Array.from({ length: 20000 }, () => {
  const length = 2 + Math.floor(rand() * 3);
  return Array.from({ length }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
});
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BOILERPLATE = 'Stay up to date with the latest news by signing up for our free morning newsletter today.';

/** Zipf-like choice: frequent words much more often than rare ones. */
function word(next) {
  if (next() < 0.35) return FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)];
  return VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)];
}

function sentence(next) {
  const length = 10 + Math.floor(next() * 18);
  const words = Array.from({ length }, () => word(next));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function article(next, date, extra = []) {
  const paragraphs = Array.from({ length: 14 + Math.floor(next() * 10) }, () => sentence(next));
  paragraphs.splice(1 + Math.floor(next() * 5), 0, ...extra);
  if (next() < 0.3) paragraphs.push(BOILERPLATE);
  return `${date}\n\n${sentence(next).slice(0, 60)}\n\n${paragraphs.join('\n\n')}\n`;
}

function archiveDate(index) {
  const day = new Date(Date.UTC(2015, 0, 1) + (index % 3000) * 86_400_000);
  return { text: `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`, folder: String(day.getUTCFullYear()) };
}

function archivePath(index) {
  return path.join(corpus, archiveDate(index).folder, `story-${String(index).padStart(6, '0')}.txt`);
}

function archiveArticle(index) {
  return article(random(1000 + index), archiveDate(index).text);
}

function countFiles(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.txt')).length;
}

/** Wall-clock and CPU milliseconds of `action` (CPU time is the steadier measure on a busy machine). */
function time(action) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = action();
  const used = process.cpuUsage(cpu);
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}

// 1. The archive corpus.
if (countFiles(corpus) !== ARTICLES) {
  const { ms } = time(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const file = archivePath(i);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, archiveArticle(i));
    }
  });
  console.log(`wrote ${ARTICLES} synthetic articles to ${path.relative(root, corpus)} in ${(ms / 1000).toFixed(1)} s`);
}

// 2. The index (incremental: a second run only re-hashes the files).
const bin = path.join(root, 'bin', 'newslint.js');
const indexed = time(() => execFileSync(process.execPath, [bin, 'archive', 'index', corpus, '--db', db], { encoding: 'utf8' }));
process.stdout.write(`index: ${indexed.result.trim()}\n       ${(indexed.ms / 1000).toFixed(1)} s wall\n`);
const bytes = ['', '-journal', '-wal'].map((suffix) => (existsSync(db + suffix) ? statSync(db + suffix).size : 0)).reduce((a, b) => a + b, 0);
console.log(`index size on disk: ${(bytes / 2 ** 20).toFixed(1)} MiB (${(bytes / ARTICLES / 1024).toFixed(2)} KiB per archived article)`);

// 3. Fresh articles, each with one sentence copied and one edited from random archived articles.
const next = random(7);
const queries = Array.from({ length: QUERIES }, (_, q) => {
  const source = archiveArticle(Math.floor(next() * ARTICLES)).split('\n\n').slice(2);
  const copied = source[Math.floor(next() * source.length)].trim();
  const words = source[Math.floor(next() * source.length)].trim().split(' ');
  words[Math.floor(words.length / 2)] = 'changed';
  return article(random(500_000 + q), `June ${1 + (q % 28)}, 2024`, [copied, words.join(' ')]);
});

const rules = ruleDefaults(builtinRules, 'recommended');
const run = (settings) => {
  let findings = 0;
  const { ms, cpuMs } = time(() => {
    for (const text of queries) findings += lint(text, { filePath: 'query.txt', rules, settings }).diagnostics.filter((d) => d.ruleId === 'recycled-passage').length;
  });
  return { ms, cpuMs, findings };
};

// Warm up both paths (module loading, the database's first pages), then alternate to even out noise.
run({});
run({ archive: { db } });
const rounds = [];
for (let round = 0; round < 5; round++) rounds.push({ without: run({}), with: run({ archive: { db } }) });
const best = (key, measure) => Math.min(...rounds.map((round) => round[key][measure])) / QUERIES;
for (const [label, measure] of [['wall', 'ms'], ['cpu', 'cpuMs']]) {
  const without = best('without', measure);
  const withArchive = best('with', measure);
  console.log(`lint (${label}) without archive: ${without.toFixed(2)} ms/article; with archive: ${withArchive.toFixed(2)} ms/article; cost ${(withArchive - without).toFixed(2)} ms/article`);
}
console.log(`recycled-passage findings: ${rounds[0].with.findings} in ${QUERIES} articles (${2 * QUERIES} planted: one copied, one edited sentence each)`);
