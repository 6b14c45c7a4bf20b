/**
 * Near-duplicate detection for short passages: word 3-shingles, a MinHash signature of BANDS x ROWS values, and
 * one locality-sensitive hash key per band. Two passages with Jaccard similarity s share at least one band key
 * with probability 1 - (1 - s^ROWS)^BANDS: about 0.97 at s = 0.7, 0.66 at s = 0.5, 0.008 at s = 0.1.
 */
export const SHINGLE_WORDS = 3;
export const BANDS = 8;
export const ROWS = 3;
/** Written into every archive; an archive built with other parameters must be rebuilt. */
export const MINHASH_VERSION = `minhash-1:${SHINGLE_WORDS}:${BANDS}x${ROWS}`;

/** Lower-cased words without punctuation or diacritics: "U.S.-led" -> "us", "led"; "it’s" -> "it", "s". */
export function passageWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[.'’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/** Hashes of the distinct word shingles of a passage (the whole passage when it is shorter than one shingle). */
export function shingleHashes(words: readonly string[]): Set<number> {
  const hashes = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) hashes.add(fnv1a(words.join(' ')));
    return hashes;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** The MinHash signature: for each of BANDS x ROWS hash functions, the least value over the shingles. */
export function signature(shingles: ReadonlySet<number>): Uint32Array {
  const result = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SEEDS.length; i++) {
      const value = mix(shingle ^ SEEDS[i]!);
      if (value < result[i]!) result[i] = value;
    }
  }
  return result;
}

/** One key per band, below 2^47 so SQLite stores it in six bytes. */
export function bandKeys(shingles: ReadonlySet<number>): number[] {
  const values = signature(shingles);
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let high = mix(band + 1);
    let low = mix(band + 0x51ed27);
    for (let row = 0; row < ROWS; row++) {
      const value = values[band * ROWS + row]!;
      high = mix(high ^ value);
      low = mix(low + value);
    }
    keys.push(high * 0x8000 + (low & 0x7fff));
  }
  return keys;
}

/** Jaccard similarity of two shingle sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const hash of small) if (large.has(hash)) shared++;
  return shared / (a.size + b.size - shared);
}
