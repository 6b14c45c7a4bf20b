import { main } from './cli/main.js';
import { useModuleImporter, type ModuleImporter } from './config/plugins.js';

/**
 * Runs the command line. The launcher (bin/newslint.js) compiles this bundle from a V8 code cache, and code compiled
 * that way cannot use `import()` itself, so the launcher lends its own for plugins.
 */
export function run(argv: string[], importModule: ModuleImporter): void {
  useModuleImporter(importModule);
  // A reader that stops early (`newslint … | head`) closes the pipe: the rest of the report is dropped, while the
  // run goes on to its true exit code (a pre-commit hook with pipefail still fails on errors).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`newslint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.NEWSLINT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 2;
    },
  );
}
