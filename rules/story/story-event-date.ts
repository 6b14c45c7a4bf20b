import type { Article, Sentence } from '../../src/article/article.js';
import type { NameMention } from '../../src/facts/names.js';
import { EVENT_WORDS, FAMILY_NOUN, type EventFamily } from '../../src/facts/data/event-words.js';
import { distinctiveNameWords, sameTarget, type DatedEvent, type EventTarget } from '../../src/facts/date-events.js';
import { DAY_KINDS, sameDay, sameNight, type ResolvedDate } from '../../src/facts/resolve-dates.js';
import { citation, citedValues, judge, tableRow, type Relation } from '../../src/story/minority.js';
import { daysBetween, formatLong } from '../../src/text/calendar.js';
import type { StoryRule } from '../../src/types.js';
import { FACILITY_WORDS } from '../data/facility-words.js';

/** Events of one kind kept apart per story: bounds the comparisons of a long story with many events. */
const MAX_EVENTS_PER_FAMILY = 32;
/** Mentions of one event an article brings: enough to see it contradict itself, few enough to compare all pairs. */
const MAX_MENTIONS_PER_ARTICLE = 8;
/**
 * Two dates of "one" event further apart than this are two events (a past attack on the same base), not a conflict;
 * a weekday resolved against a wrong dateline lands far off too and is left alone.
 */
const MAX_DAYS_APART = 7;

const FACILITIES = new Set(FACILITY_WORDS);
/** A facility noun written in lower case after a name: "Ain al-Asad air base", "Tal Hamra fuel depot". */
const FACILITY_AFTER = /^\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b/;

/** An article's dated mention of an event at a named place. */
interface EventStatement {
  article: number;
  event: DatedEvent;
  place: EventTarget;
}

/** A named site in the sentence when the event word has no place of its own ("troops at Al Asad Air Base were injured ... during an attack"). */
function siteInSentence(article: Article, names: readonly NameMention[]): EventTarget | undefined {
  const sites: EventTarget[] = [];
  for (const mention of names) {
    const words = mention.tokens.map((token) => token.text);
    const last = words[words.length - 1]!.toLowerCase();
    const following = FACILITY_AFTER.exec(article.text.slice(mention.end, mention.end + 40))?.[1];
    const head = FACILITIES.has(last) ? last : following && FACILITIES.has(following) ? following : undefined;
    if (!head) continue;
    const names = words.flatMap(distinctiveNameWords).filter((word) => word !== head);
    if (names.length) sites.push({ text: `${mention.text}${head === last ? '' : ` ${head}`}`, names, head, headIsName: head === last, definite: false });
  }
  // Two sites in one sentence: which one the event is at is a guess.
  return sites.length === 1 ? sites[0] : undefined;
}

/** The article's dated events with a named place: their own, their group's, or the one site the sentence names. */
function statementsOf(article: Article, index: number): EventStatement[] {
  const groupPlace = new Map<DatedEvent, EventTarget>();
  for (const group of article.facts.eventGroups) {
    const named = group.events.find((event) => event.target && event.target.names.length > 0)?.target;
    if (named) for (const event of group.events) groupPlace.set(event, named);
  }
  const namesBySentence = new Map<Sentence, NameMention[]>();
  for (const mention of article.facts.names) {
    const list = namesBySentence.get(mention.sentence);
    if (list) list.push(mention);
    else namesBySentence.set(mention.sentence, [mention]);
  }
  const statements: EventStatement[] = [];
  for (const event of article.facts.datedEvents) {
    if (event.further || !DAY_KINDS.has(event.date.kind) || event.date.weekdayMismatch) continue;
    const own = event.target && event.target.names.length > 0 ? event.target : undefined;
    const place = own ?? groupPlace.get(event) ?? siteInSentence(article, namesBySentence.get(event.date.mention.sentence) ?? []);
    if (place) statements.push({ article: index, event, place });
  }
  return statements;
}

function relate(a: EventStatement, b: EventStatement): Relation {
  const [x, y] = [a.event.date, b.event.date];
  if (x.date && y.date && Math.abs(daysBetween(x.date, y.date)) > MAX_DAYS_APART) return undefined;
  const same = sameDay(x, y);
  if (same === undefined) return undefined;
  return same || sameNight(x, y) ? 'agree' : 'conflict';
}

const SINGULAR_NOUNS = new Set(EVENT_WORDS.filter(([, word]) => word.form === 'noun' && !word.plural).map(([phrase]) => phrase));

/** What to call the event: the first noun an article names it by ("flood", "drone strike"), else its family's noun. */
function nounOf(event: readonly EventStatement[]): string {
  const named = event.map((statement) => statement.event.word.toLowerCase()).find((word) => SINGULAR_NOUNS.has(word));
  return named ?? FAMILY_NOUN[event[0]!.event.family];
}

/** "the Tal Hamra fuel depot", "Iraq's Ain al-Asad air base". */
function placePhrase(place: EventTarget): string {
  return /^the\s/i.test(place.text) || /['’]s\s/.test(place.text) ? place.text : `the ${place.text}`;
}

/** "Saturday, January 20, 2024"; as written ("Saturday") when the article has no date to resolve it against. */
function dayOf(date: ResolvedDate): string {
  return date.date ? formatLong(date.date) : date.mention.text;
}

/** Statements about one event: same kind, same place. An article that dates it two ways is left to event-date-conflict. */
function eventsOfStory(statements: readonly EventStatement[]): EventStatement[][] {
  const byFamily = new Map<EventFamily, EventStatement[][]>();
  for (const statement of statements) {
    const clusters = byFamily.get(statement.event.family) ?? [];
    byFamily.set(statement.event.family, clusters);
    const cluster = clusters.find((candidate) => sameTarget(candidate[0]!.place, statement.place));
    if (!cluster) {
      if (clusters.length < MAX_EVENTS_PER_FAMILY) clusters.push([statement]);
    } else if (cluster.filter((other) => other.article === statement.article).length < MAX_MENTIONS_PER_ARTICLE) cluster.push(statement);
  }
  const events: EventStatement[][] = [];
  for (const clusters of byFamily.values()) {
    for (const cluster of clusters) {
      const consistent = cluster.filter((statement) =>
        cluster.every((other) => other.article !== statement.article || relate(other, statement) !== 'conflict'),
      );
      // One statement per article: its first mention of the event.
      const first = consistent.filter((statement, i) => consistent.findIndex((other) => other.article === statement.article) === i);
      if (new Set(first.map((statement) => statement.article)).size >= 2) events.push(first);
    }
  }
  return events;
}

const rule: StoryRule = {
  meta: {
    id: 'story-event-date',
    scope: 'story',
    description: 'Articles of one story place the same event (same kind, same place) on different days.',
    category: 'dates',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/story-event-date.md',
  },
  check({ articles, report, tabulate }) {
    const statements = articles.flatMap(({ article }, index) => statementsOf(article, index));
    const lineOf = (statement: EventStatement) => articles[statement.article]!.article.lines.point(statement.event.date.mention.start).line;
    for (const event of eventsOfStory(statements)) {
      const { dissents, compared } = judge(event, relate);
      if (compared.size === 0) continue;
      const noun = nounOf(event);
      const place = placePhrase(event[0]!.place);
      for (const { statement, against } of dissents) {
        const from = articles[statement.article]!.filePath;
        const others = citedValues(against.map((other) => ({ text: dayOf(other.event.date), place: citation(from, articles[other.article]!.filePath, lineOf(other)) })));
        const date = statement.event.date.mention;
        report(statement.article, {
          message: `The ${noun} on ${place} is placed on ${dayOf(statement.event.date)} here but on ${others}.`,
          start: date.start,
          end: date.end,
          related: against.map((other) => ({
            article: other.article,
            message: `The ${noun} placed on ${dayOf(other.event.date)}.`,
            start: other.event.date.mention.start,
            end: other.event.date.mention.end,
          })),
        });
      }
      tabulate({
        label: `${noun} on ${event[0]!.place.text}`,
        ...tableRow(articles.length, event.filter((statement) => compared.has(statement)), (statement) => dayOf(statement.event.date), dissents),
      });
    }
  },
};

export default rule;
