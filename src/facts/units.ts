import type { WordToken } from '../text/words.js';
import { firstStartingAt } from '../text/sorted.js';

/**
 * The attribution patterns read a sentence as the shared word tokens (`article.facts.words`): whole words and
 * numbers ("U.S.", "al-Sudani", "Iraq’s", "2,500") and single punctuation marks, offsets into `sentence.text`.
 */
export type Unit = WordToken;

/** A word or a number, not punctuation. */
export function isWord(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.kind !== 'punct';
}

export function isCapitalized(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'word' && /^\p{Lu}/u.test(unit.text);
}

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

export function isQuoteMark(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'punct' && QUOTE_MARKS.has(unit.text);
}

/** Index of the first unit whose start is at or after `offset` (units are sorted). */
export function unitAt(units: readonly Unit[], offset: number): number {
  return firstStartingAt(units, offset);
}
