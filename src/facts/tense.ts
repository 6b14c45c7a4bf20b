import type { Clause } from './clauses.js';
import { EVENT_WORDS } from './data/event-words.js';
import { CONTROL_VERBS, IRREGULAR_PAST, NOT_PAST_ED } from './data/past-verbs.js';

export type Tense = 'past' | 'future' | 'present';

export interface TenseReading {
  tense: Tense;
  /** The words that decided it ("was killed", "will"), as written; absent for "present". */
  cue?: string;
  /** Offset of a verb cue in the sentence text. */
  cueAt?: number;
}

/** Modal, scheduling and intention words: the clause speaks of something not (yet) done. */
const FUTURE_CUE =
  /\b(?:will|won['’]t|shall|would|could|might|should|must|going to|set to|expected|expects?|scheduled|slated|planned|plans?|planning|intends?|intended|upcoming|ahead of|to be|(?:is|are|was|were) due)\b|['’]ll\b/i;
/** A clause opened by these is not something that happened ("if the bill passed on March 26"). */
const CONDITIONAL = /\b(if|unless|whether)\s*$/i;
/** "may" as a modal; "May" is a month. */
const MODAL_MAY = /\bmay\b/;
const PAST_IN_EXPRESSION = /^(?:last|past|this past)\b|\b(?:ago|yesterday|last night)\b/i;
const FUTURE_IN_EXPRESSION = /^(?:next|coming|this coming)\b|\btomorrow\b/i;
/** Past verbs that look ahead to an infinitive: "agreed to hold talks on March 26" dates the talks, not the agreeing. */
const LOOKS_AHEAD = new Set(CONTROL_VERBS);
const INFINITIVE = /\bto\s+[a-z]+\b/;
/** Before an "-ed" word these make it an adjective or a present passive ("the armed men", "is based"). */
const NOT_PAST_BEFORE = new Set(['the', 'a', 'an', 'is', 'are', 'am', 'be', 'being', 'this', 'that', 'its', 'their', 'his', 'her']);
/**
 * A participle closing a short "with" phrase that opens on a number or determiner describes that noun, it is not
 * the clause's verb: "with one game left", "with 1:12 left", "with only two hearings left" (but "police with dogs
 * searched" is a verb).
 */
const WITH_PHRASE =
  /\bwith\s+(?:only\s+|just\s+)?(?:the|a|an|its|his|her|their|our|no|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d:.,]*)\s+(?:(?!(?:and|or|but|nor)\s)[\p{L}\d'’-]+\s+){0,2}$/iu;
const WITH_PHRASE_REACH = 60;
/** A reporting verb this close before a date dates the statement ("said on Sunday", "told reporters Sunday"). */
const ADJACENT_WORDS = 4;

const IRREGULAR = new Set(IRREGULAR_PAST);
const NOT_PAST = new Set(NOT_PAST_ED);
const REPORTING = new Set(EVENT_WORDS.filter(([, word]) => word.family === 'report' && word.form === 'verb').map(([phrase]) => phrase));

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Whether a lower-case word is a past-tense verb form; `previous` (lower-cased) rules out "the armed", "is based". */
export function isPastForm(word: string, previous: string | undefined): boolean {
  if (IRREGULAR.has(word)) return true;
  if (word.length < 4 || !word.endsWith('ed') || NOT_PAST.has(word)) return false;
  return previous === undefined || !NOT_PAST_BEFORE.has(previous);
}

/** Auxiliaries that carry the event verb rather than replace it ("the base was hit", "the attack was on Sunday"). */
const AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'being', 'is', 'are', 'did']);

/** Whether `text` holds a past-tense verb other than an auxiliary (not "heavily guarded"). */
export function hasOtherVerb(text: string): boolean {
  let previous: string | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word === word.toLowerCase() && !AUXILIARIES.has(word) && isPastForm(word, previous) && !previous?.endsWith('ly')) return true;
    previous = word.toLowerCase();
  }
  return false;
}

/**
 * Tense of the clause a date expression stands in, by verb-form heuristics: future and modal words win, then a
 * past-tense verb (was/were, "-ed", irregular forms). A reporting verb counts only right before the date, so
 * "said the vote will be held on Tuesday" is not read as past.
 */
export function tenseOf(text: string, clause: Clause, expression: { start: number; end: number }): TenseReading {
  const written = text.slice(expression.start, expression.end);
  const opener = CONDITIONAL.exec(text.slice(Math.max(0, clause.start - 12), clause.start));
  if (opener) return { tense: 'future', cue: opener[1] };
  if (PAST_IN_EXPRESSION.test(written)) return { tense: 'past', cue: written };
  if (FUTURE_IN_EXPRESSION.test(written)) return { tense: 'future', cue: written };
  const before = text.slice(clause.start, expression.start);
  const after = text.slice(expression.end, clause.end);
  for (const part of [before, after]) {
    const future = FUTURE_CUE.exec(part) ?? MODAL_MAY.exec(part);
    if (future) return { tense: 'future', cue: future[0] };
  }
  let best: { cue: string; distance: number; at: number } | undefined;
  const consider = (part: string, offset: number) => {
    let previous: string | undefined;
    for (const match of part.matchAll(WORD)) {
      const raw = match[0];
      const word = raw.toLowerCase();
      const at = offset + match.index;
      const distance = at < expression.start ? expression.start - (at + raw.length) : at - expression.end;
      const isLower = raw[0] === word[0] && !WITH_PHRASE.test(text.slice(Math.max(0, at - WITH_PHRASE_REACH), at));
      if (isLower && REPORTING.has(word)) {
        const gap = text.slice(at + raw.length, expression.start);
        const adjacent = at < expression.start && /^[\p{L}\s]*$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= ADJACENT_WORDS;
        if (adjacent && (!best || distance < best.distance)) best = { cue: raw, distance, at };
      } else if (isLower && isPastForm(word, previous) && best && previous && AUXILIARIES.has(previous) && best.cue.toLowerCase() === previous) {
        // "was found": name the main verb, not the auxiliary.
        best = { cue: raw, distance: best.distance, at };
      } else if (isLower && isPastForm(word, previous) && (!best || distance < best.distance)) {
        best = { cue: raw, distance, at };
      }
      previous = word;
    }
  };
  consider(before, clause.start);
  consider(after, expression.end);
  if (!best) return { tense: 'present' };
  // "agreed to hold talks on March 26": the date belongs to the infinitive, which the past verb looks ahead to.
  const lookingAhead = best.at < expression.start && LOOKS_AHEAD.has(best.cue.toLowerCase());
  const infinitive = lookingAhead ? INFINITIVE.exec(text.slice(best.at + best.cue.length, expression.start)) : null;
  if (infinitive) return { tense: 'future', cue: infinitive[0] };
  return { tense: 'past', cue: best.cue, cueAt: best.at };
}
