// Bundles the CLI and the library with esbuild: one file to load at start-up instead of hundreds of modules.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'lsp-worker': 'src/lsp/lint-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // Native or heavy modules stay outside and load from node_modules only when a rule needs them;
  // tinypool finds its own worker entry next to itself, so it cannot be bundled.
  external: ['better-sqlite3', 'compromise', 'playwright-core', 'tinypool'],
  banner: { js: "import { createRequire as __newslintRequire } from 'node:module'; const require = __newslintRequire(import.meta.url);" },
});
