import { firstStartingAt } from '../text/sorted.js';

/**
 * Clauses inside a sentence, found by punctuation and subordinating words: enough to tell which verb a date
 * belongs to ("officials said | that the base was hit on Sunday").
 */

export interface Clause {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
}

const BOUNDARY =
  /[;:()"“”]|\s[-–—]\s|[–—]|,\s*(?:and|or)\b|\b(?:that|which|who|whom|whose|while|whereas|but|although|though|because|after|before|when|since|until|unless|if|whether)\b/gi;

const cache = new WeakMap<object, { text: string; boundaries: Clause[] }>();

function boundariesOf(owner: object, text: string): Clause[] {
  const cached = cache.get(owner);
  if (cached && cached.text === text) return cached.boundaries;
  const boundaries: Clause[] = [];
  for (const match of text.matchAll(BOUNDARY)) boundaries.push({ start: match.index, end: match.index + match[0].length });
  cache.set(owner, { text, boundaries });
  return boundaries;
}

/** A clause never reaches further than this from its date, so a run-on text without punctuation stays linear. */
const MAX_REACH = 300;

/**
 * The clause of `text` around [start, end): from the last boundary that ends at or before `start` to the first
 * that begins at or after `end`, at most MAX_REACH characters either side. Boundaries inside the range ("the day
 * before") do not split it. `owner` (the sentence) keys a cache, so a sentence is scanned once however many dates
 * it holds.
 */
export function clauseAround(owner: object, text: string, start: number, end: number): Clause {
  const boundaries = boundariesOf(owner, text);
  const next = firstStartingAt(boundaries, end);
  let clauseStart = Math.max(0, start - MAX_REACH);
  for (let i = next - 1; i >= 0; i--) {
    const boundary = boundaries[i]!;
    if (boundary.end <= start) {
      clauseStart = Math.max(clauseStart, boundary.end);
      break;
    }
  }
  const clauseEnd = Math.min(boundaries[next]?.start ?? text.length, end + MAX_REACH);
  return { start: clauseStart, end: clauseEnd };
}
