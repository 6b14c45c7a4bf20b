import { parse as parseYaml } from 'yaml';
import type { FrontMatter } from './article.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** YAML front matter at the very start of a Markdown file; a block that is not a YAML mapping is ignored. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, start: 0, end: match[0].length };
}

/** Replaces a range with spaces, keeping line breaks, so every other offset stays valid. */
export function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
