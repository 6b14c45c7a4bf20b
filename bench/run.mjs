// newslint's benchmark, beside textlint on the same synthetic corpus, in one run (so the ratios compare like with like
// on a machine whose absolute speed varies):
//
//   npm run bench                      200 articles of ~5 KB, one 5 KB article cold, a 40 KB and an 800 KB article
//   npm run bench -- --huge            also 10,000 articles: worker pool speed-up and memory
//   npm run bench -- --runs 15         more cold-start runs (default 11)
//   npm run bench -- --update-readme   rewrite the table in README.md's "Speed" section
//
// Writes bench/results.json. Every process is timed whole (spawn to exit) and reports its peak memory through a
// preloaded module (bench/max-rss.mjs); per-rule times come from lint(..., { collectTimings: true }) in this process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { huge: { type: 'boolean', default: false }, runs: { type: 'string', default: '11' }, 'update-readme': { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const NEWSLINT = path.join(root, 'bin', 'newslint.js');
const TEXTLINT = path.join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
const MAX_RSS = pathToFileURL(path.join(root, 'bench', 'max-rss.mjs')).href;

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (number, digits = 3) => Number(number.toFixed(digits));
const log = (line) => process.stderr.write(`${line}\n`);

/** Runs a node script as its own process: wall time and CPU time (all threads) in seconds, peak memory in MB. */
function timeProcess(script, args, cwd, nodeFlags = []) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [...nodeFlags, '--import', MAX_RSS, script, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const report = /bench:max-rss=(\d+) bench:cpu-us=(\d+)/.exec(run.stderr);
  if (!report) throw new Error(`${path.basename(script)} ${args.join(' ')} crashed (${run.status ?? run.signal}):\n${run.stderr.slice(0, 2000)}`);
  return { seconds, cpuSeconds: Number(report[2]) / 1e6, rssMB: Number(report[1]) / 1024, exitCode: run.status };
}

/**
 * How much faster `threads` busy threads get through pure arithmetic than one, right now: on a machine shared with
 * other work this is well below `threads`, and no worker pool can do better than it.
 */
function parallelCapacity(threads) {
  const busy = `const { parentPort } = require('node:worker_threads'); let x = 0; const end = Date.now() + 1500;
    while (Date.now() < end) { for (let i = 0; i < 1e5; i++) x = (x * 31 + i) | 0; parentPort.postMessage(1); }`;
  const rounds = (count) => {
    const script = `const { Worker } = require('node:worker_threads'); let done = 0;
      const workers = Array.from({ length: ${count} }, () => new Worker(${JSON.stringify(busy)}, { eval: true }));
      for (const w of workers) w.on('message', () => done++);
      Promise.all(workers.map((w) => new Promise((r) => w.on('exit', r)))).then(() => console.log(done));`;
    return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
  };
  return round(rounds(threads) / rounds(1), 2);
}

/** Runs each command `runs` times, interleaved so a change in machine load hits all of them alike. */
function compare(commands, runs) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, [script, args, cwd]] of Object.entries(commands)) samples[name].push(timeProcess(script, args, cwd));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        medianSeconds: round(median(list.map((s) => s.seconds))),
        runs: list.map((s) => round(s.seconds)),
        medianCpuSeconds: round(median(list.map((s) => s.cpuSeconds))),
        peakRssMB: round(Math.max(...list.map((s) => s.rssMB)), 1),
        exitCodes: [...new Set(list.map((s) => s.exitCode))],
      },
    ]),
  );
}

function articleFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => /\.(txt|md)$/.test(name)).map((name) => path.join(dir, name)).sort();
}

const corpusDir = path.join(root, 'bench', 'corpus', 'newslint');
rmSync(corpusDir, { recursive: true, force: true });
log('writing the corpus…');
const corpus = writeCorpus(corpusDir, { batch: 200, huge: values.huge ? 10_000 : 0 });
// newslint:recommended, whatever configuration the repository itself has.
writeFileSync(path.join(corpusDir, '.lintrc.json'), JSON.stringify({ extends: ['newslint:recommended'] }));
const batchFiles = articleFiles(corpus.batch);
const batchBytes = batchFiles.reduce((sum, file) => sum + statSync(file).size, 0);

const { lint, ruleDefaults, builtinRules } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
const recommended = ruleDefaults(builtinRules, 'recommended');
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverageAtStart: os.loadavg().map((n) => round(n, 2)) },
  rules: [...recommended.keys()],
  corpus: { batchArticles: batchFiles.length, batchMB: round(batchBytes / 1e6), singleBytes: statSync(corpus.single).size, largeBytes: statSync(corpus.large).size },
};

// One article, cold: the whole process, as a git hook or an editor save runs it.
log(`one article, cold, ${RUNS} runs each…`);
const single = compare(
  {
    newslint: [NEWSLINT, [corpus.single], corpusDir],
    textlintDateRule: [TEXTLINT, ['--no-textlintrc', '--rule', 'date-weekday-mismatch', corpus.single], corpusDir],
  },
  RUNS,
);
results.singleArticleCold = { ...single, ratioToTextlint: round(single.newslint.medianSeconds / single.textlintDateRule.medianSeconds) };

// 200 articles: newslint picks its threads by itself (by the idle cores); two threads and the main thread alone for
// comparison.
log('200 articles, 3 runs each…');
const batch = compare(
  {
    newslint: [NEWSLINT, ['batch'], corpusDir],
    newslintMainThread: [NEWSLINT, ['batch', '--concurrency', 'off'], corpusDir],
    newslintTwoThreads: [NEWSLINT, ['batch', '--concurrency', '2'], corpusDir],
    textlint: [TEXTLINT, ['--no-textlintrc', '--rule', 'date-weekday-mismatch', '--rule', 'write-good', 'batch'], corpusDir],
  },
  3,
);
results.batch200 = {
  ...batch,
  ratioToTextlint: round(batch.newslint.medianSeconds / batch.textlint.medianSeconds),
  articlesPerSecond: round(batchFiles.length / batch.newslint.medianSeconds, 1),
  mbPerSecond: round(batchBytes / 1e6 / batch.newslint.medianSeconds),
};

// In this process, warm: where the time goes, rule by rule.
log('per-rule times…');
function lintTimed(files, passes) {
  const perRule = new Map();
  let total = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const started = performance.now();
      const result = lint(text, { filePath: file, rules: recommended, collectTimings: true, ruleTimeBudgetMs: 600_000 });
      total += performance.now() - started;
      for (const [id, ms] of result.timings) perRule.set(id, (perRule.get(id) ?? 0) + ms);
    }
  }
  const ruleMs = Object.fromEntries([...perRule].map(([id, ms]) => [id, round(ms / passes, 1)]));
  const rulesTotal = [...perRule.values()].reduce((a, b) => a + b, 0);
  return { totalMs: round(total / passes, 1), parseAndEngineMs: round((total - rulesTotal) / passes, 1), ruleMs };
}
lintTimed(batchFiles.slice(0, 20), 1);
const warm = lintTimed(batchFiles, 1);
results.batch200Warm = { ...warm, articlesPerSecond: round(batchFiles.length / (warm.totalMs / 1000), 1), mbPerSecond: round(batchBytes / 1e6 / (warm.totalMs / 1000)) };

// Linear cost: the 800 KB article against its own first 40 KB (20 times smaller).
log('40 KB and 800 KB articles…');
const medium = lintTimed([corpus.medium], 5);
const large = lintTimed([corpus.large], 1);
const ratios = Object.fromEntries(Object.keys(large.ruleMs).map((id) => [id, round(large.ruleMs[id] / Math.max(medium.ruleMs[id], 0.01), 1)]));
results.linearity = {
  sizes: [statSync(corpus.medium).size, statSync(corpus.large).size],
  medium,
  large,
  totalRatio: round(large.totalMs / medium.totalMs, 1),
  parseRatio: round(large.parseAndEngineMs / medium.parseAndEngineMs, 1),
  ruleRatios: ratios,
  superlinearRules: Object.entries(ratios).filter(([id, ratio]) => ratio > 25 && large.ruleMs[id] > 50).map(([id]) => id),
};
results.largeArticleCold = compare({ newslint: [NEWSLINT, [corpus.large], corpusDir] }, 1).newslint;

// 10,000 articles: speed-up with threads, and memory that does not grow with the number of files.
if (corpus.huge) {
  const hugeFiles = articleFiles(corpus.huge);
  const hugeBytes = hugeFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const threads = os.availableParallelism();
  log('10,000 articles: machine capacity, main thread, worker threads…');
  const capacityBefore = parallelCapacity(threads);
  const oneThread = timeProcess(NEWSLINT, ['huge', '--concurrency', 'off', '-f', 'unix'], corpusDir);
  const pooled = timeProcess(NEWSLINT, ['huge', '--concurrency', String(threads), '-f', 'unix'], corpusDir);
  const capacityAfter = parallelCapacity(threads);
  log('memory: 200 and 10,000 articles under one small heap limit…');
  // With the old generation capped, a run that kept anything per file would run out of memory on 10,000 files.
  const capped = ['--max-old-space-size=48'];
  const capped200 = timeProcess(NEWSLINT, ['batch', '--concurrency', 'off', '-f', 'unix'], corpusDir, capped);
  const capped10k = timeProcess(NEWSLINT, ['huge', '--concurrency', 'off', '-f', 'unix'], corpusDir, capped);
  const json10k = timeProcess(NEWSLINT, ['huge', '--concurrency', String(threads), '-f', 'json'], corpusDir);
  const speedUp = oneThread.seconds / pooled.seconds;
  const capacity = (capacityBefore + capacityAfter) / 2;
  results.huge = {
    articles: hugeFiles.length,
    mb: round(hugeBytes / 1e6),
    threads,
    mainThread: { seconds: round(oneThread.seconds), cpuSeconds: round(oneThread.cpuSeconds), peakRssMB: round(oneThread.rssMB, 1) },
    pooled: { seconds: round(pooled.seconds), cpuSeconds: round(pooled.cpuSeconds), peakRssMB: round(pooled.rssMB, 1) },
    speedUp: round(speedUp, 2),
    machineParallelCapacity: { before: capacityBefore, after: capacityAfter },
    speedUpOfCapacity: round(speedUp / capacity, 2),
    articlesPerSecond: round(hugeFiles.length / pooled.seconds, 1),
    mbPerSecond: round(hugeBytes / 1e6 / pooled.seconds),
    cappedHeap48MB: {
      articles200: { exitCode: capped200.exitCode, peakRssMB: round(capped200.rssMB, 1) },
      articles10k: { exitCode: capped10k.exitCode, peakRssMB: round(capped10k.rssMB, 1) },
    },
    json10kPeakRssMB: round(json10k.rssMB, 1),
  };
}
results.machine.loadAverageAtEnd = os.loadavg().map((n) => round(n, 2));

writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const s = (seconds) => `${seconds.toFixed(2)} s`;
const rows = [
  ['one 5 KB article, cold process (median)', s(single.newslint.medianSeconds), `${s(single.textlintDateRule.medianSeconds)} (date rule)`, `${results.singleArticleCold.ratioToTextlint}×`],
  [`${batchFiles.length} articles (${results.corpus.batchMB.toFixed(1)} MB), whole run`, s(batch.newslint.medianSeconds), `${s(batch.textlint.medianSeconds)} (date + write-good)`, `${results.batch200.ratioToTextlint}×`],
  [`${batchFiles.length} articles, \`--concurrency 2\` / \`off\``, `${s(batch.newslintTwoThreads.medianSeconds)} / ${s(batch.newslintMainThread.medianSeconds)}`, '', `${round(batch.newslintTwoThreads.medianSeconds / batch.textlint.medianSeconds)}× / ${round(batch.newslintMainThread.medianSeconds / batch.textlint.medianSeconds)}×`],
  ['throughput, 200 articles', `${results.batch200.articlesPerSecond} articles/s, ${results.batch200.mbPerSecond} MB/s`, '', ''],
  ['800 KB article vs 40 KB (20×)', `${results.linearity.totalRatio}× the time`, '', ''],
  ['peak memory, 200 articles', `${batch.newslint.peakRssMB} MB`, `${batch.textlint.peakRssMB} MB`, ''],
];
if (results.huge) {
  const { huge } = results;
  rows.push(
    [
      `10,000 articles, ${huge.threads} threads`,
      `${s(huge.pooled.seconds)}: ${huge.speedUp}× one thread, where the machine allowed ${huge.machineParallelCapacity.before}–${huge.machineParallelCapacity.after}×`,
      '',
      '',
    ],
    [
      'peak memory, 10,000 vs 200 articles (48 MB heap cap)',
      `${huge.cappedHeap48MB.articles10k.peakRssMB} MB vs ${huge.cappedHeap48MB.articles200.peakRssMB} MB`,
      '',
      '',
    ],
  );
}
const table = [
  '| | newslint | textlint | ratio |',
  '| --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const ruleTable = Object.entries(warm.ruleMs)
  .sort((a, b) => b[1] - a[1])
  .map(([id, ms]) => `  ${id.padEnd(28)} ${(ms / batchFiles.length).toFixed(2).padStart(7)} ms/article   800 KB: ${String(large.ruleMs[id]).padStart(8)} ms (${ratios[id]}× the 40 KB)`)
  .join('\n');
process.stdout.write(`${table}\n\nwarm, per article: parse and engine ${(warm.parseAndEngineMs / batchFiles.length).toFixed(2)} ms\n${ruleTable}\n`);
if (results.linearity.superlinearRules.length) process.stdout.write(`\nsuper-linear: ${results.linearity.superlinearRules.join(', ')}\n`);

if (values['update-readme']) {
  const readme = path.join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const updated = text.replace(/(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/, `$1${table}\n$2`);
  if (updated === text) log('README.md has no <!-- bench:start --> … <!-- bench:end --> section to update');
  else writeFileSync(readme, updated);
}
