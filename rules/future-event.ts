import type { Rule } from '../src/types.js';
import { daysBetween, formatDate } from '../src/text/calendar.js';

/**
 * A date written without a year takes the year nearest the publication date; further ahead than this, a
 * past-tense mention more likely means the year before, so it is left alone.
 */
const MAX_DAYS_AHEAD_WITHOUT_YEAR = 62;

const COPULAS = new Set(['was', 'were', 'had', 'did', 'is', 'are', 'be', 'been']);

const rule: Rule = {
  meta: {
    id: 'future-event',
    description: 'A completed event, told in the past tense, is dated after the publication date.',
    category: 'dates',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/future-event.md',
  },
  check({ article, report }) {
    const publication = article.publication?.date;
    if (!publication) return;
    for (const resolved of article.facts.resolvedDates) {
      const { date, tense, mention } = resolved;
      if (!date || resolved.isDateline || resolved.weekdayMismatch) continue;
      if (resolved.kind !== 'absolute' && resolved.kind !== 'month-day') continue;
      if (tense.tense !== 'past' || !tense.cue) continue;
      // "died on March 26", "died March 26", "last Friday, March 1": the day it happened, not a deadline or bound
      // ("until March 26") nor a copula ("the deadline was March 26").
      const cue = tense.cue.toLowerCase();
      const verbBefore = resolved.wordBefore === cue && !COPULAS.has(cue);
      const occurred = resolved.wordBefore === undefined || resolved.wordBefore === 'on' || verbBefore || cue === mention.text.toLowerCase();
      if (!occurred) continue;
      const ahead = daysBetween(publication, date);
      if (ahead <= 0 || (resolved.yearImplied && ahead > MAX_DAYS_AHEAD_WITHOUT_YEAR)) continue;
      const yearNote = resolved.yearImplied ? ' (year taken from the publication date)' : '';
      const evidence = cue === mention.text.toLowerCase() ? `"${tense.cue}" is told as past` : `"${tense.cue}" is past tense`;
      report({
        message: `${evidence}, but ${formatDate(date)}${yearNote} is ${ahead} day${ahead === 1 ? '' : 's'} after the publication date (${formatDate(publication)}).`,
        start: mention.start,
        end: mention.end,
      });
    }
  },
};

export default rule;
