import type { Rule } from '../src/types.js';
import { RELATIVE_KINDS } from '../src/facts/resolve-dates.js';

const rule: Rule = {
  meta: {
    id: 'missing-dateline',
    description: 'No publication date, so relative dates ("on Saturday", "yesterday") cannot be checked.',
    category: 'dates',
    severity: 'info',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/missing-dateline.md',
  },
  check({ article, report }) {
    if (article.publication) return;
    const relative = article.facts.resolvedDates.filter((resolved) => RELATIVE_KINDS.has(resolved.kind) && !resolved.isDateline);
    const first = relative[0];
    if (!first) return;
    const line = article.lines.point(first.mention.start).line;
    const others = relative.length - 1;
    const more = others ? ` and ${others} other relative date${others === 1 ? '' : 's'}` : '';
    const firstLineEnd = article.text.search(/[\r\n]|$/);
    report({
      message: `No publication date found (no dateline, front matter date or --date), so "${first.mention.text}" (line ${line})${more} could not be checked.`,
      start: 0,
      end: firstLineEnd,
    });
  },
};

export default rule;
