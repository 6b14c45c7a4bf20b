// Bundles the CLI and the library with esbuild (one file to load at start-up instead of hundreds of modules),
// then regenerates the .lintrc.json JSON Schema from the rules it bundled.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'lint-worker': 'src/cli/lint-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Native or heavy modules stay outside and load from node_modules only when a rule needs them;
  // tinypool finds its own worker entry next to itself, so it cannot be bundled.
  external: ['better-sqlite3', 'compromise', 'playwright-core', 'tinypool'],
  banner: { js: "import { createRequire as __newslintRequire } from 'node:module'; const require = __newslintRequire(import.meta.url);" },
});

const { configSchema, builtinRules } = await import('../dist/index.js');
writeFileSync(new URL('../schemas/lintrc.schema.json', import.meta.url), `${JSON.stringify(configSchema(builtinRules), null, 2)}\n`);
