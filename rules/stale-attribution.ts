import type { Article, Sentence } from '../src/article/article.js';
import type { Rule } from '../src/types.js';
import { lazyMatcher } from '../src/text/phrase-matcher.js';
import { trimTrailing } from '../src/text/trim.js';
import { addDays, formatDate, formatPartialDate, latestDay, toIso } from '../src/text/calendar.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { HeldTenure, KnowledgeBase, PersonEntry, RoleEntry } from '../src/knowledge/knowledge-base.js';
import { RoleMentionFinder, type RoleMention } from '../src/knowledge/role-mentions.js';
import { pastContextPhrases, tenseMarkersAfter, tenseMarkersBefore } from './data/role-context.js';

const matcherOf = (phrases: string[]) => lazyMatcher(() => phrases.map((phrase) => ({ phrase, data: phrase })));
const BEFORE = matcherOf(tenseMarkersBefore);
const AFTER = matcherOf(tenseMarkersAfter);
const PAST_CONTEXT = matcherOf(pastContextPhrases);

/** How far after a title a date still governs it ("X, the spokesman, said in March 2021 that ..."). */
const GOVERNING_REACH = 50;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** Whether a tense marker ends right where `text` ends ("former ", "then-"). */
function endsWithMarker(text: string): boolean {
  const trimmed = trimTrailing(text, ' \t\r\n\u00a0-');
  return BEFORE().match(trimmed).some((match) => match.end === trimmed.length);
}

/** Whether a tense marker starts `text` ("-designate", " until 2021", " at the time"). */
function startsWithMarker(text: string): boolean {
  const rest = text.replace(/^[\s,-]+/u, '');
  return AFTER().match(rest).some((match) => match.start === 0);
}

/** Source offsets of the dates in a sentence that lie before `limit` (YYYY-MM-DD). */
function pastDates(article: Article, sentence: Sentence, limit: string): number[] {
  const starts: number[] = [];
  for (const mention of article.facts.dates) {
    if (mention.sentence !== sentence || mention.year === undefined) continue;
    const latest = mention.day !== undefined && mention.month !== undefined
      ? toIso({ year: mention.year, month: mention.month, day: mention.day })
      : latestDay(mention.month !== undefined ? `${mention.year}-${String(mention.month).padStart(2, '0')}` : `${mention.year}-12`);
    if (latest < limit) starts.push(mention.start);
  }
  const limitYear = Number(limit.slice(0, 4));
  for (const match of sentence.text.matchAll(YEAR)) {
    if (Number(match[0]) < limitYear) starts.push(sentence.view.range(match.index, match.index)[0]);
  }
  return starts;
}

/** The sentence (or the one before it in the paragraph) sets the title in the past. */
function inPastContext(article: Article, mention: RoleMention, date: string, graceDays: number): boolean {
  const { sentence } = mention;
  const text = sentence.text;
  const first = Math.min(mention.alias[0], mention.name[0]);
  const last = Math.max(mention.alias[1], mention.name[1]);
  if (endsWithMarker(text.slice(Math.max(0, first - 40), first))) return true;
  if (startsWithMarker(text.slice(mention.alias[1], mention.alias[1] + 40))) return true;
  if (startsWithMarker(text.slice(last, last + 40))) return true;
  if (PAST_CONTEXT().match(text).length > 0) return true;
  const limit = addDays(date, -graceDays);
  if (pastDates(article, sentence, limit).some((start) => start < mention.end + GOVERNING_REACH)) return true;
  const previous = article.sentences[sentence.index - 1];
  return previous !== undefined && previous.block === sentence.block && pastDates(article, previous, limit).length > 0;
}

function span(held: HeldTenure): string {
  const { start, end, acting } = held.tenure;
  const dates = end ? `from ${formatPartialDate(start)} to ${formatPartialDate(end)}` : `since ${formatPartialDate(start)}`;
  return acting ? `${dates} (acting)` : dates;
}

function covers(held: HeldTenure, date: string, graceDays: number): boolean {
  return addDays(held.from, -graceDays) <= date && date <= (held.to === '9999-12-31' ? held.to : addDays(held.to, graceDays));
}

/** Who held the role on `date` (never `except`), preferring a confirmed holder to an acting one. */
function holderAt(role: RoleEntry, date: string, except?: PersonEntry): HeldTenure | undefined {
  const holders = role.tenures.filter((held) => held.person !== except && held.from <= date && date <= held.to);
  holders.sort((a, b) => Number(Boolean(a.tenure.acting)) - Number(Boolean(b.tenure.acting)) || b.from.localeCompare(a.from));
  return holders[0];
}

function judge(knowledge: KnowledgeBase, mention: RoleMention, date: string, graceDays: number): string | undefined {
  const heldAny = mention.people.some((person) => person.tenures.some((held) => mention.roleIds.includes(held.tenure.role) && covers(held, date, graceDays)));
  if (heldAny || mention.people.length !== 1) return undefined;
  const person = mention.people[0]!;
  if (date > person.horizon) return undefined;
  const when = `${formatDate(date)} (the article's date)`;
  const held = person.tenures.filter((tenure) => mention.roleIds.includes(tenure.tenure.role));
  if (held.length > 0) {
    const role = knowledge.roles.get(held[0]!.tenure.role)!;
    const spans = held.filter((tenure) => tenure.tenure.role === role.role.id).map(span).join(' and ');
    const holder = date <= role.horizon ? holderAt(role, date, person) : undefined;
    const then = holder ? `; ${holder.person.person.name} held the post then` : '';
    return `${person.person.name} was ${role.role.name} ${spans}, not on ${when}${then}.`;
  }
  if (mention.roleIds.length !== 1) return undefined;
  const role = knowledge.roles.get(mention.roleIds[0]!)!;
  if (date > role.horizon || date < role.coverageStart) return undefined;
  const holder = holderAt(role, date, person);
  if (!holder) return undefined;
  const own = person.tenures.find((tenure) => tenure.from <= date && date <= tenure.to);
  const ownPost = own ? `, while ${person.surname} was ${knowledge.roles.get(own.tenure.role)!.role.name}` : '';
  return `${person.person.name} never held the post of ${role.role.name}; on ${when} it was held by ${holder.person.person.name} (${span(holder)})${ownPost}.`;
}

const rule: Rule = {
  meta: {
    id: 'stale-attribution',
    description: 'A person named with a post they did not hold on the article\'s date, per the knowledge packs.',
    category: 'stale',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/stale-attribution.md',
    options: {
      graceDays: {
        type: 'integer',
        description: 'Days around a change of office within which either holder may still be named with the title.',
        default: 7,
        minimum: 0,
        maximum: 365,
      },
    },
  },
  check({ article, options, settings, report }) {
    const date = article.publication?.date;
    if (!date) return;
    const graceDays = options.graceDays as number;
    const knowledge = loadKnowledge(settings.knowledge);
    for (const mention of new RoleMentionFinder(article, knowledge).find()) {
      const message = judge(knowledge, mention, date, graceDays);
      // The context check reads the sentence's dates (chrono), so it runs only for a finding.
      if (message && !inPastContext(article, mention, date, graceDays)) report({ message, start: mention.start, end: mention.end });
    }
  },
};

export default rule;
