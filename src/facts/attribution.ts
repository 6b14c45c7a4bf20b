import type { Article, Block, Sentence } from '../article/article.js';
import { lazyMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';
import { NameRegistry, namesIn, type Source } from './sources.js';
import { findCues, phrasesOf, SentenceReader } from './sentence-reader.js';
import { findVague } from './vague.js';
import { findAnonymous } from './anonymity.js';
import { linkQuoteSpeakers, type QuoteAttribution } from './quote-speakers.js';
import { cohesionStopWords, continuationOpeners, figureBackReferences, type CueKind } from '../../rules/data/attribution-cues.js';
import { passiveReportVerbs } from '../../rules/data/vague-attribution.js';
import { personTitles } from '../../rules/data/sources.js';
import { escapeRegExp } from '../text/regexp.js';
import { singular } from '../text/english.js';
import { isRunningText } from '../article/running-text.js';

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
  /**
   * A weaker carry-over, for ordinary figures only: the attributed sentence right before this one when both talk
   * about the same thing (they share a content word), or the attributed last sentence of the paragraph before when
   * this one opens the next paragraph ("Revenue rose 4%." after "..., the company said.").
   */
  followsSource?: Sentence;
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

/** Words that may open a passive report or precede a name: a sentence with none of them and no phrase is skipped. */
const MAY_NEED_READING = new RegExp(
  `\\b(?:${[...passiveReportVerbs.map((verb) => verb.participle), ...personTitles.map((title) => title.replace(/\\.$/, ''))].map(escapeRegExp).join('|')})\\b`,
  'i',
);

const flag = (list: string[]) => list.map((phrase) => ({ phrase, data: true as const }));
const continuationMatcher = lazyMatcher(() => flag(continuationOpeners));
const backReferenceMatcher = lazyMatcher(() => flag(figureBackReferences));

/** The attribution model of an article, in one pass over its sentences (linear in their length). */
export function findAttributions(article: Article): Attributions {
  const registry = new NameRegistry();
  const quotations = article.facts.quotations;
  const words = article.facts.words;
  const sentences: SentenceAttribution[] = [];
  for (const sentence of article.sentences) {
    const phrases = phrasesOf(sentence.text);
    // Most sentences hold no cue, weasel phrase, passive report or titled name: they need no closer reading.
    if (phrases.cues.length + phrases.vague.length + phrases.markers.length === 0 && !MAY_NEED_READING.test(sentence.text)) {
      sentences.push({ sentence, cues: [], vague: [], anonymous: [], attributed: false });
      continue;
    }
    const reader = new SentenceReader(sentence, words[sentence.index]!, quotations, registry, phrases);
    for (const name of namesIn(sentence, reader.units)) registry.addPerson(name, sentence.block.index);
    const { cues, found } = findCues(reader);
    const siblings = sentence.block.sentences;
    // A block's sentences are contiguous in the article, so the position needs no search.
    const position = sentence.index - siblings[0]!.index;
    const neighbours = [siblings[position - 1], siblings[position + 1]].filter((other): other is Sentence => other !== undefined);
    const attributed = cues.some((cue) => cue.source.kind !== 'vague');
    sentences.push({
      sentence,
      cues,
      vague: attributed ? [] : findVague(reader, neighbours),
      anonymous: findAnonymous(reader, cues, found, siblings[position + 1]),
      attributed,
    });
  }
  carryAttribution(article, sentences);
  followSources(article, sentences);
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

const COHESION_STOP_WORDS = new Set(cohesionStopWords);

/** The content words of a sentence, singular ("steps" and "step" meet), for a cheap test of shared topic. */
function contentWords(article: Article, sentence: Sentence): Set<string> {
  const found = new Set<string>();
  for (const token of article.facts.words[sentence.index]!) {
    if (token.kind !== 'word' || token.lower.length < 4 || COHESION_STOP_WORDS.has(token.lower) || /\d/.test(token.lower)) continue;
    found.add(singular(token.lower));
  }
  return found;
}

function sharesContentWord(article: Article, a: Sentence, b: Sentence): boolean {
  const words = contentWords(article, a);
  for (const word of contentWords(article, b)) if (words.has(word)) return true;
  return false;
}

/** Sets `followsSource` on unattributed sentences (see SentenceAttribution.followsSource). */
function followSources(article: Article, sentences: SentenceAttribution[]): void {
  let previousParagraph: Block | undefined;
  for (const block of article.blocks) {
    const own = block.sentences.map((sentence) => sentences[sentence.index]!);
    const lastBefore = previousParagraph?.sentences[previousParagraph.sentences.length - 1];
    const openingSource = lastBefore && sentences[lastBefore.index]!.attributed ? lastBefore : undefined;
    own.forEach((attribution, position) => {
      const before = own[position - 1];
      if (attribution.attributed || attribution.vague.length > 0) return;
      if (position === 0 && openingSource) attribution.followsSource = openingSource;
      else if (before?.attributed && sharesContentWord(article, before.sentence, attribution.sentence)) attribution.followsSource = before.sentence;
    });
    // Only a paragraph of running text right before carries into the next one: a heading or page line breaks it.
    previousParagraph = block.kind === 'paragraph' && isRunningText(article, block) ? block : undefined;
  }
}
