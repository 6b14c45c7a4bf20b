import type { Rule } from '../src/types.js';
import type { DatedEvent } from '../src/facts/date-events.js';
import { FAMILY_NOUN } from '../src/facts/data/event-words.js';
import { describeDay, sameDay, sameNight } from '../src/facts/resolve-dates.js';

const rule: Rule = {
  meta: {
    id: 'event-date-conflict',
    description: 'The same event is placed on different days ("on Saturday" in the lead, "Sunday\'s attack" later).',
    category: 'dates',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/event-date-conflict.md',
  },
  check({ article, report }) {
    const lineOf = (event: DatedEvent) => article.lines.point(event.date.mention.start).line;
    for (const group of article.facts.eventGroups) {
      const [first, ...rest] = group.events;
      if (!first) continue;
      const noun = FAMILY_NOUN[group.family];
      const conflicts = rest.filter(
        (event) =>
          sameDay(first.date, event.date) === false &&
          !sameNight(first.date, event.date) &&
          event.date.mention.sentence !== first.date.mention.sentence,
      );
      for (const event of conflicts) {
        report({
          message: `The same ${noun} is placed on ${describeDay(event.date)} here but on ${describeDay(first.date)} on line ${lineOf(first)}.`,
          start: event.date.mention.start,
          end: event.date.mention.end,
          related: [{ message: `The ${noun} placed on ${describeDay(first.date)}.`, start: first.date.mention.start, end: first.date.mention.end }],
        });
      }
      const other = conflicts[0];
      if (!other) continue;
      const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more place${conflicts.length > 2 ? 's' : ''})` : '';
      report({
        message: `The same ${noun} is placed on ${describeDay(first.date)} here but on ${describeDay(other.date)} on line ${lineOf(other)}${more}.`,
        start: first.date.mention.start,
        end: first.date.mention.end,
        related: conflicts.map((event) => ({
          message: `The ${noun} placed on ${describeDay(event.date)}.`,
          start: event.date.mention.start,
          end: event.date.mention.end,
        })),
      });
    }
  },
};

export default rule;
