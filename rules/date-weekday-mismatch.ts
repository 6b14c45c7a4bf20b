import type { Rule } from '../src/types.js';
import { formatDate, toIso, weekdayOf, WEEKDAYS, isValidDate } from '../src/text/calendar.js';

/** Writes `weekday` in the style of `written`: same case pattern, abbreviated if it was. */
function inStyleOf(written: string, weekday: string): string {
  const abbreviated = !/day\.?$/i.test(written);
  const dot = written.endsWith('.') ? '.' : '';
  let word = abbreviated ? weekday.slice(0, written.replace(/\.$/, '').length) : weekday;
  if (written === written.toUpperCase()) word = word.toUpperCase();
  else if (written[0] === written[0]!.toLowerCase()) word = word.toLowerCase();
  return word + (abbreviated ? dot : '');
}

const rule: Rule = {
  meta: {
    id: 'date-weekday-mismatch',
    description: 'A weekday written with a date it does not fall on.',
    category: 'dates',
    severity: 'error',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/date-weekday-mismatch.md',
  },
  check({ article, report }) {
    for (const mention of article.facts.dates) {
      const { weekday, month, day } = mention;
      const year = mention.year ?? mention.impliedYear;
      if (!weekday || month === undefined || day === undefined || year === undefined) continue;
      const date = { year, month, day };
      if (!isValidDate(date)) continue;
      const actual = weekdayOf(date);
      if (actual === weekday.value) continue;
      const written = article.text.slice(weekday.start, weekday.end);
      const replacement = inStyleOf(written, WEEKDAYS[actual]!);
      const yearNote = mention.year === undefined ? ' (year taken from the publication date)' : '';
      report({
        message: `${formatDate(toIso(date))} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[weekday.value]}${yearNote}.`,
        start: weekday.start,
        end: weekday.end,
        suggestions: [
          { desc: `Replace "${written}" with "${replacement}"`, fix: { range: [weekday.start, weekday.end], text: replacement } },
        ],
      });
    }
  },
};

export default rule;
