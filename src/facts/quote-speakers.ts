import type { Article, Quote, Sentence } from '../article/article.js';
import type { Source } from './sources.js';
import type { AttributionCue, SentenceAttribution } from './attribution.js';

export interface QuoteAttribution {
  quote: Quote;
  /** The sentences the quotation runs through. */
  sentences: Sentence[];
  /** Words between the marks. */
  wordCount: number;
  /** True when the quotation holds a clause with a finite verb, not a phrase ("early warning systems worked"). */
  clause: boolean;
  /** True when every word is capitalised, as in a title or a name ("Islamic Resistance in Iraq"). */
  titleCase: boolean;
  speaker?: Source;
  /**
   * Where the speaker was found: in the quotation's own sentence, in the sentence before it (a quotation that opens
   * its sentence continues the last speaker's words), in the sentence after it, or in an earlier paragraph whose
   * quotation runs on into this one.
   */
  via?: 'sentence' | 'previous' | 'next' | 'continued';
}

const WORD = /[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu;
/** Function words that mark a finite verb: auxiliaries, modals, copulas and subject pronouns. */
const FINITE = new Set([
  'is', 'are', 'was', 'were', 'am', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'do',
  'does', 'did', 'has', 'have', 'had', 'i', 'we', 'you', 'he', 'she', 'they', "won't", "can't", "don't", "doesn't",
  "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't", "i'm",
  "we're", "they're", "you're", "it's", "he's", "she's", "that's", "there's", "we've", "i've", "they've", "we'll",
  "i'll", "they'll", "let's",
]);
/** Lower-case words allowed inside a title ("Axis of Resistance"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or', 'with', 'from']);
/** A dash and a name right after a quotation sign it. */
const DASH_SIGNATURE = /^[ \t,]*[—–―][ \t]*(\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,4})/u;
/** A cue this close to the start of the next sentence attributes a quotation that ends the sentence before. */
const NEXT_SENTENCE_REACH = 6;

function describe(quote: Quote): Pick<QuoteAttribution, 'wordCount' | 'clause' | 'titleCase'> {
  const words = quote.text.match(WORD) ?? [];
  const lower = words.map((word) => word.toLowerCase().replace(/’/g, "'"));
  // Without a parser: a function word that marks a finite verb, a past tense, or the length and end of a sentence.
  const clause =
    words.length >= 2 &&
    (lower.some((word, i) => FINITE.has(word) || (i > 0 && word.length > 4 && /ed$/.test(word))) ||
      (words.length >= 6 && /[.!?,]$/.test(quote.text)) ||
      words.length >= 10);
  const titleCase = words.length > 0 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || TITLE_SMALL_WORDS.has(word));
  return { wordCount: words.length, clause, titleCase };
}

/** Cues that can name a speaker: not vague, and a channel ("at a news conference") only when nothing else is there. */
function speakerCues(attribution: SentenceAttribution | undefined): AttributionCue[] {
  const cues = attribution?.cues.filter((cue) => cue.source.kind !== 'vague') ?? [];
  const named = cues.filter((cue) => cue.kind !== 'channel');
  return named.length > 0 ? named : cues;
}

/** The cue nearest the quotation among those outside every quotation of the sentence. */
function nearestCue(quote: Quote, attributions: readonly SentenceAttribution[]): AttributionCue | undefined {
  let best: AttributionCue | undefined;
  let bestDistance = Infinity;
  for (const attribution of attributions) {
    for (const cue of speakerCues(attribution)) {
      const distance = cue.start >= quote.end ? cue.start - quote.end : cue.end <= quote.start ? quote.start - cue.end : Infinity;
      if (distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    }
  }
  return best;
}

function lastCue(attribution: SentenceAttribution | undefined): AttributionCue | undefined {
  const cues = speakerCues(attribution);
  return cues[cues.length - 1];
}

/** The cue of the sentence whose attribution carries over to this one (see SentenceAttribution.carriedFrom). */
function carried(attribution: SentenceAttribution, sentences: readonly SentenceAttribution[]): AttributionCue | undefined {
  return attribution.carriedFrom ? lastCue(sentences[attribution.carriedFrom.index]) : undefined;
}

/** Links every quotation to its speaker: its own sentence first, then the sentence before, then the one after. */
export function linkQuoteSpeakers(article: Article, sentences: readonly SentenceAttribution[]): QuoteAttribution[] {
  const linked: QuoteAttribution[] = [];
  let previousQuote: QuoteAttribution | undefined;
  for (const quote of article.quotes) {
    const inQuote = quote.block.sentences.filter((sentence) => sentence.start < quote.end && sentence.end > quote.start);
    const result: QuoteAttribution = { quote, sentences: inQuote, ...describe(quote) };
    linked.push(result);
    const first = inQuote[0];
    const last = inQuote[inQuote.length - 1];
    if (!first || !last) continue;
    const own = nearestCue(quote, inQuote.map((sentence) => sentences[sentence.index]!));
    const opensSentence = quote.start <= first.start + 1;
    const before = sentences[first.index - 1];
    const after = sentences[last.index + 1];
    const sameBlock = (other: SentenceAttribution | undefined) => other !== undefined && other.sentence.block === quote.block;
    const opensBlock = first === quote.block.sentences[0];
    const signed = DASH_SIGNATURE.exec(article.text.slice(quote.end, quote.end + 80));
    if (own) {
      result.speaker = own.source;
      result.via = 'sentence';
    } else if (signed) {
      // "“We will win.” — Coach Ana Ruiz": a pull quote signed with a dash.
      const start = quote.end + signed.index + signed[0].length - signed[1]!.length;
      result.speaker = { kind: 'person', text: signed[1]!, start, end: start + signed[1]!.length };
      result.via = 'sentence';
    } else if (
      opensBlock &&
      previousQuote?.speaker &&
      !previousQuote.quote.closed &&
      previousQuote.quote.block.index === quote.block.index - 1
    ) {
      result.speaker = previousQuote.speaker;
      result.via = 'continued';
    } else if (opensSentence && (sameBlock(before) || opensBlock) && lastCue(before)) {
      result.speaker = lastCue(before)!.source;
      result.via = 'previous';
    } else if (opensSentence && carried(sentences[first.index]!, sentences)) {
      // A list of quotations after "Residents told us:" all belong to the speaker of the lead-in.
      result.speaker = carried(sentences[first.index]!, sentences)!.source;
      result.via = 'previous';
    } else if (sameBlock(after)) {
      const cue = speakerCues(after).find((candidate) => candidate.from < NEXT_SENTENCE_REACH);
      if (cue && quote.end >= last.end - 2) {
        result.speaker = cue.source;
        result.via = 'next';
      }
    }
    previousQuote = result;
  }
  return linked;
}
