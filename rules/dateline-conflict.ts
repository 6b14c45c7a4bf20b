import type { DatelineCandidate } from '../src/article/article.js';
import type { Rule } from '../src/types.js';
import { formatDate } from '../src/text/calendar.js';

const rule: Rule = {
  meta: {
    id: 'dateline-conflict',
    description: 'The article states two different publication dates (page date, dateline, front matter).',
    category: 'dates',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/dateline-conflict.md',
  },
  check({ article, report }) {
    // "Updated: ..." lines are revisions, not competing publication dates; a date line after the lead's second
    // paragraph is more likely a timeline entry than a dateline.
    const secondParagraph = article.blocks.filter((block) => block.kind === 'paragraph')[1];
    const limit = secondParagraph?.start ?? Number.POSITIVE_INFINITY;
    const stated = article.datelines.filter((dateline) => !dateline.updated && dateline.start < limit);
    const first = stated[0];
    if (!first) return;
    const line = article.lines.point(first.start).line;
    const firstPlace = (candidate: DatelineCandidate) =>
      candidate.source === 'front-matter' ? `the front matter date (line ${line})` : `the dateline on line ${line}`;
    for (const other of stated.slice(1)) {
      if (other.date === first.date) continue;
      report({
        message: `This dateline says ${formatDate(other.date)}, but ${firstPlace(first)} says ${formatDate(first.date)}.`,
        start: other.start,
        end: other.end,
        related: [{ message: `First publication date: ${formatDate(first.date)}.`, start: first.start, end: first.end }],
      });
    }
  },
};

export default rule;
