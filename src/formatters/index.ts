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

/** Formatters too large for the start-up path of the others: loaded only when asked for. */
const lazyFormatters: Record<string, () => Promise<Formatter>> = {
  html: async () => (await import('./html.js')).html,
};

export const formatterNames: readonly string[] = [...Object.keys(formatters), ...Object.keys(lazyFormatters)];

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  if (Object.hasOwn(formatters, name)) return formatters[name];
  return Object.hasOwn(lazyFormatters, name) ? lazyFormatters[name]!() : undefined;
}
