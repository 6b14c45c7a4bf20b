import type { Sentence } from '../article/article.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrase-matcher.js';
import { clauseAround, type Clause } from './clauses.js';
import { BACK_REFERENCE_FAMILIES, EVENT_WORDS, type EventFamily, type EventWord } from './data/event-words.js';
import { DAY_KINDS, RELATIVE_KINDS, type ResolvedDate } from './resolve-dates.js';
import { hasOtherVerb, isPastForm } from './tense.js';
import { monthNumber, weekdayNumber } from '../text/calendar.js';
import type { WordToken } from '../text/words.js';
import { alternation } from '../text/regexp.js';
import { firstEndingAfter, firstStartingAt } from '../text/sorted.js';

/** Where an event happened or what it hit ("Iraq's Ain al-Asad air base", "the base"). */
export interface EventTarget {
  text: string;
  /** Distinctive name words, lower-cased, without region possessives ("Iraq's") or short particles ("al"). */
  names: string[];
  /** The phrase's last word, lower-cased ("base"). */
  head: string;
  headIsName: boolean;
  /** Introduced by "the", "this" or "that". */
  definite: boolean;
}

/** A date expression together with the event it dates ("an attack on the base on Saturday"). */
export interface DatedEvent {
  date: ResolvedDate;
  family: EventFamily;
  /** The event word as written, with its source offsets. */
  word: string;
  start: number;
  end: number;
  /**
   * How an event noun is introduced: "the attack", "Sunday's attack" refer back to a known event; "an attack"
   * brings in a new one; verbs and bare nouns are neither.
   */
  reference: 'definite' | 'indefinite' | 'none';
  /** "another attack", "also struck", "an earlier strike": announces a further event. */
  further: boolean;
  /** Name words written before the event noun ("the Senate vote"): they tell events of one family apart. */
  modifiers: string[];
  target?: EventTarget;
}

/** Dated mentions taken to be the same event, in document order. */
export interface EventGroup {
  family: EventFamily;
  events: DatedEvent[];
}

/** What a group's dates say about its year: the years written out, and whether a member is relative ("Sunday"). */
interface GroupTime {
  years: Set<number>;
  relative: boolean;
}

/**
 * Whether `event` can be the same happening as the group's members in time: a date with a written year is
 * history unless it is the publication year ("the attack on the base on January 8, 2020" is not "Sunday's"),
 * and two written years must agree (anniversaries).
 */
function sameTime(time: GroupTime, event: DatedEvent, publicationYear: number | undefined): boolean {
  const year = event.date.mention.year;
  if (year !== undefined) return [...time.years].every((other) => other === year) && (!time.relative || year === publicationYear);
  return !RELATIVE_KINDS.has(event.date.kind) || [...time.years].every((other) => other === publicationYear);
}

function addTime(time: GroupTime, event: DatedEvent): void {
  if (event.date.mention.year !== undefined) time.years.add(event.date.mention.year);
  if (RELATIVE_KINDS.has(event.date.kind)) time.relative = true;
}

const matcher = new PhraseMatcher<EventWord>(EVENT_WORDS.map(([phrase, data]) => ({ phrase, data })));
const anchorCache = new WeakMap<Sentence, PhraseMatch<EventWord>[]>();

function anchorsOf(sentence: Sentence): PhraseMatch<EventWord>[] {
  let anchors = anchorCache.get(sentence);
  if (!anchors) {
    anchors = matcher.match(sentence.text).filter((match) => isLowerCase(sentence.text, match) || match.data.form === 'noun');
    anchorCache.set(sentence, anchors);
  }
  return anchors;
}

/** The sentence's event words inside `clause` (anchors are sorted by position). */
function anchorsWithin(sentence: Sentence, clause: Clause): PhraseMatch<EventWord>[] {
  const anchors = anchorsOf(sentence);
  const within: PhraseMatch<EventWord>[] = [];
  for (let i = firstStartingAt(anchors, clause.start); i < anchors.length && anchors[i]!.start < clause.end; i++) {
    if (anchors[i]!.end <= clause.end) within.push(anchors[i]!);
  }
  return within;
}

/** Verbs count in lower case only: "Hit" is also a town. */
function isLowerCase(text: string, match: PhraseMatch<EventWord>): boolean {
  const first = text[match.start]!;
  return first === first.toLowerCase();
}

/** The words of a sentence inside `clause` (words are in text order). */
function wordsWithin(words: readonly WordToken[], clause: Clause): WordToken[] {
  const low = firstStartingAt(words, clause.start);
  let end = low;
  while (end < words.length && words[end]!.end <= clause.end) end++;
  return words.slice(low, end);
}

const isWord = (token: WordToken) => token.kind !== 'punct';

/** Words that end a noun phrase. */
const PHRASE_STOP = new Set([
  'on', 'at', 'in', 'near', 'by', 'during', 'with', 'from', 'for', 'since', 'after', 'before', 'into', 'onto', 'over',
  'under', 'against', 'amid', 'across', 'that', 'which', 'who', 'where', 'when', 'while', 'and', 'or', 'but', 'as',
  'than', 'to', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'said',
  'says', 'again', 'also', 'twice', 'reportedly', 'allegedly',
]);
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'at', 'in', 'near', 'targeting', 'outside', 'inside', 'of', 'into']);
const LOCATION_PREPOSITIONS = new Set(['in', 'near', 'outside']);
const DEFINITE = new Set(['the', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'any']);
const PASSIVE_AUXILIARY = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got']);
/** Anywhere in the clause, these announce an event besides the one already told ("also struck", "another attack"). */
const FURTHER_EVENT = /\b(?:another|again|also|second|third|separate|fresh|further|similar|once more)\b/i;
/** Before the event noun, these point away from the main event ("an earlier attack", "the latest strike"). */
const OTHER_EVENT_MODIFIER = new Set(['new', 'previous', 'earlier', 'other', 'latest', 'last', 'first', 'next', 'recent']);
const NAME_PARTICLES = new Set(['al', 'el', 'the', 'and', 'of', 'de', 'la', 'le', 'bin', 'ibn', 'abu', 'ben']);
/** Capitalised words that name a kind of place, not a place ("Gaza City", "Basra Province"). */
const GENERIC_PLACE_WORDS = new Set([
  'city', 'province', 'region', 'district', 'state', 'county', 'town', 'village', 'strip', 'governorate', 'area',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
]);
/** Prepositions that make a date a deadline, a start or a bound, not the day something happened. */
const NOT_AN_OCCURRENCE = /\b(?:until|till|by|through|since|from|before|after|into|for|starting|beginning|effective|as of|ahead of|between|to|and)\s+(?:the\s+)?$/i;

function isNameToken(token: WordToken): boolean {
  const word = token.text.replace(/\.$/, '');
  return /\p{Lu}/u.test(word) && weekdayNumber(word) === undefined && monthNumber(word) === undefined;
}

function nameWords(token: WordToken): string[] {
  if (!isNameToken(token) || /['’]s$/.test(token.text)) return [];
  return distinctiveNameWords(token.text);
}

/** The distinctive parts of a word of a place name, lower case: "al-Asad" → ["asad"], "Air" → ["air"], "City" → []. */
export function distinctiveNameWords(word: string): string[] {
  return word
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .split('-')
    .filter((part) => part.length >= 3 && !NAME_PARTICLES.has(part) && !GENERIC_PLACE_WORDS.has(part));
}

/** Whether `token` ends a phrase; an "-ing" word does once the phrase has a noun ("the base housing troops"). */
function stopsPhrase(token: WordToken, dates: readonly Clause[], taken: readonly WordToken[] = []): boolean {
  if (!isWord(token)) return true;
  if (PHRASE_STOP.has(token.lower)) return true;
  if (dates.some((date) => token.start < date.end && token.end > date.start)) return true;
  const content = taken.filter((word) => !DEFINITE.has(word.lower) && !INDEFINITE.has(word.lower));
  if (content.length === 0 || token.text !== token.text.toLowerCase()) return false;
  if (/^[a-z]+ing$/.test(token.text)) return true;
  // "Camp Falcon drew condemnation": a past-tense verb ends the subject (not "heavily fortified").
  const previous = content[content.length - 1]!.lower;
  return isPastForm(token.lower, previous) && !previous.endsWith('ly');
}

interface Phrase {
  tokens: WordToken[];
  determiner?: string;
}

function phraseForward(tokens: WordToken[], from: number, dates: readonly Clause[], max = 8): Phrase | undefined {
  const taken: WordToken[] = [];
  for (let i = from; i < tokens.length && taken.length < max; i++) {
    const token = tokens[i]!;
    if (stopsPhrase(token, dates, taken) && !(taken.length > 0 && token.lower === 'of')) break;
    taken.push(token);
  }
  while (taken.length && taken[taken.length - 1]!.lower === 'of') taken.pop();
  return toPhrase(taken);
}

function phraseBackward(tokens: WordToken[], from: number, dates: readonly Clause[], max = 6): Phrase | undefined {
  const taken: WordToken[] = [];
  for (let i = from; i >= 0 && taken.length < max; i--) {
    const token = tokens[i]!;
    if (stopsPhrase(token, dates) && token.lower !== 'of') break;
    taken.unshift(token);
  }
  return toPhrase(taken);
}

function toPhrase(tokens: WordToken[]): Phrase | undefined {
  if (tokens.length === 0) return undefined;
  const first = tokens[0]!.lower;
  if (DEFINITE.has(first) || INDEFINITE.has(first)) {
    return tokens.length > 1 ? { tokens: tokens.slice(1), determiner: first } : undefined;
  }
  return { tokens };
}

function targetOf(sentence: Sentence, primary: Phrase, secondary?: Phrase): EventTarget {
  const last = primary.tokens[primary.tokens.length - 1]!;
  let names = primary.tokens.flatMap(nameWords);
  if (names.length === 0 && secondary) names = secondary.tokens.flatMap(nameWords);
  const first = primary.tokens[0]!;
  return {
    text: sentence.text.slice(first.start, last.end),
    names,
    head: last.lower.replace(/['’]s$/, '').replace(/\./g, ''),
    headIsName: isNameToken(last),
    definite: primary.determiner !== undefined && DEFINITE.has(primary.determiner),
  };
}

/** The phrase introduced by a preposition at `index`, and a following "in/near X" location. */
function prepositionalTarget(sentence: Sentence, tokens: WordToken[], index: number, dates: readonly Clause[]): EventTarget | undefined {
  if (!TARGET_PREPOSITIONS.has(tokens[index]?.lower ?? '')) return undefined;
  const primary = phraseForward(tokens, index + 1, dates);
  if (!primary) return undefined;
  const after = index + 1 + primary.tokens.length + (primary.determiner ? 1 : 0);
  const secondary = LOCATION_PREPOSITIONS.has(tokens[after]?.lower ?? '') ? phraseForward(tokens, after + 1, dates) : undefined;
  return targetOf(sentence, primary, secondary);
}

function usableTarget(target: EventTarget | undefined): EventTarget | undefined {
  return target && (target.names.length > 0 || target.definite) ? target : undefined;
}

/** How far (in characters) an event word may stand from the date it takes. */
const MAX_ANCHOR_DISTANCE = 100;

/** The event the date belongs to, or undefined when it dates a statement or nothing the lexicon knows. */
function anchorFor(resolved: ResolvedDate, clause: Clause): PhraseMatch<EventWord> | undefined {
  const { sentence, textIndex, textEnd } = resolved.mention;
  const text = sentence.text;
  const anchors = anchorsWithin(sentence, clause).filter((anchor) => anchor.end <= textIndex || anchor.start >= textEnd);
  const rest = text.slice(textEnd);
  // "Sunday's attack", "the Oct. 7 missile strike": the noun right after the date.
  const following = anchors.find((anchor) => anchor.start >= textEnd && anchor.data.form === 'noun');
  if (following && /^(?:['’]s)?(?:\s+[\p{L}-]+){0,2}\s+$/u.test(text.slice(textEnd, following.start))) return following;
  if (/^['’]s\b/.test(rest)) return undefined;
  // "until Tuesday", "since Jan. 3": a bound or a deadline, not the day something happened.
  if (NOT_AN_OCCURRENCE.test(text.slice(Math.max(0, textIndex - 30), textIndex))) return undefined;
  // "said on Sunday", "told reporters Sunday", "in a statement on Sunday": the date is the statement's.
  const reportBefore = anchors.filter((anchor) => anchor.end <= textIndex && anchor.data.family === 'report').pop();
  if (reportBefore) {
    const gap = text.slice(reportBefore.end, textIndex);
    if (/^[\p{L}\s]*$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 4) return undefined;
  }
  // "On Sunday, the base was hit": a date that opens its clause belongs to the clause's first verb.
  if (/^\s*(?:(?:on|early|late|overnight)\s+)?$/i.test(text.slice(clause.start, textIndex).replace(/^[\s,]*/, ''))) {
    const first = anchors.find((anchor) => anchor.start >= textEnd);
    if (!first || first.data.family === 'report' || hasOtherVerb(text.slice(textEnd, first.start))) return undefined;
    return first;
  }
  // The event usually comes before its date ("attacked the base on Saturday"); else it follows within the phrase
  // ("injured on Saturday during a rocket attack"), not across a comma (", demanding new elections"). A verb in
  // between takes the date ("the attack on the base was condemned on Sunday").
  const events = anchors.filter((anchor) => anchor.data.family !== 'report');
  const before = events.filter((anchor) => anchor.end <= textIndex && textIndex - anchor.end <= MAX_ANCHOR_DISTANCE).pop();
  if (before) return hasOtherVerb(text.slice(before.end, textIndex)) ? undefined : before;
  const after = events.find(
    (anchor) => anchor.start >= textEnd && anchor.start - textEnd <= MAX_ANCHOR_DISTANCE && !/[,;]/.test(text.slice(textEnd, anchor.start)),
  );
  return after && !hasOtherVerb(text.slice(textEnd, after.start)) ? after : undefined;
}


function familyOf(anchor: PhraseMatch<EventWord>, sentence: Sentence, clause: Clause): EventFamily {
  if (anchor.data.form === 'noun') return anchor.data.family;
  const subject = anchorsWithin(sentence, clause)
    .filter((other) => other.end <= anchor.start && other.data.form === 'noun' && other.data.family !== 'report')
    .pop();
  return subject?.data.family ?? anchor.data.family;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** "The 1999 earthquake on August 17": a year other than the publication year makes the event history. */
function mentionsOtherYear(text: string, publicationYear: number | undefined): boolean {
  for (const match of text.matchAll(YEAR)) if (Number(match[1]) !== publicationYear) return true;
  return false;
}

function eventFor(
  resolved: ResolvedDate,
  words: readonly WordToken[],
  datesInSentence: readonly Clause[],
  publicationYear: number | undefined,
): DatedEvent | undefined {
  const { sentence, textIndex, textEnd } = resolved.mention;
  const text = sentence.text;
  const clause = clauseAround(sentence, text, textIndex, textEnd);
  const anchor = anchorFor(resolved, clause);
  if (!anchor) return undefined;
  const tokens = wordsWithin(words, clause);
  const index = tokens.findIndex((token) => token.start >= anchor.start);
  const endIndex = tokens.findIndex((token) => token.start >= anchor.end);
  const next = endIndex < 0 ? tokens.length : endIndex;
  // The other dates of the clause end noun phrases ("the base on Sunday"); datesInSentence is in text order.
  const dates = [{ start: textIndex, end: textEnd }];
  for (let i = firstEndingAfter(datesInSentence, clause.start); i < datesInSentence.length; i++) {
    const date = datesInSentence[i]!;
    if (date.start >= clause.end) break;
    if (date.start !== textIndex) dates.push(date);
  }
  let reference: DatedEvent['reference'] = 'none';
  const clauseText = text.slice(clause.start, textIndex) + ' ' + text.slice(textEnd, clause.end);
  let further = Boolean(anchor.data.plural) || FURTHER_EVENT.test(clauseText) || mentionsOtherYear(clauseText, publicationYear);
  const modifiers: string[] = [];
  let target: EventTarget | undefined;
  if (anchor.data.form === 'noun') {
    for (let i = index - 1; i >= Math.max(0, index - 5); i--) {
      const token = tokens[i]!;
      if (!isWord(token)) break;
      if (DEFINITE.has(token.lower) || /['’]s$/.test(token.text)) {
        reference = 'definite';
        break;
      }
      if (INDEFINITE.has(token.lower)) {
        reference = 'indefinite';
        break;
      }
      if (dates.some((date) => token.start < date.end && token.end > date.start)) continue;
      if (OTHER_EVENT_MODIFIER.has(token.lower)) further = true;
      modifiers.push(...nameWords(token));
    }
    target = usableTarget(prepositionalTarget(sentence, tokens, next, dates));
  } else {
    const before = [tokens[index - 1], tokens[index - 2]];
    const auxiliary = before.findIndex((token) => token && PASSIVE_AUXILIARY.has(token.lower));
    if (auxiliary >= 0) {
      const subject = phraseBackward(tokens, index - 2 - auxiliary, dates);
      if (subject) target = usableTarget(targetOf(sentence, subject));
    } else {
      target = usableTarget(prepositionalTarget(sentence, tokens, next, dates));
      if (!target && tokens[next] && !stopsPhrase(tokens[next]!, dates)) {
        const object = phraseForward(tokens, next, dates);
        const after = next + (object ? object.tokens.length + (object.determiner ? 1 : 0) : 0);
        const secondary = LOCATION_PREPOSITIONS.has(tokens[after]?.lower ?? '') ? phraseForward(tokens, after + 1, dates) : undefined;
        if (object) target = usableTarget(targetOf(sentence, object, secondary));
      }
    }
  }
  const [start, end] = sentence.view.range(anchor.start, anchor.end);
  return {
    date: resolved,
    family: familyOf(anchor, sentence, clause),
    word: text.slice(anchor.start, anchor.end),
    start,
    end,
    reference,
    further,
    modifiers,
    target,
  };
}

function distance(event: DatedEvent): number {
  const mention = event.date.mention;
  return event.start >= mention.end ? event.start - mention.end : mention.start - event.end;
}

/** The event each single-day date expression dates, where one can be told. */
export function findDatedEvents(dates: readonly ResolvedDate[], words: readonly WordToken[][], publication?: string): DatedEvent[] {
  const publicationYear = publication ? Number(publication.slice(0, 4)) : undefined;
  const bySentence = new Map<Sentence, Clause[]>();
  for (const resolved of dates) {
    const list = bySentence.get(resolved.mention.sentence) ?? [];
    list.push({ start: resolved.mention.textIndex, end: resolved.mention.textEnd });
    bySentence.set(resolved.mention.sentence, list);
  }
  const events: DatedEvent[] = [];
  for (const resolved of dates) {
    if (resolved.isDateline || !(DAY_KINDS.has(resolved.kind) || resolved.kind === 'relative-period')) continue;
    const sentence = resolved.mention.sentence;
    const event = eventFor(resolved, words[sentence.index] ?? [], bySentence.get(sentence) ?? [], publicationYear);
    if (!event || event.family === 'report') continue;
    // One event word takes one date: the nearer ("the January 21 attack ... the fifth this month").
    const previous = events[events.length - 1];
    if (previous && previous.start === event.start) {
      if (distance(previous) <= distance(event)) continue;
      events.pop();
    }
    events.push(event);
  }
  return events;
}

/**
 * Whether two targets name the same place. A town or region alone ("Kyiv", "Gaza City") is hit again and again,
 * so it takes a shared facility head with a shared name ("Ain al-Asad air base" / "Al Asad Air Base"), two
 * shared names ("Camp Falcon" / "the Camp Falcon base"), or a definite "the base" matching the other's head.
 */
export function sameTarget(a: EventTarget, b: EventTarget): boolean {
  if (a.names.length && b.names.length) {
    const shared = a.names.filter((name) => b.names.includes(name));
    const facility = a.head === b.head && !shared.includes(a.head) && !GENERIC_PLACE_WORDS.has(a.head);
    if (facility && shared.length > 0) return true;
    return shared.length >= 2;
  }
  if (a.names.length || b.names.length) {
    const generic = a.names.length ? b : a;
    return generic.definite && a.head === b.head;
  }
  return a.definite && b.definite && a.head === b.head;
}

/** How many groups of one family an event is compared with, so a long article stays linear. */
const MAX_GROUPS_PER_FAMILY = 32;

const INDEFINITE_BEFORE = /\b(?:an?|another)\s+((?:[\p{L}-]+\s+){0,4})$/iu;

/** "a heavy rocket attack": an indefinite article with only modifiers before the noun. */
function introducedIndefinitely(before: string): boolean {
  const match = INDEFINITE_BEFORE.exec(before);
  if (!match) return false;
  return match[1]!.split(/\s+/).every((word) => !word || (!PHRASE_STOP.has(word.toLowerCase()) && !DEFINITE.has(word.toLowerCase())));
}

/** Cheap gate so the phrase matcher only scans sentences that can name an event of a back-reference family. */
const MAY_NAME_EVENT = new RegExp(
  `\\b${alternation(EVENT_WORDS.filter(([, word]) => word.form === 'noun' && !word.plural && BACK_REFERENCE_FAMILIES.has(word.family)).map(([phrase]) => phrase))}\\b`,
  'i',
);

/** Per family, how many events the article introduces without a date ("a strike in Damascus killed five"). */
function undatedIntroductions(sentences: readonly Sentence[], events: readonly DatedEvent[]): Map<EventFamily, number> {
  // A sentence that dates an event of the family introduces that one ("An earthquake struck ... on Friday").
  const dated = new Set(events.map((event) => `${event.date.mention.sentence.index}:${event.family}`));
  const counts = new Map<EventFamily, number>();
  for (const sentence of sentences) {
    if (!MAY_NAME_EVENT.test(sentence.text)) continue;
    for (const anchor of anchorsOf(sentence)) {
      if (anchor.data.form !== 'noun' || anchor.data.plural || !BACK_REFERENCE_FAMILIES.has(anchor.data.family)) continue;
      if (!introducedIndefinitely(sentence.text.slice(Math.max(0, anchor.start - 60), anchor.start))) continue;
      if (dated.has(`${sentence.index}:${anchor.data.family}`)) continue;
      counts.set(anchor.data.family, (counts.get(anchor.data.family) ?? 0) + 1);
    }
  }
  return counts;
}

function sameModifiers(a: DatedEvent, b: DatedEvent): boolean {
  return a.modifiers.length === b.modifiers.length && a.modifiers.every((name) => b.modifiers.includes(name));
}

/**
 * Groups dated events that are the same event: same family and same place. A definite mention without a place
 * ("Sunday's attack") joins its family's event when the article introduced exactly one. Conservative: anything
 * ambiguous stays out of every group.
 */
export function groupEvents(events: readonly DatedEvent[], sentences: readonly Sentence[], publication?: string): EventGroup[] {
  const publicationYear = publication ? Number(publication.slice(0, 4)) : undefined;
  const groups: EventGroup[] = [];
  const times = new Map<EventGroup, GroupTime>();
  const placedByFamily = new Map<EventFamily, EventGroup[]>();
  const backReferences = new Map<EventFamily, DatedEvent[]>();
  /** Events that bring a new event into the story: placed ones and indefinite ones ("an attack on Saturday"). */
  const introductions = new Map<EventFamily, EventGroup[]>();
  const listOf = <K, V>(map: Map<K, V[]>, key: K): V[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  const start = (event: DatedEvent): EventGroup => {
    const group = { family: event.family, events: [event] };
    const time = { years: new Set<number>(), relative: false };
    addTime(time, event);
    times.set(group, time);
    listOf(introductions, event.family).push(group);
    return group;
  };
  for (const event of events) {
    const target = event.target;
    if (event.further || !target) {
      if (!event.further && event.reference === 'definite' && BACK_REFERENCE_FAMILIES.has(event.family)) {
        listOf(backReferences, event.family).push(event);
      } else start(event);
      continue;
    }
    const placed = listOf(placedByFamily, event.family);
    // "An attack on the base" after one already told is another attack, whatever the place.
    const matching =
      event.reference === 'indefinite'
        ? []
        : placed
            .slice(-MAX_GROUPS_PER_FAMILY)
            .filter(
              (candidate) =>
                sameTarget(candidate.events[0]!.target!, target) &&
                sameModifiers(candidate.events[0]!, event) &&
                sameTime(times.get(candidate)!, event, publicationYear),
            );
    if (matching.length > 1) continue;
    if (matching[0]) {
      matching[0].events.push(event);
      addTime(times.get(matching[0])!, event);
    } else {
      const created = start(event);
      placed.push(created);
      groups.push(created);
    }
  }
  const undated = backReferences.size ? undatedIntroductions(sentences, events) : new Map<EventFamily, number>();
  for (const [family, mentions] of backReferences) {
    const introduced = introductions.get(family) ?? [];
    if (undated.get(family)) continue;
    if (introduced.length === 1 && !introduced[0]!.events[0]!.further) {
      const group = introduced[0]!;
      if (!groups.includes(group)) groups.push(group);
      const time = times.get(group)!;
      const joining = mentions.filter(
        (mention) => (mention.modifiers.length === 0 || sameModifiers(mention, group.events[0]!)) && sameTime(time, mention, publicationYear),
      );
      group.events.push(...joining);
      group.events.sort((a, b) => a.start - b.start);
    } else if (introduced.length === 0 && mentions.length > 1 && mentions.every((mention) => sameModifiers(mention, mentions[0]!))) {
      groups.push({ family, events: mentions });
    }
  }
  return groups.filter((group) => group.events.length > 1);
}
