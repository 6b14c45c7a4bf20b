import type { Article, Sentence } from '../article/article.js';
import type { Quantity } from './quantities.js';

/**
 * The counts that checks compare — in one article (count-conflict) or across the articles of a story (story-count) —
 * and the time each one speaks of, so counts of different periods are never compared.
 */

/**
 * A sentence about change, plans or another event gives a count for something else: "rose from 53", "will send
 * 3,000", "in an earlier attack".
 */
const CHANGE_PLAN_OR_OTHER_EVENT =
  /\b(?:rose|risen|rising|increased?|increasing|decreased?|decreasing|fell|fallen|dropped|climbed|grew|grown|jumped|doubled|tripled|halved|up from|down from|compared (?:with|to)|previous(?:ly)?|initially|originally|revised|updated|will|would|could|might|plans?|planned|expected|proposed|target|goal|another|additional|earlier|separate(?:ly)?|similar|prior|second|other|latest|recent)\b/i;

/** Years chrono does not read as dates on their own ("in 2020"). */
const YEAR_SCOPE = /\b(?:in|since|by|during|until|before|after|of)\s+(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d\d)\b/gi;
/** Periods that make a count a running total or a daily figure ("since the war began", "overnight", "so far"). */
const PERIOD_SCOPE =
  /\b(since|overnight|so far|to date|in total|overall|cumulative|daily|a day|per day|each day|this (?:week|month|year)|today|yesterday|tonight|last night)\b/gi;
/** A running total up to the time of writing: "since mid-October", "so far", "over the past three months". */
const RUNNING_TOTAL =
  /\b(?:since|so far|to date|in total|cumulative|(?:over|in|during|for) the (?:past|last) (?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2}) )?(?:days|weeks|months|years))\b/i;

export interface TimeScope {
  /** The dates and times a sentence names, as one comparable string ("" when it names none). */
  key: string;
  /** It names a year, a relative time ("last year") or a period ("since", "overnight"), which sets its count apart. */
  anchored: boolean;
  /** It gives a running total up to the time of writing ("since mid-October", "over the past three months"). */
  runningTotal: boolean;
}

/** A specific enough counted thing: a bare "missiles" or "people" could be any group. */
function isSpecific(quantity: Quantity): boolean {
  const thing = quantity.thing!;
  return thing.qualifiers.length > 0 || (thing.modifiers.length > 0 && quantity.predicate !== undefined);
}

/** Answers a question about a sentence once, however many numbers it holds. */
function perSentence<T>(question: (sentence: Sentence) => T): (sentence: Sentence) => T {
  const answers = new Map<Sentence, T>();
  return (sentence) => {
    if (!answers.has(sentence)) answers.set(sentence, question(sentence));
    return answers.get(sentence)!;
  };
}

export class ComparableCounts {
  /** Counts of a specific thing in running text, outside headlines and sentences about change, in document order. */
  readonly quantities: Quantity[];
  private bySentence?: Map<number, { parts: Set<string>; anchored: boolean }>;
  private readonly scopeOf: (sentence: Sentence) => TimeScope;

  constructor(private readonly article: Article) {
    const aboutChange = perSentence((sentence) => CHANGE_PLAN_OR_OTHER_EVENT.test(sentence.text));
    this.quantities = article.facts.quantities.filter(
      (quantity) =>
        quantity.kind === 'count' &&
        quantity.thing !== undefined &&
        !quantity.thing.partitive &&
        quantity.sentence !== undefined &&
        !quantity.titleCase &&
        !(quantity.block === article.headline && quantity.block.kind !== 'paragraph') &&
        isSpecific(quantity) &&
        !aboutChange(quantity.sentence),
    );
    this.scopeOf = perSentence((sentence) => this.scope(sentence));
  }

  /** The times a sentence speaks of. */
  timeOf(sentence: Sentence): TimeScope {
    return this.scopeOf(sentence);
  }

  private datesBySentence(): Map<number, { parts: Set<string>; anchored: boolean }> {
    const scopes = new Map<number, { parts: Set<string>; anchored: boolean }>();
    for (const mention of this.article.facts.dates) {
      const { year, month, day, weekday } = mention;
      const stated = [year, month, day, weekday?.value].some((value) => value !== undefined);
      const scope = scopes.get(mention.sentence.index) ?? { parts: new Set<string>(), anchored: false };
      scope.parts.add(stated ? `${year ?? ''}-${month ?? ''}-${day ?? ''}-${weekday?.value ?? ''}` : mention.text.toLowerCase());
      scope.anchored ||= year !== undefined || !stated;
      scopes.set(mention.sentence.index, scope);
    }
    return scopes;
  }

  private scope(sentence: Sentence): TimeScope {
    this.bySentence ??= this.datesBySentence();
    const dated = this.bySentence.get(sentence.index);
    const years = [...sentence.text.matchAll(YEAR_SCOPE)].map((match) => match[1]!);
    const periods = [...sentence.text.matchAll(PERIOD_SCOPE)].map((match) => match[1]!.toLowerCase());
    const parts = [...new Set([...(dated?.parts ?? []), ...years, ...periods])].sort();
    return {
      key: parts.join('|'),
      anchored: (dated?.anchored ?? false) || years.length > 0 || periods.length > 0,
      runningTotal: RUNNING_TOTAL.test(sentence.text),
    };
  }
}

/** Two counts can be compared when they speak of the same time, or one names none and the other no year. */
export function sameTime(a: TimeScope, b: TimeScope): boolean {
  return a.key === b.key || (a.key === '' && !b.anchored) || (b.key === '' && !a.anchored);
}

/** A count as its message quotes it: "57 in Iraq" (attacks) when the noun was left out. */
export function countPhrase(article: Article, quantity: Quantity): string {
  const written = `"${article.text.slice(quantity.start, quantity.phraseEnd)}"`;
  return quantity.thing?.elided ? `${written} (${quantity.thing.headText})` : written;
}
