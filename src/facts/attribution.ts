import type { Article, Block, Sentence } from '../article/article.js';
import type { QuotationIndex } from './quotations.js';
import { lazyMatcher, type PhraseMatch, type PhraseMatcher } from '../text/phrase-matcher.js';
import { alternation } from '../text/regexp.js';
import { isQuoteMark, unitAt, unitsOf, type Unit } from './units.js';
import { classifySource, NameRegistry, namesIn, type FoundSource, type ReadFrom, type Source, type SourceKind } from './sources.js';
import { linkQuoteSpeakers, type QuoteAttribution } from './quote-speakers.js';
import {
  attributionCues,
  beForms,
  cueAdverbs,
  cueBlockers,
  cueNonReports,
  continuationOpeners,
  figureBackReferences,
  type AttributionCueEntry,
  type CueKind,
} from '../../rules/data/attribution-cues.js';
import { passiveAdverbs, passiveReportVerbs, vagueGroups, vagueGroupVerbs, vaguePhrases, type PassiveReportVerb } from '../../rules/data/vague-attribution.js';
import { anonymityMarkers, anonymityReasons } from '../../rules/data/anonymous-sources.js';

export type { Source, SourceKind } from './sources.js';
export type { QuoteAttribution } from './quote-speakers.js';

export interface Span {
  text: string;
  /** Source offsets. */
  start: number;
  end: number;
}

/** A word or phrase that attributes (part of) a sentence, with the source it names. */
export interface AttributionCue extends Span {
  kind: CueKind;
  /** Unit range of the cue in its sentence. */
  from: number;
  to: number;
  source: Source;
}

/** An attribution that names no source ("reportedly", "experts say", "is believed to"). */
export interface VagueAttribution extends Span {
  /** What to add, e.g. "say who reported it". */
  advice: string;
  /** A passive report without an agent ("was alleged to"). */
  passive: boolean;
}

export interface AnonymousSource {
  source: Source;
  /** The phrase granting anonymity ("on condition of anonymity"), if written. */
  marker?: Span;
  /** The reason given for the anonymity ("because they were not authorized ..."), if any. */
  reason?: Span;
}

export interface SentenceAttribution {
  sentence: Sentence;
  units: Unit[];
  cues: AttributionCue[];
  vague: VagueAttribution[];
  anonymous: AnonymousSource[];
  /** True when a cue outside any quotation names a source that is not vague. */
  attributed: boolean;
  /**
   * An attributed sentence next to this unattributed one whose attribution clearly carries over: the sentence
   * before, when this one continues its report ("Another 12 were wounded.") or it ends with a colon; the sentence
   * after, when it points back at the figures ("The figures come from the ministry."); for a list item, the
   * attributed sentence ending in a colon that introduces the list.
   */
  carriedFrom?: Sentence;
}

/** Who says what in an article: attribution per sentence and the speaker of each quotation. */
export class Attributions {
  constructor(
    readonly sentences: readonly SentenceAttribution[],
    readonly quotes: readonly QuoteAttribution[],
  ) {}

  of(sentence: Sentence): SentenceAttribution {
    return this.sentences[sentence.index]!;
  }
}

/** What a phrase found in a sentence is. All sentence phrase lists share one matcher, so a sentence is scanned once. */
type SentencePhrase =
  | { type: 'cue'; entry: AttributionCueEntry }
  /** A sense of a cue word that is no report ("claimed responsibility"); being longer, it hides the cue. */
  | { type: 'non-report' }
  | { type: 'vague'; advice: string; group: boolean }
  | { type: 'marker' };

const flag = (list: string[]) => list.map((phrase) => ({ phrase, data: true as const }));

/** All sentence phrase lists in one matcher, built on first use so loading newslint costs nothing until a rule runs. */
const sentenceMatcher = lazyMatcher<SentencePhrase>(() => [
  ...attributionCues.map((entry) => ({ phrase: entry.phrase, data: { type: 'cue' as const, entry } })),
  ...cueNonReports.map((phrase) => ({ phrase, data: { type: 'non-report' as const } })),
  ...vaguePhrases.map((entry) => ({ phrase: entry.phrase, data: { type: 'vague' as const, advice: entry.advice, group: false } })),
  ...vagueGroups.map((group) => ({ phrase: group.phrase, data: { type: 'vague' as const, advice: group.advice, group: true } })),
  ...anonymityMarkers.map((phrase) => ({ phrase, data: { type: 'marker' as const } })),
]);
const reasonMatcher = lazyMatcher(() => flag(anonymityReasons));
const continuationMatcher = lazyMatcher(() => flag(continuationOpeners));
const backReferenceMatcher = lazyMatcher(() => flag(figureBackReferences));

/** A reporting verb right after a vague group ("experts | say"). */
const VAGUE_GROUP_VERB = new RegExp(`^\\s+${alternation(vagueGroupVerbs)}\\b`, 'i');

/** The phrases of one sentence, sorted by kind. */
interface SentencePhrases {
  cues: PhraseMatch<AttributionCueEntry>[];
  vague: PhraseMatch<{ advice: string; group: boolean }>[];
  markers: PhraseMatch<true>[];
}

function phrasesOf(text: string): SentencePhrases {
  const phrases: SentencePhrases = { cues: [], vague: [], markers: [] };
  for (const match of sentenceMatcher().match(text)) {
    const { start, end, phrase, data } = match;
    if (data.type === 'cue') phrases.cues.push({ start, end, phrase, data: data.entry });
    else if (data.type === 'vague') phrases.vague.push({ start, end, phrase, data: { advice: data.advice, group: data.group } });
    else if (data.type === 'marker') phrases.markers.push({ start, end, phrase, data: true });
  }
  return phrases;
}

const ADVERBS = new Set(cueAdverbs);
const BLOCKERS = new Set(cueBlockers);
const BE = new Set(beForms);
const PASSIVE_ADVERBS = new Set(passiveAdverbs);
const PASSIVE_VERBS = new Map(passiveReportVerbs.map((verb) => [verb.participle, verb]));
/** Participles that also open a reduced relative clause without "be" ("a militia believed to be ..."). */
const RELATIVE_PARTICIPLES = new Set(['believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'alleged', 'understood', 'suspected', 'estimated']);
const SUBORDINATORS = new Set(['that', 'because', 'while', 'although', 'though', 'after', 'before', 'when', 'whenever', 'if', 'whether', 'where', 'since', 'until', 'unless', 'whereas', 'as', 'than', 'which']);
const RELATIVES = new Set(['that', 'which', 'who']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const INTRO_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'with', 'for', 'under', 'by', 'despite', 'amid', 'meanwhile', 'however', 'also', 'earlier', 'later', 'separately', 'currently', 'yesterday', 'today', 'additionally', 'still', 'then', 'now', 'instead', 'overall']);
/** Words that cannot open an inverted subject (", described as the worst ..."). */
const NOT_A_SUBJECT_START = new Set(['as', 'in', 'on', 'at', 'by', 'for', 'with', 'to', 'from', 'of', 'that', 'and', 'but', 'or', 'so', 'than', 'then', 'after', 'before', 'during', 'while', 'not', 'into', 'over', 'about', 'earlier', 'later', 'last', 'this']);
const NAME_PARTICLES = new Set(['of', 'al', 'bin', 'de', 'van', 'von']);
/** Words that make a phrase after a verb a clause rather than its inverted subject (", said the attack was over"). */
const CLAUSE_MARKERS = new Set([...beForms, 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'has', 'have', 'had', 'that', 'to', 'did', 'does']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const COUNTING_WORDS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'few', 'most', 'other', 'leading', 'independent']);
const HARD_PUNCTUATION = new Set([';', ':', '—', '–', '(', ')', '[', ']', '.', '!', '?', '…']);
/** Which reading of a subject and its appositions names the source most specifically. */
const SPECIFICITY: Record<SourceKind, number> = { anonymous: 6, person: 5, organization: 4, document: 3, pronoun: 2, other: 1, vague: 0 };
/** How far back (in blocks) a pronoun may find the source it stands for. */
const PRONOUN_REACH = 3;
/** Reasons for anonymity that are unambiguous even in the next sentence ("He was not authorized to speak."). */
const NEXT_SENTENCE_REASON = /\b(?:not|n[’']t)\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\b/i;

function isWord(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.kind === 'word';
}

function isHardBoundary(unit: Unit, previous?: Unit): boolean {
  if (unit.kind === 'punct') return HARD_PUNCTUATION.has(unit.text) || isQuoteMark(unit);
  // A relative clause after a comma belongs to the noun before it ("A state official, who asked not to be named, said").
  if (RELATIVES.has(unit.lower) && previous?.text === ',') return false;
  return SUBORDINATORS.has(unit.lower);
}

/** Unit range [from, to) exactly covering [start, end) in the sentence text, or undefined when a match cuts a word. */
function unitRange(units: readonly Unit[], start: number, end: number): [number, number] | undefined {
  const from = unitAt(units, start);
  if (units[from]?.start !== start) return undefined;
  let to = from;
  while (to < units.length && units[to]!.end <= end) to++;
  return units[to - 1]?.end === end ? [from, to] : undefined;
}

class SentenceReader {
  readonly units: Unit[];
  readonly hasMarker: boolean;

  constructor(
    readonly sentence: Sentence,
    private readonly quotations: QuotationIndex,
    private readonly registry: NameRegistry,
    readonly phrases: SentencePhrases,
  ) {
    this.units = unitsOf(sentence);
    this.hasMarker = phrases.markers.length > 0;
  }

  /** True when the view offset lies inside a quotation. */
  inQuote(offset: number): boolean {
    const at = this.sentence.view.toSource(offset);
    return this.quotations.enclosing(at, at + 1) !== undefined;
  }

  span(from: number, to: number): Span {
    const units = this.units;
    const [start, end] = this.sentence.view.range(units[from]!.start, units[to - 1]!.end);
    return { text: this.sentence.text.slice(units[from]!.start, units[to - 1]!.end), start, end };
  }

  classify(from: number, to: number, readFrom: ReadFrom): FoundSource | undefined {
    return classifySource(this.sentence, this.units, from, to, readFrom, this.registry, this.hasMarker);
  }

  /** The source phrase after a cue, up to the next comma or clause boundary ("according to X, ..."). */
  rightSource(from: number): FoundSource | undefined {
    let to = from;
    while (to < this.units.length && this.units[to]!.text !== ',' && !(this.units[to]!.kind === 'punct' && isHardBoundary(this.units[to]!))) to++;
    return this.classify(from, to, 'start');
  }

  /** An inverted subject (", said the ministry."): a short phrase running to a comma or the end, with no verb of its own. */
  invertedSource(from: number): FoundSource | undefined {
    const units = this.units;
    let to = from;
    while (to < units.length && units[to]!.text !== ',' && !(units[to]!.kind === 'punct' && isHardBoundary(units[to]!))) to++;
    if (to === from || to - from > 14) return undefined;
    // "said the attack “displays ...”" is a verb and its object, not an inversion.
    if (to < units.length && isQuoteMark(units[to])) return undefined;
    if (units.slice(from, to).some((unit) => isWord(unit) && CLAUSE_MARKERS.has(unit.lower))) return undefined;
    if (!isWord(units[from]) || NOT_A_SUBJECT_START.has(units[from]!.lower)) return undefined;
    // "said he expected ..." is a pronoun subject of a reported clause; only a lone pronoun is inverted ("said he").
    if (PRONOUN_SUBJECTS.has(units[from]!.lower) && to - from > 1) return undefined;
    return this.classify(from, to, 'start');
  }

  /**
   * The subject of a verb whose preceding word is at `end - 1`: the comma-separated segment nearest the verb,
   * stepping over appositions ("Smith, 45, said"; "A US official, preferring anonymity, indicated").
   * With `requireApposition`, a participle right after a comma counts only after an apposition, since
   * "the attack, described as ..." is a reduced relative clause, not a report.
   */
  leftSubject(end: number, requireApposition = false): FoundSource | undefined {
    const units = this.units;
    let start = end;
    while (start > 0 && !isHardBoundary(units[start - 1]!, units[start - 2])) start--;
    if (start === end) {
      const boundary = units[start - 1];
      // "a statement that said ...": the subject is the noun the relative pronoun stands for.
      if (boundary && RELATIVES.has(boundary.lower) && start - 1 > 0) return this.leftSubject(start - 1);
      return undefined;
    }
    const before = units[end - 1]!;
    if (isWord(before) && COORDINATORS.has(before.lower)) return this.leadingSubject(start, end - 1);
    const segments: [number, number][] = [];
    let segmentStart = start;
    for (let k = start; k < end; k++) {
      if (units[k]!.text !== ',') continue;
      segments.push([segmentStart, k]);
      segmentStart = k + 1;
    }
    segments.push([segmentStart, end]);
    // Appositions sit between commas, so they are only stepped over when a comma comes right before the verb.
    const afterComma = segments.length > 1 && segments[segments.length - 1]![0] === end;
    if (afterComma) segments.pop();
    const last = segments.length - 1;
    let k = last;
    while (afterComma && k > 0 && this.isApposition(segments[k]!, segments[k - 1]!)) k--;
    if (requireApposition && k === last) return undefined;
    // The head and its appositions each may name the source; the most specific wins ("Reilly's lawyer, Mark Bensen").
    let best: FoundSource | undefined;
    for (let j = k; j <= last; j++) {
      const candidate = this.classify(segments[j]![0], segments[j]![1], j === k ? 'end' : 'start');
      if (candidate && (!best || SPECIFICITY[candidate.source.kind] > SPECIFICITY[best.source.kind])) best = candidate;
    }
    return best;
  }

  /** The subject at the head of a clause whose verb comes after a coordinated one ("He did not elaborate but said"). */
  private leadingSubject(start: number, end: number): FoundSource | undefined {
    const units = this.units;
    let from = start;
    for (let k = start; k < end; k++) {
      if (units[k]!.text !== ',') continue;
      if (INTRO_WORDS.has(units[from]!.lower)) from = k + 1;
      else break;
    }
    return this.classify(from, Math.min(end, from + 8), 'start');
  }

  private isApposition([start, end]: [number, number], [previousStart, previousEnd]: [number, number]): boolean {
    const units = this.units;
    const first = units[start];
    if (!first || start >= end) return false;
    if (RELATIVES.has(first.lower) || first.lower === 'whose' || first.lower === 'whom') return true;
    if (/^\d+$/.test(first.text) && end - start === 1) return true;
    if (isWord(first) && /ing$/.test(first.lower) && first.lower !== 'according') return true;
    // "John Smith, a spokesman for the ministry, said": the segment before is a name.
    const isName = (words: Unit[]) => words.length > 0 && words.length <= 6 && words.every((unit) => /^\p{Lu}/u.test(unit.text) || NAME_PARTICLES.has(unit.lower));
    const previous = units.slice(previousStart, previousEnd).filter(isWord);
    if (isName(previous)) return true;
    // "Reilly's lawyer, Mark Bensen, said": the segment is a name after a short noun phrase.
    const current = units.slice(start, end).filter(isWord);
    return isName(current) && previous.length > 0 && previous.length <= 6 && !INTRO_WORDS.has(previous[0]!.lower);
  }

  /** The source of a verb cue at units [from, to), or undefined when the verb is not a report here. */
  verbSource(entry: AttributionCueEntry, from: number, to: number): FoundSource | undefined {
    const units = this.units;
    // "a crew believed to be unlicensed": a passive report, not the crew's belief.
    if (RELATIVE_PARTICIPLES.has(units[from]!.lower) && units[to]?.lower === 'to' && ['be', 'have'].includes(units[to + 1]?.lower ?? '')) return undefined;
    let i = from - 1;
    while (i >= 0 && isWord(units[i]) && ADVERBS.has(units[i]!.lower)) i--;
    const previous = units[i];
    const next = units[to];
    if (isWord(previous) && BE.has(previous.lower)) return next?.lower === 'by' ? this.rightSource(to + 1) : undefined;
    if (isWord(previous) && BLOCKERS.has(previous.lower)) return undefined;
    const afterComma = previous?.text === ',';
    const inverted = !isWord(previous);
    const reportsSpeech = next === undefined || next.lower === 'that' || [',', ':', '.', '!', '?'].includes(next.text) || isQuoteMark(next);
    if (!inverted) return entry.strict && !reportsSpeech ? undefined : this.leftSubject(i + 1);
    // "Smith, 45, said ...": a subject with an apposition comes first; otherwise ", said the ministry" is inverted.
    const apposed = afterComma ? this.leftSubject(i + 1, true) : undefined;
    if (apposed) return apposed;
    const subject = this.invertedSource(to);
    if (subject || (entry.strict && !reportsSpeech)) return subject;
    if (entry.participle && next?.lower === 'by') return this.rightSource(to + 1);
    return undefined;
  }

  resolve(found: FoundSource): Source {
    const source = found.source;
    const block = this.sentence.block.index;
    if (source.kind === 'pronoun') {
      const word = source.text.toLowerCase();
      const antecedent = word === 'he' || word === 'she' ? this.registry.lastPerson : this.registry.lastGroup;
      if (antecedent && block - antecedent.block <= PRONOUN_REACH) source.refersTo = antecedent.source;
    } else if (source.kind === 'person') {
      this.registry.addPerson(source.refersTo ?? source, block);
    } else if (source.kind !== 'vague') {
      this.registry.lastGroup = { source, block };
    }
    return source;
  }
}

function findCues(reader: SentenceReader): { cues: AttributionCue[]; found: Map<AttributionCue, FoundSource> } {
  const cues: AttributionCue[] = [];
  const found = new Map<AttributionCue, FoundSource>();
  // Units already read as the source after "according to" and its kin: no cue starts inside them ("court records").
  let sourceReach = 0;
  for (const match of reader.phrases.cues) {
    if (reader.inQuote(match.start)) continue;
    const range = unitRange(reader.units, match.start, match.end);
    if (!range) continue;
    const [from, to] = range;
    if (from < sourceReach) continue;
    const entry = match.data;
    // A capitalised verb inside a sentence is part of a name ("the United States").
    if (entry.kind === 'verb' && from > 0 && /^\p{Lu}/u.test(reader.units[from]!.text) && !isQuoteMark(reader.units[from - 1])) continue;
    let source: FoundSource | undefined;
    if (entry.kind === 'verb') source = reader.verbSource(entry, from, to);
    else if (entry.kind === 'preposition') source = reader.rightSource(to);
    else {
      const channel = reader.span(from + 1, to);
      source = { source: { kind: 'document', ...channel }, from: from + 1, to };
    }
    if (!source) continue;
    if (entry.documentOnly && source.source.kind !== 'document') continue;
    if (entry.kind === 'preposition') sourceReach = source.to;
    const cue: AttributionCue = { kind: entry.kind, ...reader.span(from, to), from, to, source: reader.resolve(source) };
    cues.push(cue);
    found.set(cue, source);
  }
  return { cues, found };
}

/** "be" + adverbs + a reporting participle + its complement, with no "by" agent; or a reduced relative ("a militia believed to be"). */
function passiveReports(reader: SentenceReader): VagueAttribution[] {
  const units = reader.units;
  const found: VagueAttribution[] = [];
  for (let i = 0; i < units.length; i++) {
    const verb: PassiveReportVerb | undefined = isWord(units[i]) ? PASSIVE_VERBS.get(units[i]!.lower) : undefined;
    if (!verb) continue;
    const next = units[i + 1];
    if (!isWord(next) || !verb.complements.includes(next.lower)) continue;
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

/** True when the sentence or one next to it in the paragraph names a member of the group ("critics, including Sen. X"). */
function groupNamed(reader: SentenceReader, after: number, neighbours: readonly Sentence[], group: string): boolean {
  if (/\b(?:including|such as|like|among them|led by|notably)\s+(?:\p{Lu}|the\s+\p{Lu})/u.test(reader.sentence.text.slice(after))) return true;
  const head = group.split(' ').pop()!;
  if (!/[^s]s$/.test(head) || head === 'others') return false;
  const singular = head.replace(/s$/, '');
  return neighbours.some((sentence) => new RegExp(`\\b${singular}\\b`, 'i').test(sentence.text) && /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence.text));
}

function findVague(reader: SentenceReader, neighbours: readonly Sentence[]): VagueAttribution[] {
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

function findAnonymous(reader: SentenceReader, cues: AttributionCue[], found: Map<AttributionCue, FoundSource>, next: Sentence | undefined): AnonymousSource[] {
  const reasons = reasonMatcher();
  const text = reader.sentence.text;
  const units = reader.units;
  const marker = reader.phrases.markers[0];
  const markerSpan = marker ? (() => {
    const range = unitRange(units, marker.start, marker.end);
    return range ? reader.span(range[0], range[1]) : undefined;
  })() : undefined;
  const candidates: FoundSource[] = [];
  for (const cue of cues) {
    const source = found.get(cue);
    if (source?.source.kind === 'anonymous' && !candidates.some((other) => other.source.start === source.source.start)) candidates.push(source);
  }
  if (candidates.length === 0 && marker) {
    const whole = reader.classify(0, units.length, 'start');
    if (whole?.source.kind === 'anonymous') candidates.push(whole);
  }
  return candidates.map((candidate) => {
    // A reason counts inside the source phrase ("two officials who were not authorized ...") or after the marker.
    const windows: [number, number][] = [[units[candidate.from]!.start, units[candidate.to - 1]!.end]];
    if (marker) {
      let stop = unitAt(units, marker.end);
      while (stop < units.length && units[stop]!.text !== ',' && !(units[stop]!.kind === 'punct' && isHardBoundary(units[stop]!))) stop++;
      windows.push([marker.start, units[stop - 1]?.end ?? marker.end]);
    }
    let reason: Span | undefined;
    for (const [start, end] of windows) {
      const hit = reasons.match(text.slice(start, end))[0];
      if (!hit) continue;
      const from = unitAt(units, start + hit.start);
      let to = from;
      while (to < units.length && units[to]!.end <= end && !(units[to]!.kind === 'punct' && units[to]!.text === ',')) to++;
      reason = reader.span(from, to);
      break;
    }
    if (!reason && next && NEXT_SENTENCE_REASON.test(next.text)) {
      const [start, end] = next.view.range(0, next.text.length);
      reason = { text: next.text, start, end };
    }
    return { source: candidate.source, ...(markerSpan ? { marker: markerSpan } : {}), ...(reason ? { reason } : {}) };
  });
}

/** The attribution model of an article, in one pass over its sentences (linear in their length). */
export function findAttributions(article: Article): Attributions {
  const registry = new NameRegistry();
  const quotations = article.facts.quotations;
  const sentences: SentenceAttribution[] = [];
  for (const sentence of article.sentences) {
    const reader = new SentenceReader(sentence, quotations, registry, phrasesOf(sentence.text));
    for (const name of namesIn(sentence, reader.units)) registry.addPerson(name, sentence.block.index);
    const { cues, found } = findCues(reader);
    const siblings = sentence.block.sentences;
    const position = siblings.indexOf(sentence);
    const neighbours = [siblings[position - 1], siblings[position + 1]].filter((other): other is Sentence => other !== undefined);
    const attributed = cues.some((cue) => cue.source.kind !== 'vague');
    sentences.push({
      sentence,
      units: reader.units,
      cues,
      vague: attributed ? [] : findVague(reader, neighbours),
      anonymous: findAnonymous(reader, cues, found, siblings[position + 1]),
      attributed,
    });
  }
  carryAttribution(article, sentences);
  return new Attributions(sentences, linkQuoteSpeakers(article, sentences));
}

function opensWith(matcher: PhraseMatcher<true>, sentence: Sentence): boolean {
  const text = sentence.text.replace(/^[\s"“‘'(]+/u, '');
  return matcher.match(text.slice(0, 40)).some((match) => match.start === 0);
}

function endsWithColon(sentence: Sentence): boolean {
  return /:\s*$/.test(sentence.text);
}

/** A Markdown list item, or a bulleted line of plain text. */
function isListItem(block: Block): boolean {
  return block.kind === 'list-item' || /^[•·▪‣◦*\-–]\s/u.test(block.text);
}

/** Marks unattributed sentences that an attributed neighbour in the same paragraph clearly covers. */
function carryAttribution(article: Article, sentences: SentenceAttribution[]): void {
  const continuations = continuationMatcher();
  const backReferences = backReferenceMatcher();
  let listIntro: SentenceAttribution | undefined;
  for (const block of article.blocks) {
    const own = block.sentences.map((sentence) => sentences[sentence.index]!);
    own.forEach((attribution, position) => {
      if (attribution.attributed) return;
      const before = own[position - 1];
      const after = own[position + 1];
      if (before?.attributed && (endsWithColon(before.sentence) || opensWith(continuations, attribution.sentence))) {
        attribution.carriedFrom = before.sentence;
      } else if (after?.attributed && opensWith(backReferences, after.sentence)) {
        attribution.carriedFrom = after.sentence;
      } else if (isListItem(block) && listIntro && position === 0) {
        attribution.carriedFrom = listIntro.sentence;
      }
    });
    if (!isListItem(block)) {
      const last = own[own.length - 1];
      listIntro = last?.attributed && endsWithColon(last.sentence) ? last : undefined;
    }
  }
}
