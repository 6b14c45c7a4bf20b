import { countPhrase, sameTime } from '../src/facts/comparable-counts.js';
import type { Quantity } from '../src/facts/quantities.js';
import type { Rule } from '../src/types.js';
import { overlaps } from '../src/text/interval.js';

/** Earlier statements of one thing that a later one is checked against; bounds the work per bucket. */
const MAX_COMPARED = 8;

const rule: Rule = {
  meta: {
    id: 'count-conflict',
    description: 'The same counted thing is given numbers in different sentences that cannot both be true.',
    category: 'consistency',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/count-conflict.md',
  },
  check({ article, report }) {
    const buckets = new Map<string, Quantity[]>();
    const counts = article.facts.comparableCounts;
    for (const quantity of counts.quantities) {
      const key = `${quantity.thing!.key}|${quantity.predicate ?? ''}|${quantity.agent ?? ''}`;
      const earlier = buckets.get(key);
      if (!earlier) {
        buckets.set(key, [quantity]);
        continue;
      }
      const conflicting = earlier.find(
        (other) =>
          other.sentence !== quantity.sentence &&
          !overlaps(other.interval, quantity.interval) &&
          sameTime(counts.timeOf(other.sentence!), counts.timeOf(quantity.sentence!)),
      );
      if (earlier.length < MAX_COMPARED) earlier.push(quantity);
      if (!conflicting) continue;
      const line = article.lines.point(conflicting.start).line;
      report({
        message: `${countPhrase(article, quantity)} conflicts with ${countPhrase(article, conflicting)} on line ${line}.`,
        start: quantity.start,
        end: quantity.phraseEnd,
        related: [{ message: `${countPhrase(article, conflicting)} is stated here.`, start: conflicting.start, end: conflicting.phraseEnd }],
      });
    }
  },
};

export default rule;
