import type { Article } from '../../src/article/article.js';
import { countPhrase, sameTime, type TimeScope } from '../../src/facts/comparable-counts.js';
import type { Quantity } from '../../src/facts/quantities.js';
import { overlaps } from '../../src/text/interval.js';
import { citation, citedValues, judge, tableRow, type Relation } from '../../src/story/minority.js';
import type { StoryRule } from '../../src/types.js';

/** Wordings of one counted thing kept per article (by modifiers and time); bounds the comparisons of a fact. */
const MAX_PER_ARTICLE = 4;

interface CountStatement {
  article: number;
  quantity: Quantity;
  /** Words before the head that narrow it ("militia"), "" when none. */
  modifiers: string;
  time: TimeScope;
  publication?: string;
}

/**
 * What two articles must share for their counts to be compared: the head noun with its prepositional qualifiers
 * ("attack in iraq") and the verb the count goes with ("launch" 33 missiles is not "strike" 10 missiles).
 */
function factKey(quantity: Quantity): string {
  const thing = quantity.thing!;
  return `${[thing.head, ...thing.qualifiers].join(' ')}|${quantity.predicate ?? ''}`;
}

/**
 * A running total ("since mid-October", "over the past three months") grows from one day to the next: two are
 * compared only when both are running totals written on the same day (or an article gives no date).
 */
function comparableTimes(a: CountStatement, b: CountStatement): boolean {
  if (a.time.runningTotal || b.time.runningTotal) {
    return a.time.runningTotal && b.time.runningTotal && (!a.publication || !b.publication || a.publication === b.publication);
  }
  return sameTime(a.time, b.time);
}

/** "militia attacks in Iraq" and "attacks in Iraq" are compared (more loosely); "drone attacks" and "rocket attacks" are not. */
function relate(a: CountStatement, b: CountStatement): Relation {
  const agentA = a.quantity.agent;
  const agentB = b.quantity.agent;
  if (agentA && agentB && agentA !== agentB) return undefined;
  if (a.modifiers !== b.modifiers && a.modifiers !== '' && b.modifiers !== '') return undefined;
  if (!comparableTimes(a, b)) return undefined;
  return overlaps(a.quantity.interval, b.quantity.interval) ? 'agree' : 'conflict';
}

/** The counted thing as written, without its number: "attacks in Iraq" for "53 attacks in Iraq" and for "53 in Iraq". */
function thingLabel(article: Article, quantity: Quantity): string {
  const rest = article.text.slice(quantity.end, quantity.phraseEnd).replace(/\s+/g, ' ').trim();
  return quantity.thing!.elided ? `${quantity.thing!.headText} ${rest}` : rest;
}

/** Each article's statements, one per wording and time; an article that contradicts itself is left to count-conflict. */
function statementsOf(article: Article, index: number, into: Map<string, CountStatement[]>): void {
  const counts = article.facts.comparableCounts;
  const own = new Map<string, CountStatement>();
  const perFact = new Map<string, number>();
  const inconsistent = new Set<CountStatement>();
  for (const quantity of counts.quantities) {
    const key = factKey(quantity);
    const time = counts.timeOf(quantity.sentence!);
    const modifiers = quantity.thing!.modifiers.join(' ');
    const wording = `${key}|${modifiers}|${quantity.agent ?? ''}|${time.key}`;
    const earlier = own.get(wording);
    if (earlier) {
      if (!overlaps(earlier.quantity.interval, quantity.interval)) inconsistent.add(earlier);
      continue;
    }
    const count = perFact.get(key) ?? 0;
    if (count >= MAX_PER_ARTICLE) continue;
    perFact.set(key, count + 1);
    own.set(wording, { article: index, quantity, modifiers, time, publication: article.publication?.date });
  }
  for (const statement of own.values()) {
    if (inconsistent.has(statement)) continue;
    const key = factKey(statement.quantity);
    const list = into.get(key);
    if (list) list.push(statement);
    else into.set(key, [statement]);
  }
}

const rule: StoryRule = {
  meta: {
    id: 'story-count',
    scope: 'story',
    description: 'Articles of one story give the same counted thing numbers that cannot both be true.',
    category: 'consistency',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/story-count.md',
  },
  check({ articles, report, tabulate }) {
    const facts = new Map<string, CountStatement[]>();
    articles.forEach(({ article }, index) => statementsOf(article, index, facts));
    const lineOf = (statement: CountStatement) => articles[statement.article]!.article.lines.point(statement.quantity.start).line;
    const phraseOf = (statement: CountStatement) => countPhrase(articles[statement.article]!.article, statement.quantity);
    for (const statements of facts.values()) {
      if (new Set(statements.map((statement) => statement.article)).size < 2) continue;
      const { dissents, compared } = judge(statements, relate);
      if (compared.size === 0) continue;
      for (const { statement, against } of dissents) {
        const from = articles[statement.article]!.filePath;
        const others = against.map((other) => ({ text: phraseOf(other), place: citation(from, articles[other.article]!.filePath, lineOf(other)) }));
        const loose = against.every((other) => other.modifiers !== statement.modifiers);
        report(statement.article, {
          message: `${phraseOf(statement)} conflicts with ${citedValues(others)}.`,
          start: statement.quantity.start,
          end: statement.quantity.phraseEnd,
          related: against.map((other) => ({
            article: other.article,
            message: `${phraseOf(other)} is stated here.`,
            start: other.quantity.start,
            end: other.quantity.phraseEnd,
          })),
          ...(loose ? { severity: 'info' as const } : {}),
        });
      }
      const shown = statements.filter((statement) => compared.has(statement));
      const first = shown[0]!;
      tabulate({
        label: thingLabel(articles[first.article]!.article, first.quantity),
        ...tableRow(articles.length, shown, (statement) => statement.quantity.text, dissents),
      });
    }
  },
};

export default rule;
