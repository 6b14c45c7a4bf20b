import type { BlockKind } from '../article/article.js';

/**
 * A light word tokenizer for the facts that read phrases (quantities, names): one regex pass, offsets into the
 * scanned text. Unlike the nlcst tokens it keeps "2,500", "U.S.", "al-Sudani" and "twenty-one" whole.
 */

export type WordKind = 'number' | 'word' | 'punct';

export interface WordToken {
  kind: WordKind;
  text: string;
  /** Lower case, with dots of abbreviations ("U.S." → "us") and curly apostrophes normalised. */
  lower: string;
  /** Offsets into the scanned text. */
  start: number;
  end: number;
}

const TOKEN =
  /(\d+(?:[.,]\d+)*)|((?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*)|(\S)/gu;

/** Abbreviations whose period belongs to the word ("Gen.", "Sgt."), so it does not end a phrase. */
const ABBREVIATIONS = new Set([
  'adm', 'capt', 'cmdr', 'col', 'cpl', 'dr', 'gen', 'gov', 'jr', 'lt', 'maj', 'mr', 'mrs', 'ms', 'no', 'pfc',
  'prof', 'pvt', 'rep', 'rev', 'sen', 'sgt', 'sr', 'st', 'supt',
]);

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes('.') && !lower.includes('’')) return lower;
  return lower.replace(/’/g, "'").replace(/\./g, '');
}

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    let value = match[0];
    const kind: WordKind = match[1] ? 'number' : match[2] ? 'word' : 'punct';
    // A single initial ("E.") or a known abbreviation keeps its period.
    if (kind === 'word' && text[start + value.length] === '.' && (/^\p{Lu}$/u.test(value) || ABBREVIATIONS.has(value.toLowerCase()))) {
      value += '.';
    }
    const previous = tokens[tokens.length - 1];
    if (kind === 'punct' && value === '.' && previous && previous.end > start) continue;
    tokens.push({ kind, text: value, lower: lowerOf(value), start, end: start + value.length });
  }
  return tokens;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** True when nothing but spaces or tabs lie between two tokens (no line break, no punctuation). */
export function adjacentOnOneLine(text: string, left: WordToken, right: WordToken): boolean {
  return /^[ \t\u00A0]*$/.test(text.slice(left.end, right.start));
}

/** Blocks that can be written in headline style: short lines and headings. */
export function isHeadlineKind(kind: BlockKind): boolean {
  return kind === 'line' || kind === 'heading';
}

/**
 * Headline style: a headline, subhead or heading in which every word of four letters or more is capitalised
 * ("Militias Launch Missile Attack on Base"). Prose is never headline style, however many names a sentence holds.
 */
export function isTitleCase(kind: BlockKind, tokens: readonly WordToken[]): boolean {
  if (!isHeadlineKind(kind)) return false;
  let long = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 4) continue;
    // "al-Sudani" keeps its lower-case particle even in a headline.
    if (!isCapitalized(token.text) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(token.text)) return false;
    long++;
  }
  return long >= 2;
}
