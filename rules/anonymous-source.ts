import type { Rule } from '../src/types.js';
import { isRunningText } from '../src/article/running-text.js';

const MAX_REASON = 60;

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
          const text = reason.text.length > MAX_REASON ? `${reason.text.slice(0, MAX_REASON - 1)}…` : reason.text;
          message = `Anonymous source "${source.text}": the text gives a reason for the anonymity ("${text}").`;
        } else {
          message = `Anonymous source "${source.text}": the text gives no reason for the anonymity (AP style asks for one).`;
        }
        report({ message, start: source.start, end: source.end });
      }
    }
  },
};

export default rule;
