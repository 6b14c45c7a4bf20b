import type { Sentence } from '../article/article.js';
import type { VagueAttribution } from './attribution.js';
import { alternation } from '../text/regexp.js';
import { SENTENCE_STARTERS } from '../text/english.js';
import { ADVERBS, BE, BLOCKERS, PRONOUN_SUBJECTS, RELATIVE_PARTICIPLES, unitRange, type SentenceReader } from './sentence-reader.js';
import { isWord } from './units.js';
import { passiveAdverbs, passiveReportVerbs, vagueGroupVerbs, type PassiveReportVerb } from '../../rules/data/vague-attribution.js';

const PASSIVE_ADVERBS = new Set(passiveAdverbs);
const PASSIVE_VERBS = new Map(passiveReportVerbs.map((verb) => [verb.participle, verb]));
/** Words before a group that make it specific ("the experts", "two analysts"). */
const COUNTING_WORDS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'few', 'most', 'other', 'leading', 'independent']);
/** Words after "to" that make it a preposition, not the mark of an infinitive. */
const NOT_AN_INFINITIVE = new Set(['police', 'authorities', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'him', 'them', 'me', 'us', 'reporters', 'officials', 'investigators', 'journalists']);
/** A reporting verb right after a vague group ("experts | say"). */
const VAGUE_GROUP_VERB = new RegExp(`^\\s+${alternation(vagueGroupVerbs)}\\b`, 'i');

/** "be" + adverbs + a reporting participle + its complement, with no "by" agent; or a reduced relative ("a militia believed to be"). */
function passiveReports(reader: SentenceReader): VagueAttribution[] {
  const units = reader.units;
  const found: VagueAttribution[] = [];
  for (let i = 0; i < units.length; i++) {
    const verb: PassiveReportVerb | undefined = isWord(units[i]) ? PASSIVE_VERBS.get(units[i]!.lower) : undefined;
    if (!verb) continue;
    const next = units[i + 1];
    if (!isWord(next) || !verb.complements.includes(next.lower)) continue;
    // "was reported to police" names who was told, not an infinitive ("is believed to be").
    if (next.lower === 'to' && NOT_AN_INFINITIVE.has(units[i + 2]?.lower ?? '')) continue;
    let k = i - 1;
    while (k >= 0 && isWord(units[k]) && PASSIVE_ADVERBS.has(units[k]!.lower)) k--;
    const previous = units[k];
    let start: number;
    if (isWord(previous) && BE.has(previous.lower)) start = k;
    else if (
      RELATIVE_PARTICIPLES.has(verb.participle) &&
      k === i - 1 &&
      next.lower === 'to' &&
      ['be', 'have'].includes(units[i + 2]?.lower ?? '') &&
      previous !== undefined &&
      (previous.text === ',' || (isWord(previous) && !PRONOUN_SUBJECTS.has(previous.lower) && !BLOCKERS.has(previous.lower) && !ADVERBS.has(previous.lower) && !/^\p{Lu}/u.test(previous.text)))
    ) {
      start = i;
    } else continue;
    if (reader.inQuote(units[i]!.start)) continue;
    const end = start === i ? i + 3 : i + 2;
    found.push({ ...reader.span(start, end), advice: verb.advice, passive: true });
  }
  return found;
}

/**
 * A sentence that opens by introducing someone by name ("Food & Water Watch, an advocacy group, has ...", "For
 * example, Sen. Ann Cole, a Democrat, ..."): next to a vague group, it names a member.
 */
const INTRODUCES_NAME =
  /^(?:(?:For (?:example|instance)|Among them|One of them|One),\s+)?(?:The\s+)?(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:&|of|and|for|\p{Lu}[\p{L}'’.\-]*))*),\s+(?:a|an|the|who)\s/u;
function introducesName(sentence: Sentence): boolean {
  const match = INTRODUCES_NAME.exec(sentence.text.trimStart());
  // A sentence adverb before a comma ("Meanwhile, the ...", "Separately, a ...") looks like a one-word name.
  return match !== null && !/ly$/.test(match[1]!) && !SENTENCE_STARTERS.has(match[1]!.toLowerCase());
}

/** True when the sentence or one next to it in the paragraph names a member of the group ("critics, including Sen. X"). */
function groupNamed(reader: SentenceReader, after: number, neighbours: readonly Sentence[], group: string): boolean {
  if (/\b(?:including|such as|like|among them|led by|notably)\s+(?:\p{Lu}|the\s+\p{Lu})/u.test(reader.sentence.text.slice(after))) return true;
  if (neighbours.some(introducesName)) return true;
  const head = group.split(' ').pop()!;
  if (!/[^s]s$/.test(head) || head === 'others') return false;
  const singular = head.replace(/s$/, '');
  return neighbours.some((sentence) => new RegExp(`\\b${singular}\\b`, 'i').test(sentence.text) && /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence.text));
}

/** Attributions that name no source: weasel phrases, unnamed groups as subjects, passive reports without an agent. */
export function findVague(reader: SentenceReader, neighbours: readonly Sentence[]): VagueAttribution[] {
  const units = reader.units;
  const found: VagueAttribution[] = [];
  for (const match of reader.phrases.vague) {
    if (reader.inQuote(match.start)) continue;
    const range = unitRange(units, match.start, match.end);
    if (!range) continue;
    let end = range[1];
    if (match.data.group) {
      const verb = VAGUE_GROUP_VERB.exec(reader.sentence.text.slice(match.end));
      if (!verb) continue;
      const verbRange = unitRange(units, match.end + verb[0].length - verb[0].trimStart().length, match.end + verb[0].length);
      if (!verbRange) continue;
      end = verbRange[1];
      const before = units[range[0] - 1];
      if (isWord(before) && (COUNTING_WORDS.has(before.lower) || /^\d/.test(before.text) || /['’]s$/.test(before.lower))) continue;
      if (groupNamed(reader, match.end, neighbours, match.phrase)) continue;
    }
    found.push({ ...reader.span(range[0], end), advice: match.data.advice, passive: false });
  }
  for (const passive of passiveReports(reader)) {
    if (!found.some((other) => other.start < passive.end && passive.start < other.end)) found.push(passive);
  }
  return found.sort((a, b) => a.start - b.start);
}

