import { createRequire } from 'node:module';

/** The part of compromise this module uses. */
type Compromise = (text: string) => { has(match: string): boolean };

let compromise: Compromise | undefined;

/** compromise costs ~150 ms to load, so it is loaded on the first question only, from its CommonJS build. */
function nlp(): Compromise {
  return (compromise ??= createRequire(import.meta.url)('compromise') as Compromise);
}

/**
 * True when compromise's lexicon knows the name as a place (country, city, region, US state).
 * Meant for a handful of candidates a rule has already narrowed down, not for running text.
 */
export function isKnownPlace(name: string): boolean {
  return nlp()(name).has('#Place');
}
