#!/usr/bin/env node
// Starts the CLI bundle (dist/cli.cjs) from a V8 code cache kept beside it: compiling the bundle is a good part of
// the start-up time of a one-article run, and the cache also holds the functions that the last run compiled.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// V8 first runs a regular expression in its interpreter and compiles it on the second run; chrono's date patterns
// are large, so a one-article run spent more on that double work than on linting. Compiling them once is cheaper,
// and batches run the same compiled code.
v8.setFlagsFromString('--no-regexp-tier-up');
// V8 optimizes a function once it has run a budget of bytecode; its default suits programs that run for minutes.
// A lint run is over in seconds: with the default, a batch of 200 articles spent a quarter of its CPU time compiling
// code that ran too briefly to pay back. A larger budget keeps more of it in the baseline tier (npm run bench).
v8.setFlagsFromString('--interrupt-budget=600000');

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: this run writes one.
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      const temp = `${cacheFile}.${process.pid}`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A read-only installation runs without the cache.
    }
  });
}
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('../dist', import.meta.url)));
module.exports.run(process.argv.slice(2), (url) => import(url));
