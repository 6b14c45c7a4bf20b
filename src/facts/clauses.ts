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

/**
 * The clause of `text` around [start, end): from the last boundary that ends at or before `start` to the first
 * that begins at or after `end`. Boundaries inside the range ("the day before") do not split it.
 * `owner` (the sentence) keys a cache, so a sentence is scanned once however many dates it holds.
 */
export function clauseAround(owner: object, text: string, start: number, end: number): Clause {
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (const boundary of boundariesOf(owner, text)) {
    if (boundary.end <= start) clauseStart = boundary.end;
    else if (boundary.start >= end) {
      clauseEnd = boundary.start;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
