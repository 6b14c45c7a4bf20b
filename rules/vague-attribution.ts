import type { Rule } from '../src/types.js';
import { isRunningText } from '../src/article/running-text.js';

const rule: Rule = {
  meta: {
    id: 'vague-attribution',
    description: 'An attribution that names no source: "reportedly", "experts say", "it is believed", "was alleged to".',
    category: 'sourcing',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/vague-attribution.md',
  },
  check({ article, report }) {
    for (const attribution of article.facts.attributions.sentences) {
      // Headlines, subheads and datelines compress attribution; only running text is held to it.
      if (!isRunningText(article, attribution.sentence.block)) continue;
      for (const vague of attribution.vague) {
        const kind = vague.passive ? ' (a passive with no agent)' : '';
        report({ message: `Vague attribution "${vague.text}"${kind}: ${vague.advice}.`, start: vague.start, end: vague.end });
      }
    }
  },
};

export default rule;
