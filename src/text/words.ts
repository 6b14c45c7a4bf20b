import type { BlockKind } from '../article/article.js';
import { BEFORE_NAME, BEFORE_NUMBER_CASED, NAME_SUFFIXES } from './abbreviations.js';

/**
 * A light word tokenizer for the facts that read phrases (quantities, names): one pass by character code, offsets
 * into the scanned text. Unlike the nlcst tokens it keeps "2,500", "U.S.", "al-Sudani" and "twenty-one" whole.
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

/** Abbreviations whose period belongs to the word ("Gen.", "Sgt.", "No."), so it does not end a phrase. */
const ABBREVIATIONS = new Set([...BEFORE_NAME, ...BEFORE_NUMBER_CASED, ...NAME_SUFFIXES].map((word) => word.toLowerCase()));

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes('.') && !lower.includes('’')) return lower;
  return lower.replace(/’/g, "'").replace(/\./g, '');
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII is tested by code; anything else by a Unicode class, one character at a time. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return isAsciiLetter(code) || (code > 127 && LETTER.test(String.fromCodePoint(text.codePointAt(i)!)));
}

/** Length of the letter, mark or digit at `i` (2 for a surrogate pair), or 0. */
function wordPartAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code) || isDigit(code)) return 1;
  if (code <= 127 || Number.isNaN(code)) return 0;
  const char = String.fromCodePoint(text.codePointAt(i)!);
  return WORD_PART.test(char) ? char.length : 0;
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[i]!));
}

/** End of the word that starts with a letter at `i`: letters, marks and digits, joined by ' ’ or - to more letters. */
function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    let step = wordPartAt(text, j);
    while (step > 0) {
      j += step;
      step = wordPartAt(text, j);
    }
    const joiner = text[j];
    if ((joiner === "'" || joiner === '’' || joiner === '-') && isLetterAt(text, j + 1)) j++;
    else return j;
  }
}

/** End of "U.S." or "a.m." starting at `i` (two or more letters each followed by a period), or `i`. */
function initialsEnd(text: string, i: number): number {
  let j = i;
  while (isLetterAt(text, j) && text[j + 1] === '.' && text.codePointAt(j)! < 0x10000) j += 2;
  return j - i >= 4 ? j : i;
}

/** Splits text into numbers ("2,500", "1.5"), words ("U.S.", "al-Sudani", "twenty-one") and single punctuation marks. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const push = (kind: WordKind, start: number, end: number) => {
    const value = text.slice(start, end);
    tokens.push({ kind, text: value, lower: kind === 'punct' ? value : lowerOf(value), start, end });
  };
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      let j = i + 1;
      for (;;) {
        while (isDigit(text.charCodeAt(j))) j++;
        if ((text[j] === '.' || text[j] === ',') && isDigit(text.charCodeAt(j + 1))) j++;
        else break;
      }
      push('number', i, j);
      i = j;
    } else if (isLetterAt(text, i)) {
      let end = initialsEnd(text, i);
      if (end === i) {
        end = wordEnd(text, i);
        // A single initial ("E.") or a known abbreviation keeps its period.
        const word = text.slice(i, end);
        if (text[end] === '.' && ((end - i === 1 && isCapitalized(word)) || ABBREVIATIONS.has(word.toLowerCase()))) end++;
      }
      push('word', i, end);
      i = end;
    } else {
      const end = i + String.fromCodePoint(text.codePointAt(i)!).length;
      push('punct', i, end);
      i = end;
    }
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
