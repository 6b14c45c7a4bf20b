import type { Sentence } from '../article/article.js';
import type { QuotationIndex } from './quotations.js';
import type { AttributionCue, Span } from './attribution.js';
import { lazyMatcher, type PhraseMatch } from '../text/phrase-matcher.js';
import { isQuoteMark, isWord, unitAt, type Unit } from './units.js';
import { classifySource, NameRegistry, type FoundSource, type ReadFrom, type Source, type SourceKind } from './sources.js';
import { attributionCues, beForms, cueAdverbs, cueBlockers, cueNonReports, type AttributionCueEntry } from '../../rules/data/attribution-cues.js';
import { vagueGroups, vaguePhrases } from '../../rules/data/vague-attribution.js';
import { anonymityMarkers } from '../../rules/data/anonymous-sources.js';

/**
 * Reads one sentence for attribution: finds its cues with the shared phrase matcher and, for each, the source it
 * names (the subject of a reporting verb, an inverted subject, the phrase after "according to").
 */

/** What a phrase found in a sentence is. All sentence phrase lists share one matcher, so a sentence is scanned once. */
type SentencePhrase =
  | { type: 'cue'; entry: AttributionCueEntry }
  /** A sense of a cue word that is no report ("claimed responsibility"); being longer, it hides the cue. */
  | { type: 'non-report' }
  | { type: 'vague'; advice: string; group: boolean }
  | { type: 'marker' };

/** All sentence phrase lists in one matcher, built on first use so loading newslint costs nothing until a rule runs. */
const sentenceMatcher = lazyMatcher<SentencePhrase>(() => [
  ...attributionCues.map((entry) => ({ phrase: entry.phrase, data: { type: 'cue' as const, entry } })),
  ...cueNonReports.map((phrase) => ({ phrase, data: { type: 'non-report' as const } })),
  ...vaguePhrases.map((entry) => ({ phrase: entry.phrase, data: { type: 'vague' as const, advice: entry.advice, group: false } })),
  ...vagueGroups.map((group) => ({ phrase: group.phrase, data: { type: 'vague' as const, advice: group.advice, group: true } })),
  ...anonymityMarkers.map((phrase) => ({ phrase, data: { type: 'marker' as const } })),
]);

/** The phrases of one sentence, sorted by kind. */
export interface SentencePhrases {
  cues: PhraseMatch<AttributionCueEntry>[];
  vague: PhraseMatch<{ advice: string; group: boolean }>[];
  markers: PhraseMatch<true>[];
}

export function phrasesOf(text: string): SentencePhrases {
  const phrases: SentencePhrases = { cues: [], vague: [], markers: [] };
  for (const match of sentenceMatcher().match(text)) {
    const { start, end, phrase, data } = match;
    if (data.type === 'cue') phrases.cues.push({ start, end, phrase, data: data.entry });
    else if (data.type === 'vague') phrases.vague.push({ start, end, phrase, data: { advice: data.advice, group: data.group } });
    else if (data.type === 'marker') phrases.markers.push({ start, end, phrase, data: true });
  }
  return phrases;
}

export const ADVERBS = new Set(cueAdverbs);
export const BLOCKERS = new Set(cueBlockers);
export const BE = new Set(beForms);
/** Participles that also open a reduced relative clause without "be" ("a militia believed to be ..."). */
export const RELATIVE_PARTICIPLES = new Set(['believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'alleged', 'understood', 'suspected', 'estimated']);
const SUBORDINATORS = new Set(['that', 'because', 'while', 'although', 'though', 'after', 'before', 'when', 'whenever', 'if', 'whether', 'where', 'since', 'until', 'unless', 'whereas', 'as', 'than', 'which']);
const RELATIVES = new Set(['that', 'which', 'who']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const INTRO_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'with', 'for', 'under', 'by', 'despite', 'amid', 'meanwhile', 'however', 'also', 'earlier', 'later', 'separately', 'currently', 'yesterday', 'today', 'additionally', 'still', 'then', 'now', 'instead', 'overall']);
/** Words that cannot open an inverted subject (", described as the worst ..."). */
const NOT_A_SUBJECT_START = new Set(['as', 'in', 'on', 'at', 'by', 'for', 'with', 'to', 'from', 'of', 'that', 'and', 'but', 'or', 'so', 'than', 'then', 'after', 'before', 'during', 'while', 'not', 'into', 'over', 'about', 'earlier', 'later', 'last', 'this']);
const NAME_PARTICLES = new Set(['of', 'al', 'bin', 'de', 'van', 'von']);
/** Words that make a phrase after a verb a clause rather than its inverted subject (", said the attack was over"). */
const CLAUSE_MARKERS = new Set([...beForms, 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'has', 'have', 'had', 'that', 'to', 'did', 'does']);
export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const HARD_PUNCTUATION = new Set([';', ':', '—', '–', '(', ')', '[', ']', '.', '!', '?', '…']);
/** Which reading of a subject and its appositions names the source most specifically. */
const SPECIFICITY: Record<SourceKind, number> = { anonymous: 6, person: 5, organization: 4, document: 3, pronoun: 2, other: 1, vague: 0 };
/** How far back (in blocks) a pronoun may find the source it stands for. */
const PRONOUN_REACH = 3;

export function isHardBoundary(unit: Unit, previous?: Unit): boolean {
  if (unit.kind === 'punct') return HARD_PUNCTUATION.has(unit.text) || isQuoteMark(unit);
  // A relative clause after a comma belongs to the noun before it ("A state official, who asked not to be named, said").
  if (RELATIVES.has(unit.lower) && previous?.text === ',') return false;
  return SUBORDINATORS.has(unit.lower);
}

/** Unit range [from, to) exactly covering [start, end) in the sentence text, or undefined when a match cuts a word. */
export function unitRange(units: readonly Unit[], start: number, end: number): [number, number] | undefined {
  const from = unitAt(units, start);
  if (units[from]?.start !== start) return undefined;
  let to = from;
  while (to < units.length && units[to]!.end <= end) to++;
  return units[to - 1]?.end === end ? [from, to] : undefined;
}

export class SentenceReader {
  readonly units: readonly Unit[];
  readonly hasMarker: boolean;

  constructor(
    readonly sentence: Sentence,
    words: readonly Unit[],
    private readonly quotations: QuotationIndex,
    private readonly registry: NameRegistry,
    readonly phrases: SentencePhrases,
  ) {
    this.units = words;
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
    // The source phrase spans its appositions, where a reason for anonymity may be ("who was not authorized to ...").
    return best && { ...best, from: segments[k]![0], to: segments[last]![1] };
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
    if (entry.participle) return next?.lower === 'by' ? this.rightSource(to + 1) : undefined;
    return afterComma ? this.leftSubject(i + 1) : undefined;
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

/** The cues of the sentence outside quotations, each with the source it names; a cue whose source cannot be read is none. */
export function findCues(reader: SentenceReader): { cues: AttributionCue[]; found: Map<AttributionCue, FoundSource> } {
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

