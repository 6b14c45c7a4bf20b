import type { Sentence } from '../article/article.js';
import { lazyMatcher } from '../text/phrase-matcher.js';
import { isCapitalized, isWord, type Unit } from './units.js';
import { documentNouns, institutionNouns, organizationWords, personTitles, sourcePronouns } from '../../rules/data/sources.js';
import { anonymousDeterminers, anonymousHeads, knowledgeQualifiers, qualifiedOnlyHeads, unnamedModifiers } from '../../rules/data/anonymous-sources.js';
import { vagueGroups, vaguePhrases } from '../../rules/data/vague-attribution.js';

export type SourceKind =
  /** A named person ("Col. Wayne Marotto", "Smith"). */
  | 'person'
  /** A named organisation, or an institution or group speaking for one ("the Pentagon", "the ministry", "officials"). */
  | 'organization'
  /** An unnamed, counted source ("a US official", "two people familiar with the talks"). */
  | 'anonymous'
  /** A document or data set ("a statement", "the report", "figures"). */
  | 'document'
  /** "he", "she", "they", "it": stands for a source named before. */
  | 'pronoun'
  /** A group that names no one ("experts", "critics", "reports"). */
  | 'vague'
  /** Any other noun phrase ("witnesses", "the man's lawyer"). */
  | 'other';

export interface Source {
  kind: SourceKind;
  /** The source phrase as written. */
  text: string;
  /** Source offsets of the phrase. */
  start: number;
  end: number;
  /** For a pronoun or a bare surname: the source named earlier that it stands for. */
  refersTo?: Source;
}

/** A source found in a sentence, with the unit range it was read from (where reasons for anonymity may be). */
export interface FoundSource {
  source: Source;
  /** Unit range [from, to) of the whole source phrase, relative clauses included. */
  from: number;
  to: number;
}

const TITLES = new Set(personTitles);
const ORGANIZATION_WORDS = new Set(organizationWords);
const INSTITUTIONS = new Set(institutionNouns);
const DOCUMENTS = new Set(documentNouns);
const PRONOUNS = new Set(sourcePronouns);
const ANONYMOUS_HEADS = new Set(anonymousHeads);
const QUALIFIED_ONLY = new Set(qualifiedOnlyHeads);
const ANONYMOUS_DETERMINERS = new Set(anonymousDeterminers);
const UNNAMED = new Set(unnamedModifiers);
const VAGUE_GROUPS = new Set([...vagueGroups, ...vaguePhrases].map((entry) => entry.phrase.toLowerCase()).concat(['reports', 'media reports', 'sources']));
const qualifierMatcher = lazyMatcher(() => knowledgeQualifiers.map((phrase) => ({ phrase, data: phrase })));
/** Lower-case words that may sit inside a name ("Islamic Resistance in Iraq", "Mohammed bin Salman"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'in', 'al', 'bin', 'ibn', 'de', 'da', 'del', 'van', 'von', 'der', 'le', 'la', 'on']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);
/** Words after an anonymous head that keep it a noun ("an official who ...", "a source familiar with"), not an adjective ("an official statement"). */
const HEAD_FOLLOWERS = new Set(['who', 'that', 'with', 'from', 'at', 'in', 'for', 'of', 'familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'speaking', 'on', 'to', 'privy', 'and', 'also', 'aware', 'based', 'travelling', 'traveling', 'told', 'said', 'says']);

const NAME_WORD = /^(?:\p{Lu}|(?:al|el|bin|ibn)[-‑]\p{Lu})/u;

/** Names seen so far in the article, so a later bare surname ("Marotto said") is known to be a person. */
export class NameRegistry {
  private readonly surnames = new Map<string, Source>();
  lastPerson?: { source: Source; block: number };
  lastGroup?: { source: Source; block: number };

  addPerson(source: Source, block: number): void {
    const words = source.text.split(/\s+/).filter((word) => NAME_WORD.test(word) && !TITLES.has(word.toLowerCase().replace(/\.$/, '')));
    const surname = words[words.length - 1];
    if (surname) {
      this.surnames.set(surname.toLowerCase(), source);
      const bare = surname.replace(/^(?:al|el|bin|ibn)[-‑]/i, '');
      if (bare !== surname) this.surnames.set(bare.toLowerCase(), source);
    }
    this.lastPerson = { source, block };
  }

  person(word: string): Source | undefined {
    return this.surnames.get(word.toLowerCase().replace(/['’]s$/, ''));
  }
}

function span(sentence: Sentence, units: readonly Unit[], from: number, to: number): { text: string; start: number; end: number } {
  const [start, end] = sentence.view.range(units[from]!.start, units[to - 1]!.end);
  return { text: sentence.text.slice(units[from]!.start, units[to - 1]!.end), start, end };
}

/** A capitalised word, or a name particle joined to one ("al-Sudani"). */
function isNamePart(unit: Unit | undefined): boolean {
  return isCapitalized(unit) || (isWord(unit) && /^(?:al|el|bin|ibn|de|van|von|le)[-‑]\p{Lu}/u.test(unit.text));
}

/** The anonymous source in [from, to), if any: a counted or qualified unnamed official, source, diplomat ... */
function anonymousIn(units: readonly Unit[], from: number, to: number, text: string, hasMarker: boolean): [number, number] | undefined {
  for (let head = from; head < to; head++) {
    const unit = units[head]!;
    if (!isWord(unit) || !ANONYMOUS_HEADS.has(unit.lower)) continue;
    const next = units[head + 1];
    if (head + 1 < to && isWord(next) && !HEAD_FOLLOWERS.has(next.lower)) continue;
    // Named in apposition: "a US official, John Smith, said".
    if (next?.text === ',' && isCapitalized(units[head + 2]) && isCapitalized(units[head + 3])) continue;
    if (next?.lower === 'named' || next?.lower === 'identified') continue;
    let determiner = -1;
    let unnamed = false;
    for (let k = head - 1; k >= Math.max(from, head - 5); k--) {
      const before = units[k]!;
      if (!isWord(before)) break;
      if (UNNAMED.has(before.lower)) unnamed = true;
      if (ANONYMOUS_DETERMINERS.has(before.lower) || DETERMINERS.has(before.lower)) {
        determiner = k;
        break;
      }
    }
    const qualifier = qualifierMatcher().match(text.slice(unit.end, unit.end + 40)).find((match) => match.start <= 1);
    const counted = determiner >= 0 && ANONYMOUS_DETERMINERS.has(units[determiner]!.lower) && !QUALIFIED_ONLY.has(unit.lower);
    if (!counted && !unnamed && !qualifier && !(hasMarker && !QUALIFIED_ONLY.has(unit.lower))) continue;
    let end = head + 1;
    if (qualifier) {
      const stop = unit.end + qualifier.end;
      while (end < to && units[end]!.end <= stop) end++;
      // The object of the qualifier: "familiar with the talks".
      for (let extra = 0; extra < 4 && end < to && isWord(units[end]) && !HEAD_FOLLOWERS.has(units[end]!.lower); extra++) end++;
    }
    const start = determiner >= 0 ? determiner : head;
    return [start, end];
  }
  return undefined;
}

/** The capitalised name run that ends at or after `at`, extended left over titles ("Marine Gen. Michael E. Langley"). */
function nameRunAround(units: readonly Unit[], from: number, to: number, at: number): [number, number] {
  let start = at;
  let end = at + 1;
  while (end < to && (isNamePart(units[end]) || (NAME_CONNECTORS.has(units[end]!.lower) && isNamePart(units[end + 1])))) end++;
  while (start > from) {
    const before = units[start - 1]!;
    if (isNamePart(before) || (isWord(before) && TITLES.has(before.lower))) start--;
    else if (isWord(before) && NAME_CONNECTORS.has(before.lower) && isNamePart(units[start - 2])) start--;
    else break;
  }
  return [start, end];
}

function nameKind(units: readonly Unit[], start: number, end: number, registry: NameRegistry): { kind: SourceKind; refersTo?: Source } {
  const words = units.slice(start, end).filter(isWord);
  if (words.some((word) => ORGANIZATION_WORDS.has(word.lower))) return { kind: 'organization' };
  if (words.some((word) => TITLES.has(word.lower))) return { kind: 'person' };
  const capitalized = words.filter((word) => isCapitalized(word) && !DETERMINERS.has(word.lower));
  if (capitalized.length === 1) {
    const known = registry.person(capitalized[0]!.text);
    return known ? { kind: 'person', refersTo: known } : { kind: 'organization' };
  }
  // All-capital words are abbreviations of organisations ("NATO", "US"), not first names.
  if (capitalized.some((word) => /^[\p{Lu}.]{2,}$/u.test(word.text))) return { kind: 'organization' };
  return { kind: 'person' };
}

/** True when a capitalised word is a name rather than an ordinary word capitalised at the start of the sentence. */
function isNameWord(units: readonly Unit[], index: number): boolean {
  const unit = units[index]!;
  if (!isNamePart(unit) || DETERMINERS.has(unit.lower) || PRONOUNS.has(unit.lower)) return false;
  if (index > 0) return true;
  const lower = unit.lower;
  if (INSTITUTIONS.has(lower) || DOCUMENTS.has(lower) || ANONYMOUS_HEADS.has(lower) || TITLES.has(lower)) return isCapitalized(units[1]);
  return true;
}

export type ReadFrom = 'start' | 'end';

/**
 * Classifies the source phrase in units [from, to). Anonymous sources win wherever they are; otherwise the
 * evidence nearest the reporting verb wins: `end` for a subject before the verb, `start` for a phrase after it
 * ("according to ...") or for the subject of a clause whose verb comes later.
 */
export function classifySource(
  sentence: Sentence,
  units: readonly Unit[],
  from: number,
  to: number,
  readFrom: ReadFrom,
  registry: NameRegistry,
  hasMarker: boolean,
): FoundSource | undefined {
  while (from < to && (!isWord(units[from]) || ['and', 'but', 'or', 'so', 'however', 'while'].includes(units[from]!.lower))) from++;
  while (to > from && !isWord(units[to - 1])) to--;
  if (from >= to) return undefined;
  const text = sentence.text;
  const found = (kind: SourceKind, start: number, end: number, refersTo?: Source): FoundSource => ({
    source: { kind, ...span(sentence, units, start, end), ...(refersTo ? { refersTo } : {}) },
    from,
    to,
  });

  const anonymous = anonymousIn(units, from, to, text, hasMarker);
  if (anonymous) return found('anonymous', anonymous[0], anonymous[1]);

  const whole = text.slice(units[from]!.start, units[to - 1]!.end).toLowerCase();
  if (VAGUE_GROUPS.has(whole)) return found('vague', from, to);

  if (to - from === 1 && PRONOUNS.has(units[from]!.lower)) return found('pronoun', from, to);

  const step = readFrom === 'end' ? -1 : 1;
  for (let i = readFrom === 'end' ? to - 1 : from; i >= from && i < to; i += step) {
    const unit = units[i]!;
    if (!isWord(unit)) continue;
    if (readFrom === 'start' && i === from && PRONOUNS.has(unit.lower)) return found('pronoun', i, i + 1);
    // A possessive before a noun modifies it ("Reilly's lawyer", "Iraq's military"); the noun is the source.
    const possessive = /['’]s$/.test(unit.lower) && isWord(units[i + 1]) && !isNamePart(units[i + 1]);
    if (isNameWord(units, i) && !possessive) {
      const [start, end] = nameRunAround(units, from, to, i);
      const { kind, refersTo } = nameKind(units, start, end, registry);
      const withDeterminer = start > from && units[start - 1]!.lower === 'the' ? start - 1 : start;
      return found(kind, kind === 'organization' ? withDeterminer : start, end, refersTo);
    }
    if (INSTITUTIONS.has(unit.lower) || DOCUMENTS.has(unit.lower)) {
      // Read forwards, the head is the last of a run of such nouns ("the national statistics office", "court records").
      let head = i;
      while (readFrom === 'start' && head + 1 < to && isWord(units[head + 1]) && (INSTITUTIONS.has(units[head + 1]!.lower) || DOCUMENTS.has(units[head + 1]!.lower))) head++;
      const kind = INSTITUTIONS.has(units[head]!.lower) ? 'organization' : 'document';
      return found(kind, nounPhraseStart(units, from, i), head + 1);
    }
  }
  return found('other', from, to);
}

/** Start of the short noun phrase ending at `head`: back over a determiner and modifiers ("the health ministry"). */
function nounPhraseStart(units: readonly Unit[], from: number, head: number): number {
  let start = head;
  for (let k = head - 1; k >= Math.max(from, head - 3); k--) {
    const unit = units[k]!;
    if (!isWord(unit)) break;
    start = k;
    if (DETERMINERS.has(unit.lower)) break;
  }
  return start;
}

/** People named with a title anywhere in the sentence ("Col. Wayne Marotto", "Prime Minister X"), for later surnames. */
export function namesIn(sentence: Sentence, units: readonly Unit[]): Source[] {
  const names: Source[] = [];
  const registry = new NameRegistry();
  for (let i = 0; i + 1 < units.length; i++) {
    if (!isWord(units[i]) || !TITLES.has(units[i]!.lower) || !isNamePart(units[i + 1])) continue;
    const [start, end] = nameRunAround(units, 0, units.length, i + 1);
    if (nameKind(units, start, end, registry).kind === 'person') names.push({ kind: 'person', ...span(sentence, units, start, end) });
    i = end - 1;
  }
  return names;
}
