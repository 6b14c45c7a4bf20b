import { nameParticles, nameSuffixes, personTitles } from '../../rules/data/role-context.js';

const fold = (word: string) => word.toLowerCase().replace(/\./g, '');
const TITLES = new Set(personTitles.map(fold));
const SUFFIXES = new Set(nameSuffixes.map(fold));
const PARTICLES = new Set(nameParticles);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A name token lower-cased, without diacritics, dots or edge punctuation: "Gen." -> "gen", "Jean-Pierre" -> "jean-pierre". */
export function foldNameToken(token: string): string {
  const folded = token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '');
  let start = 0;
  let end = folded.length;
  while (start < end && !LETTER_OR_DIGIT.test(folded[start]!)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(folded[end - 1]!)) end--;
  return folded.slice(start, end);
}

export function isPersonTitle(token: string): boolean {
  return TITLES.has(foldNameToken(token));
}

export function isNameParticle(token: string): boolean {
  return PARTICLES.has(token);
}

/**
 * The tokens that identify a person: leading titles and ranks, middle initials and suffixes dropped, leading
 * initials joined ("J. D. Vance" -> ["jd", "vance"]). "Marine Gen. Michael E. Langley" -> ["michael", "langley"].
 */
export function significantNameTokens(name: string): string[] {
  const tokens = name.split(/\s+/).map(foldNameToken).filter(Boolean);
  let index = 0;
  while (index < tokens.length - 1 && TITLES.has(tokens[index]!)) index++;
  const kept: string[] = [];
  let initials = '';
  for (const token of tokens.slice(index)) {
    const initial = /^\p{L}$/u.test(token);
    if (initial && kept.length === 0) {
      initials += token;
      continue;
    }
    if (initials) {
      kept.push(initials);
      initials = '';
    }
    if (initial || SUFFIXES.has(token) || PARTICLES.has(token)) continue;
    kept.push(token);
  }
  if (initials) kept.push(initials);
  return kept;
}

/** "first last" for a full name, the single token for a bare surname, undefined for no name at all. */
export function personNameKey(name: string): string | undefined {
  const tokens = significantNameTokens(name);
  if (tokens.length === 0) return undefined;
  return tokens.length === 1 ? tokens[0] : `${tokens[0]} ${tokens[tokens.length - 1]}`;
}
