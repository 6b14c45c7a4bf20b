import type { Sentence } from '../article/article.js';

/**
 * A sentence's tokens regrouped into the units attribution patterns read: whole words ("U.S.", "al-Asad",
 * "Iraq’s", "2,500", "1:05") and single punctuation marks. Offsets are into `sentence.text`.
 */
export interface Unit {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct';
}

/** Abbreviations whose period belongs to the word ("Gen.", "Mr.", "Jan."). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'rep', 'sen', 'gov', 'pres',
  'prof', 'rev', 'st', 'jr', 'sr', 'no', 'inc', 'corp', 'co', 'ltd', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'dept', 'govt',
]);

const JOINERS = new Set(['-', "'", '’', '.', '‑']);

function isDigits(text: string | undefined): boolean {
  return text !== undefined && /^\d+$/.test(text);
}

/** Groups the tokens of `sentence` into units; linear in the number of tokens. */
export function unitsOf(sentence: Sentence): Unit[] {
  const tokens = sentence.tokens;
  const units: Unit[] = [];
  let offset = 0;
  const starts: number[] = [];
  for (const token of tokens) {
    starts.push(offset);
    offset += token.text.length;
  }
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.type === 'whitespace') {
      i++;
      continue;
    }
    if (token.type !== 'word') {
      units.push(unit(sentence, starts[i]!, starts[i]! + token.text.length, 'punct'));
      i++;
      continue;
    }
    let j = i;
    // Extend over joiner + word pairs: "al-Asad", "U.S", "Iraq’s", "2,500", "5.5", "1:05".
    for (;;) {
      const joiner = tokens[j + 1];
      const next = tokens[j + 2];
      if (!joiner || !next || next.type !== 'word') break;
      const digitsJoin = isDigits(tokens[j]!.text) && isDigits(next.text) && (joiner.text === ':' || (joiner.text === ',' && next.text.length === 3));
      if (!JOINERS.has(joiner.text) && !digitsJoin) break;
      j += 2;
    }
    const wordEnd = starts[j]! + tokens[j]!.text.length;
    const word = sentence.text.slice(starts[i]!, wordEnd);
    // A period after an abbreviation belongs to it, unless it is the one that ends the sentence.
    const ownsPeriod =
      tokens[j + 1]?.text === '.' &&
      j + 2 < tokens.length &&
      (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(word));
    units.push(unit(sentence, starts[i]!, ownsPeriod ? wordEnd + 1 : wordEnd, 'word'));
    i = ownsPeriod ? j + 2 : j + 1;
  }
  return units;
}

function unit(sentence: Sentence, start: number, end: number, kind: Unit['kind']): Unit {
  const text = sentence.text.slice(start, end);
  return { text, lower: text.toLowerCase().replace(/’/g, "'"), start, end, kind };
}

export function isCapitalized(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'word' && /^\p{Lu}/u.test(unit.text);
}

export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

export function isQuoteMark(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'punct' && QUOTE_MARKS.has(unit.text);
}

/** Index of the first unit whose start is at or after `offset` (units are sorted). */
export function unitAt(units: readonly Unit[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
