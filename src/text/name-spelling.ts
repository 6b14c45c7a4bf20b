import { distance } from 'fastest-levenshtein';

/**
 * When two written names are one name spelled two ways. Shared by the in-article check and by checks that compare
 * articles, so "Mohamed"/"Mohammed" and "al-Asad"/"Al-Asad" are judged the same way everywhere.
 */

/** Lower case, no diacritics, letters and digits only: "Ain Al-Asad" → "ainalasad". */
export function foldName(text: string): string {
  const plain = /[^\x00-\x7F]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return plain.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Consonant skeleton that transliteration variants share: doubled letters collapsed, vowels and h, w, y dropped
 * after the first letter ("Mohammed", "Mohamed", "Muhammad" → "mmd"; "Hussein", "Husain" → "hsn").
 */
export function spellingSkeleton(word: string): string {
  const folded = foldName(word).replace(/(.)\1+/g, '$1');
  if (!folded) return '';
  return (folded[0] + folded.slice(1).replace(/[aeiouyhw]/g, '')).replace(/(.)\1+/g, '$1');
}

/** Endings that make a people or an adjective from a place name: "Ukraine" → "Ukrainian", "Sudan" → "Sudanese". */
const DERIVING_ENDING = /(?:ians?|eans?|ans?|ns?|ese|ish|ic|ites?|is?)$/;

/**
 * A place name and the word made from it ("Ukraine"/"Ukrainian", "Chile"/"Chilean"), or two inflections that differ
 * in their final vowel only ("Argentina"/"Argentine", "Roberto"/"Roberta"): related words, not one word respelled.
 */
function isDerivedWord(x: string, y: string): boolean {
  const stem = (word: string) => word.replace(/[aeiouy]$/, '');
  if (x.length === y.length && stem(x) === stem(y) && stem(x) !== x && stem(y) !== y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const ending = DERIVING_ENDING.exec(long.slice(stem(short).length));
  return long.startsWith(stem(short)) && ending?.index === 0;
}

/**
 * True when two different words are plausibly one word spelled two ways: the same skeleton, or one or two edits
 * apart in long words. A word and its longer form ("Israel"/"Israeli", "Houthi"/"Houthis") are different words, and
 * so are a place and its people ("Ukraine"/"Ukrainian").
 */
export function isSpellingVariant(a: string, b: string, minimumLength = 4): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return false;
  const shorter = Math.min(x.length, y.length);
  // "Town12"/"Town13", "F-15"/"F-16": codes and models, not spellings.
  if (shorter < minimumLength || /\d/.test(x) || /\d/.test(y)) return false;
  // "Zelensky"/"Zelenskyy": only a doubled letter apart.
  if (x.replace(/(.)\1+/g, '$1') === y.replace(/(.)\1+/g, '$1')) return true;
  if (x.startsWith(y) || y.startsWith(x) || isDerivedWord(x, y)) return false;
  if (spellingSkeleton(x) === spellingSkeleton(y)) return true;
  const edits = distance(x, y);
  return (edits <= 1 && shorter >= 5) || (edits <= 2 && shorter >= 8);
}

function withoutAcronymDots(word: string): string {
  return /^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '') : word;
}

/** How two spellings of a name differ. */
export type NameDifference =
  /** Only case, spaces, hyphens or diacritics ("Ain al-Asad" / "Ain Al-Asad"). */
  | { kind: 'form' }
  /** One word spelled differently; indexes into the two token lists ("Mohamed" / "Mohammed"). */
  | { kind: 'word'; a: number; b: number };

/**
 * Compares two names given as their words. Returns how they differ when they are one name spelled two ways, and
 * undefined when they are the same spelling, different names ("Joe Biden" / "Hunter Biden"), or a short form of
 * the other ("al-Sudani" / "Mohammed Shia al-Sudani").
 */
export function compareNames(first: readonly string[], second: readonly string[]): NameDifference | undefined {
  // "U.S." and "US" are a style choice, not two spellings of a name.
  const a = first.map(withoutAcronymDots);
  const b = second.map(withoutAcronymDots);
  if (a.join(' ') === b.join(' ')) return undefined;
  if (foldName(a.join('')) === foldName(b.join(''))) return { kind: 'form' };
  if (a.length === 1 && b.length === 1) return isSpellingVariant(a[0]!, b[0]!, 7) ? { kind: 'word', a: 0, b: 0 } : undefined;
  if (a.length < 2 || b.length < 2) return undefined;
  const [short, long, swapped] = a.length <= b.length ? [a, b, false] : [b, a, true];
  const found = alignWithOneChange(short, long);
  if (!found) return undefined;
  return swapped ? { kind: 'word', a: found.long, b: found.short } : { kind: 'word', a: found.short, b: found.long };
}

/**
 * Aligns every word of `short` to a word of `long`, in order and ending on the same last word, with exactly one
 * pair spelled differently. Names have a handful of words, so the search is tiny.
 */
function alignWithOneChange(short: readonly string[], long: readonly string[]): { short: number; long: number } | undefined {
  const same = (i: number, j: number) => foldName(short[i]!) === foldName(long[j]!);
  const search = (i: number, j: number, change: { short: number; long: number } | undefined): { short: number; long: number } | undefined => {
    if (i < 0) return change;
    if (j < i) return undefined;
    const lastWords = i === short.length - 1;
    if (same(i, j)) {
      const matched = search(i - 1, j - 1, change);
      if (matched) return matched;
    } else if (!change && isSpellingVariant(short[i]!, long[j]!)) {
      const matched = search(i - 1, j - 1, { short: i, long: j });
      if (matched) return matched;
    }
    // A word of the long form left out of the short one (a middle name); never the last word.
    return lastWords && j === long.length - 1 ? undefined : search(i, j - 1, change);
  };
  return search(short.length - 1, long.length - 1, undefined);
}
