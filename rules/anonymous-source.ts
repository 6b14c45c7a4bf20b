import type { Rule } from '../src/types.js';
import { isRunningText } from '../src/article/running-text.js';
import { quoteMatch } from '../src/article/phrases.js';

const rule: Rule = {
  meta: {
    id: 'anonymous-source',
    description: 'An unnamed source ("a US official", "two people familiar with the talks"), and whether a reason for the anonymity is given.',
    category: 'sourcing',
    severity: 'info',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/anonymous-source.md',
  },
  check({ article, report }) {
    for (const attribution of article.facts.attributions.sentences) {
      if (!isRunningText(article, attribution.sentence.block)) continue;
      for (const { source, reason } of attribution.anonymous) {
        let message: string;
        if (reason) {
          message = `Anonymous source "${source.text}": the text gives a reason for the anonymity ("${quoteMatch(article, reason.start, reason.end)}").`;
        } else {
          message = `Anonymous source "${source.text}": the text gives no reason for the anonymity (AP style asks for one).`;
        }
        report({ message, start: source.start, end: source.end });
      }
    }
  },
};

export default rule;
