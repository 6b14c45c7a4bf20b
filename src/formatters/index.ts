import type { Formatter, StreamingFormatter } from './result.js';
import { stylish, stylishStream } from './stylish.js';
import { json } from './json.js';
import { unix, unixStream } from './unix.js';
import { sarif } from './sarif.js';
import { github, githubStream } from './github.js';

export const formatters: Record<string, Formatter> = { stylish, json, unix, sarif, github };

/** Formats that can be written file by file while a run goes on. */
export const streamingFormatters: Record<string, StreamingFormatter> = { stylish: stylishStream, unix: unixStream, github: githubStream };

/** Formats whose report never shows the article text, so a run need not carry each article's text to the report. */
export const formatsWithoutSource: ReadonlySet<string> = new Set(['stylish', 'json', 'unix', 'sarif', 'github']);
