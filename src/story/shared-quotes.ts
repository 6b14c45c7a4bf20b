import { foldName } from '../text/name-spelling.js';

/**
 * Quotations that two articles share: the same words, or one a stretch of the other ("worked through the night" in
 * one, the whole sentence in another). Found through runs of four words, so the work is linear in the quoted text.
 */

/** A quotation of one article, by the article's position in the story. */
export interface QuotedText {
  article: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SHINGLE = 4;
/** Quotations shorter than this are stock phrases ("appropriate measures") that anyone might say. */
export const MIN_SHARED_WORDS = 6;
/** Share of the shorter quotation's four-word runs that the longer one must contain. */
const MIN_OVERLAP = 0.6;
/** Quotations an article brings to one four-word run: a run quoted over and over cannot make the pairs quadratic. */
const MAX_PER_ARTICLE = 4;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => foldName(word));
}

function shinglesOf(words: readonly string[]): Set<string> {
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  return shingles;
}

/** Groups of quotations (indexes into `quotes`) from at least two articles that quote the same words. */
export function sharedQuotations(quotes: readonly QuotedText[]): number[][] {
  const shingles = quotes.map((quote) => {
    const words = wordsOf(quote.text);
    return words.length >= MIN_SHARED_WORDS ? shinglesOf(words) : new Set<string>();
  });
  const byShingle = new Map<string, number[]>();
  const taken = new Map<string, number>();
  shingles.forEach((own, index) => {
    for (const shingle of own) {
      const key = `${quotes[index]!.article}:${shingle}`;
      const count = taken.get(key) ?? 0;
      if (count >= MAX_PER_ARTICLE) continue;
      taken.set(key, count + 1);
      const list = byShingle.get(shingle);
      if (list) list.push(index);
      else byShingle.set(shingle, [index]);
    }
  });
  const parent = quotes.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const tried = new Set<string>();
  for (const list of byShingle.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (quotes[a]!.article === quotes[b]!.article || tried.has(`${a}:${b}`)) continue;
        tried.add(`${a}:${b}`);
        const [shorter, longer] = shingles[a]!.size <= shingles[b]!.size ? [shingles[a]!, shingles[b]!] : [shingles[b]!, shingles[a]!];
        let shared = 0;
        for (const shingle of shorter) if (longer.has(shingle)) shared++;
        if (shared / shorter.size >= MIN_OVERLAP) parent[root(b)] = root(a);
      }
    }
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((_, index) => {
    if (shingles[index]!.size === 0) return;
    const group = groups.get(root(index));
    if (group) group.push(index);
    else groups.set(root(index), [index]);
  });
  return [...groups.values()].filter((group) => new Set(group.map((index) => quotes[index]!.article)).size >= 2);
}
