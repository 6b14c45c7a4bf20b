import type { Rule } from '../src/types.js';
import { daysBetween, formatDate } from '../src/text/calendar.js';

/**
 * A date written without a year takes the year nearest the publication date; further ahead than this, a
 * past-tense mention more likely means the year before, so it is left alone.
 */
const MAX_DAYS_AHEAD_WITHOUT_YEAR = 62;

const COPULAS = new Set(['was', 'were', 'had', 'did', 'is', 'are', 'be', 'been']);
/**
 * Between the verb and the date, these hand the date to something else ("called for elections on March 26",
 * "accused of killing a guard on March 12", "agreed to meet on March 9"); "to the polls" is a direction.
 */
const HANDS_OFF = /\b(?:for|about|of|toward|towards|ahead|to(?!\s+(?:the|a|an|his|her|their|its)\b))\b/i;
const MAX_WORDS_BETWEEN = 8;

/** Whether the past-tense verb dates itself: close before the date, with nothing taking the date in between. */
function dates(text: string, cueAt: number | undefined, cue: string, dateStart: number): boolean {
  if (cueAt === undefined) return true;
  // A verb after the date dates it only when the date opens the sentence ("On March 26, he was killed").
  if (cueAt > dateStart) return /^\s*(?:on\s+)?$/i.test(text.slice(0, dateStart));
  const between = text.slice(cueAt + cue.length, dateStart);
  return !HANDS_OFF.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= MAX_WORDS_BETWEEN;
}

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
    // An article updated later may report what happened up to its update ("This story was updated on Jan. 15").
    const latest = article.datelines.reduce((last, dateline) => (dateline.updated && dateline.date > last ? dateline.date : last), publication);
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
      if (!occurred || !dates(mention.sentence.text, tense.cueAt, tense.cue, mention.textIndex)) continue;
      const ahead = daysBetween(publication, date);
      if (date <= latest || (resolved.yearImplied && ahead > MAX_DAYS_AHEAD_WITHOUT_YEAR)) continue;
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
