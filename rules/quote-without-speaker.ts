import type { Rule } from '../src/types.js';
import { isRunningText } from '../src/article/running-text.js';
import { quoteMatch } from '../src/article/phrases.js';
import { trimTrailing } from '../src/text/trim.js';

/** Quotations of one to three words are scare quotes or terms, not someone's words. */
const MIN_WORDS = 4;
/** A quotation right after these words is a name, title or term, not speech ("the novel "...", "the slogan "..."). */
const NAMING =
  /\b(?:so-called|titled|entitled|called|named|dubbed|known as|headlined|words?|phrase|term|slogan|motto|hashtag|headline|title|banner|sign|caption|chant|book|novel|film|movie|song|album|show|series|play|poem|column|op-ed|essay|documentary|programme|program|campaign|operation|exhibition|painting|podcast|single)$/i;

const rule: Rule = {
  meta: {
    id: 'quote-without-speaker',
    description: 'A direct quotation of a full clause that no attribution in its sentence or the next to it covers.',
    category: 'sourcing',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/quote-without-speaker.md',
  },
  check({ article, report }) {
    for (const attribution of article.facts.attributions.quotes) {
      const { quote } = attribution;
      if (!isRunningText(article, quote.block)) continue;
      if (attribution.speaker || attribution.wordCount < MIN_WORDS || !attribution.clause || attribution.titleCase) continue;
      if (NAMING.test(trimTrailing(article.text.slice(Math.max(0, quote.start - 40), quote.start), ' \t\r\n:,'))) continue;
      const text = quoteMatch(article, quote.start, quote.end).replace(/^["“‘'«„]|["”’'»]$/g, '');
      report({
        message: `Quotation "${text}" has no speaker: attribute it in its sentence or the one before.`,
        start: quote.start,
        end: quote.end,
      });
    }
  },
};

export default rule;
