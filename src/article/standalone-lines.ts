import type { Token } from './article.js';
import type { SentenceToken } from './abbreviation-breaks.js';

/** A line shorter than this that ends without terminal punctuation stands on its own (headline, dateline, chrome). */
const SHORT_LINE = 60;
export const TERMINAL = /[.!?…]["'”’)\]]*$/;
const BULLET = /^[•·▪‣◦\-–*]\s/;

export function lineBreakCount(token: Token): number {
  if (token.type !== 'whitespace') return 0;
  let count = 0;
  for (let i = 0; i < token.text.length; i++) {
    const c = token.text[i];
    if (c === '\n' || (c === '\r' && token.text[i + 1] !== '\n')) count++;
  }
  return count;
}

/**
 * True when the line break at `lineBreak` ends a line that stands on its own (`line`, trimmed): a short line without
 * terminal punctuation that the next line does not continue, or any line before a bullet.
 */
export function standsAlone(line: string, tokens: readonly SentenceToken[], lineBreak: number): boolean {
  const next = tokens[lineBreak + 1]?.token.text ?? '';
  let nextLine = '';
  for (let i = lineBreak + 1; i < lineBreak + 4 && i < tokens.length; i++) nextLine += tokens[i]!.token.text;
  const continues = /^\p{Ll}/u.test(nextLine.trimStart()) || /[,;–-]$/.test(line);
  return (line.length < SHORT_LINE && !TERMINAL.test(line) && !continues) || BULLET.test(nextLine) || next === '•';
}
