import type { Article, Sentence } from '../src/article/article.js';
import type { Quantity } from '../src/facts/quantities.js';
import type { Rule } from '../src/types.js';
import { overlaps } from '../src/text/interval.js';

/** Earlier statements of one thing that a later one is checked against; bounds the work per bucket. */
const MAX_COMPARED = 8;

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

/** A specific enough counted thing: a bare "missiles" or "people" could be any group. */
function isSpecific(quantity: Quantity): boolean {
  const thing = quantity.thing!;
  return thing.qualifiers.length > 0 || (thing.modifiers.length > 0 && quantity.predicate !== undefined);
}

function isCandidate(quantity: Quantity, article: Article, aboutChange: (sentence: Sentence) => boolean): boolean {
  return (
    quantity.kind === 'count' &&
    quantity.thing !== undefined &&
    !quantity.thing.partitive &&
    quantity.sentence !== undefined &&
    !quantity.titleCase &&
    !(quantity.block === article.headline && quantity.block.kind !== 'paragraph') &&
    isSpecific(quantity) &&
    !aboutChange(quantity.sentence)
  );
}

/** Answers a question about a sentence once, however many numbers it holds. */
function perSentence<T>(question: (sentence: Sentence) => T): (sentence: Sentence) => T {
  const answers = new Map<Sentence, T>();
  return (sentence) => {
    if (!answers.has(sentence)) answers.set(sentence, question(sentence));
    return answers.get(sentence)!;
  };
}

interface TimeScope {
  /** The dates and times a sentence names, as one comparable string ("" when it names none). */
  key: string;
  /** It names a year, a relative time ("last year") or a period ("since", "overnight"), which sets its count apart. */
  anchored: boolean;
}

/** The times each sentence speaks of, so counts from different times are not compared. */
class TimeScopes {
  private bySentence?: Map<number, { parts: Set<string>; anchored: boolean }>;

  constructor(private readonly article: Article) {}

  private build(): Map<number, { parts: Set<string>; anchored: boolean }> {
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

  of(sentence: Sentence): TimeScope {
    this.bySentence ??= this.build();
    const scope = this.bySentence.get(sentence.index);
    const years = [...sentence.text.matchAll(YEAR_SCOPE)].map((match) => match[1]!);
    const periods = [...sentence.text.matchAll(PERIOD_SCOPE)].map((match) => match[1]!.toLowerCase());
    const parts = [...new Set([...(scope?.parts ?? []), ...years, ...periods])].sort();
    return { key: parts.join('|'), anchored: (scope?.anchored ?? false) || years.length > 0 || periods.length > 0 };
  }
}

/** Two counts can be compared when they speak of the same time, or one names none and the other no year. */
function sameTime(a: TimeScope, b: TimeScope): boolean {
  return a.key === b.key || (a.key === '' && !b.anchored) || (b.key === '' && !a.anchored);
}

function phrase(article: Article, quantity: Quantity): string {
  const written = `"${article.text.slice(quantity.start, quantity.phraseEnd)}"`;
  return quantity.thing?.elided ? `${written} (${quantity.thing.headText})` : written;
}

const rule: Rule = {
  meta: {
    id: 'count-conflict',
    description: 'The same counted thing is given numbers in different sentences that cannot both be true.',
    category: 'consistency',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/count-conflict.md',
  },
  check({ article, report }) {
    const buckets = new Map<string, Quantity[]>();
    const scopes = new TimeScopes(article);
    const timeOf = perSentence((sentence) => scopes.of(sentence));
    const aboutChange = perSentence((sentence) => CHANGE_PLAN_OR_OTHER_EVENT.test(sentence.text));
    for (const quantity of article.facts.quantities) {
      if (!isCandidate(quantity, article, aboutChange)) continue;
      const key = `${quantity.thing!.key}|${quantity.predicate ?? ''}|${quantity.agent ?? ''}`;
      const earlier = buckets.get(key);
      if (!earlier) {
        buckets.set(key, [quantity]);
        continue;
      }
      const conflicting = earlier.find(
        (other) =>
          other.sentence !== quantity.sentence &&
          !overlaps(other.interval, quantity.interval) &&
          sameTime(timeOf(other.sentence!), timeOf(quantity.sentence!)),
      );
      if (earlier.length < MAX_COMPARED) earlier.push(quantity);
      if (!conflicting) continue;
      const line = article.lines.point(conflicting.start).line;
      report({
        message: `${phrase(article, quantity)} conflicts with ${phrase(article, conflicting)} on line ${line}.`,
        start: quantity.start,
        end: quantity.phraseEnd,
        related: [{ message: `${phrase(article, conflicting)} is stated here.`, start: conflicting.start, end: conflicting.phraseEnd }],
      });
    }
  },
};

export default rule;
