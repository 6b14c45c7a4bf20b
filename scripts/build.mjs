// Bundles the CLI and the library with esbuild (one file to load at start-up instead of hundreds of modules),
// regenerates the .lintrc.json JSON Schema from the rules it bundled, compiles the default knowledge pack, and warms
// the CLI's code cache.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const shared = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Native or heavy modules stay outside and load from node_modules only when a rule needs them;
  // tinypool finds its own worker entry next to itself, so it cannot be bundled.
  external: ['better-sqlite3', 'compromise', 'playwright-core', 'tinypool'],
};

// The library and the one worker-thread entry (batch linting and the language server): ES modules.
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', 'lint-worker': 'src/worker/lint-worker.ts' },
  splitting: true,
  format: 'esm',
  banner: { js: "import { createRequire as __newslintRequire } from 'node:module'; const require = __newslintRequire(import.meta.url);" },
});

// The command line: one CommonJS file, which bin/newslint.js compiles from a V8 code cache (ES modules cannot be).
await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__newslintModuleUrl' },
  banner: { js: "const __newslintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

const { configSchema, allRules, compileDefaultPack } = await import('../dist/index.js');
writeFileSync(new URL('../schemas/lintrc.schema.json', import.meta.url), `${JSON.stringify(configSchema(allRules), null, 2)}\n`);
// Folding the names and expanding the post aliases of the default knowledge pack, done here instead of in every run.
writeFileSync(new URL('../dist/default-pack.compiled.json', import.meta.url), JSON.stringify(compileDefaultPack()));

// One run writes the code cache (dist/cli.cjs.cache), with the functions a typical run compiles.
spawnSync(process.execPath, ['bin/newslint.js', 'examples/council-budget-vote.txt'], { stdio: 'ignore' });
