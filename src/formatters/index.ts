import type { Formatter } from './result.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { unix } from './unix.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export const formatters: Record<string, Formatter> = { stylish, json, unix, sarif, github };

/** Formatters too large for the start-up path of the others: loaded only when asked for. */
const lazyFormatters: Record<string, () => Promise<Formatter>> = {
  html: async () => (await import('./html.js')).html,
};

export const formatterNames: readonly string[] = [...Object.keys(formatters), ...Object.keys(lazyFormatters)];

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  if (Object.hasOwn(formatters, name)) return formatters[name];
  return Object.hasOwn(lazyFormatters, name) ? lazyFormatters[name]!() : undefined;
}
