import type { Token } from './article.js';
import {
  BEFORE_NAME,
  BEFORE_NUMBER,
  BEFORE_NUMBER_CASED,
  DOTTED_INITIALISM,
  DOTTED_NON_FINAL,
  SENTENCE_FINAL,
  SENTENCE_OPENERS,
} from '../text/abbreviations.js';

/** A token with the sentence the parser put it in (-1 between sentences). */
export interface SentenceToken {
  token: Token;
  sentence: number;
}

/** Longest abbreviation read back from its full stop, in tokens ("Ph.D." is four). */
const MAX_ABBREVIATION_TOKENS = 10;

function isFullStop(item: SentenceToken | undefined): boolean {
  return item !== undefined && item.token.type === 'punctuation' && item.token.text === '.';
}

/**
 * The abbreviation whose full stop is at `dot` ("No.", "U.S.") and the index of its first token, or undefined when a
 * word does not end there.
 */
function abbreviationAt(items: readonly SentenceToken[], dot: number): { text: string; first: number } | undefined {
  if (!isFullStop(items[dot]) || items[dot - 1]?.token.type !== 'word') return undefined;
  let first = dot - 1;
  const limit = Math.max(0, dot - MAX_ABBREVIATION_TOKENS);
  while (first > limit && (items[first - 1]!.token.type === 'word' || isFullStop(items[first - 1]))) first--;
  const before = items[first - 1];
  // "re-No." or "x/No." is no abbreviation of ours; white space, an opening bracket or quote is fine.
  if (before && before.token.type !== 'whitespace' && !/^[([{"'“‘«]$/u.test(before.token.text)) return undefined;
  let text = '';
  for (let i = first; i <= dot; i++) text += items[i]!.token.text;
  return { text, first };
}

/** A number with a full stop inside a sentence's line ("ranked No. 1."), not a list marker opening a line. */
function isNumberInLine(items: readonly SentenceToken[], first: number): boolean {
  const space = items[first - 1];
  return space?.token.type === 'whitespace' && space.sentence !== -1 && !/[\r\n]/.test(space.token.text);
}

/** Only white space, within one paragraph line break, between two sentences. */
function onlySpaceBetween(items: readonly SentenceToken[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (items[i]!.token.type !== 'whitespace') return false;
  return true;
}

/** The parser ended a sentence after an abbreviation that never ends one, before a number or a name: join them. */
function joinsAcross(items: readonly SentenceToken[], lastOfFirst: number, firstOfNext: number): boolean {
  if (!onlySpaceBetween(items, lastOfFirst + 1, firstOfNext)) return false;
  const abbreviation = abbreviationAt(items, lastOfFirst);
  const next = items[firstOfNext]!.token;
  if (!abbreviation || next.type !== 'word') return false;
  const word = abbreviation.text.slice(0, -1);
  if (/^\d/.test(next.text)) return BEFORE_NUMBER.has(word.toLowerCase()) || BEFORE_NUMBER_CASED.has(word);
  return /^\p{Lu}/u.test(next.text) && !SENTENCE_OPENERS.has(next.text) && BEFORE_NAME.has(word);
}

/** The parser kept a sentence going after an abbreviation that can end one, before a word that opens sentences. */
function breaksBefore(items: readonly SentenceToken[], opener: number): boolean {
  const item = items[opener]!;
  if (item.token.type !== 'word' || !SENTENCE_OPENERS.has(item.token.text)) return false;
  const space = items[opener - 1];
  if (space?.token.type !== 'whitespace' || space.sentence === -1) return false;
  const abbreviation = abbreviationAt(items, opener - 2);
  if (!abbreviation) return false;
  const { text, first } = abbreviation;
  if (DOTTED_INITIALISM.test(text)) return !DOTTED_NON_FINAL.has(text);
  // The parser reads "1." as an ordinal; in English it is the end of a sentence unless it is a list marker.
  if (/^\d{1,3}\.$/.test(text)) return isNumberInLine(items, first);
  return SENTENCE_FINAL.has(text.slice(0, -1));
}

/**
 * Renumbers the sentences of one paragraph's tokens where parse-english misreads an abbreviation's full stop:
 * "at No. 10 Downing Street" is one sentence, "based in the U.S. It employs 40 people." two. Only the full stop of a
 * listed abbreviation is reconsidered, so an unlisted one keeps the parser's reading. Linear in the tokens.
 */
export function repairAbbreviationBreaks(items: SentenceToken[]): void {
  let id = -1;
  let parsed: number | undefined;
  let last = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.sentence === -1) continue;
    if (item.sentence !== parsed) {
      parsed = item.sentence;
      if (last >= 0 && joinsAcross(items, last, i)) {
        for (let k = last + 1; k < i; k++) items[k]!.sentence = id;
      } else id++;
    } else if (breaksBefore(items, i)) id++;
    item.sentence = id;
    last = i;
  }
}
