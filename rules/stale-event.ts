import type { Rule } from '../src/types.js';
import type { DatedEvent } from '../src/facts/date-events.js';
import type { ResolvedDate } from '../src/facts/resolve-dates.js';
import { FAMILY_NOUN } from '../src/facts/data/event-words.js';
import { leadBlocks } from '../src/article/lead.js';
import { daysBetween, formatDate } from '../src/text/calendar.js';

/** How recent a period must be for the lead to present it as news ("this week", "last week"). */
const RECENT_PERIOD_DAYS = 14;

/** The expression presents the event as recent news: a weekday, "yesterday", "this week", a date with its weekday. */
function readsAsNews(resolved: ResolvedDate, publication: string): boolean {
  switch (resolved.kind) {
    case 'weekday':
    case 'relative-day':
      return true;
    case 'relative-period':
      return resolved.period !== undefined && daysBetween(resolved.period.from, publication) <= RECENT_PERIOD_DAYS;
    case 'absolute':
    case 'month-day':
      return resolved.mention.weekday !== undefined && !resolved.weekdayMismatch;
    default:
      return false;
  }
}

function isExplicit(resolved: ResolvedDate): boolean {
  return (resolved.kind === 'absolute' || resolved.kind === 'month-day') && resolved.date !== undefined && !resolved.weekdayMismatch;
}

const rule: Rule = {
  meta: {
    id: 'stale-event',
    description: 'The lead reports an event as news, but its own date is weeks or months before publication.',
    category: 'dates',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/stale-event.md',
    options: {
      maxAgeDays: {
        type: 'integer',
        description: 'How many days before the publication date an event reported as news may lie.',
        default: 14,
        minimum: 1,
      },
    },
  },
  check({ article, options, report }) {
    const publication = article.publication?.date;
    if (!publication) return;
    const maxAgeDays = options.maxAgeDays as number;
    const lead = leadBlocks(article);
    const groupOf = new Map<DatedEvent, DatedEvent[]>();
    const explicitIn = new Map<DatedEvent[], DatedEvent | undefined>();
    for (const group of article.facts.eventGroups) {
      for (const event of group.events) groupOf.set(event, group.events);
      explicitIn.set(group.events, group.events.find((member) => isExplicit(member.date)));
    }
    const reported = new Set<DatedEvent[]>();
    for (const event of article.facts.datedEvents) {
      const resolved = event.date;
      if (!lead.has(resolved.mention.sentence.block) || !readsAsNews(resolved, publication)) continue;
      const group = groupOf.get(event);
      if (group && reported.has(group)) continue;
      const explicit = isExplicit(resolved) ? event : group && explicitIn.get(group);
      const date = explicit?.date.date;
      if (!explicit || !date) continue;
      const age = daysBetween(date, publication);
      if (age <= maxAgeDays) continue;
      if (group) reported.add(group);
      const noun = FAMILY_NOUN[event.family];
      const where = explicit === event ? `it is dated ${formatDate(date)}` : `line ${article.lines.point(explicit.date.mention.start).line} dates it ${formatDate(date)}`;
      report({
        message: `The lead reports this ${noun} as news ("${resolved.mention.text}"), but ${where}, ${age} days before the publication date (${formatDate(publication)}).`,
        start: resolved.mention.start,
        end: resolved.mention.end,
        related:
          explicit === event
            ? undefined
            : [{ message: `The ${noun} dated ${formatDate(date)}.`, start: explicit.date.mention.start, end: explicit.date.mention.end }],
      });
    }
  },
};

export default rule;
