import { main } from './cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newslint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.NEWSLINT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 2;
  },
);
