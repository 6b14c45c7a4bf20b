import type { Rule } from '../src/types.js';

/** Headlines, subheads and datelines compress attribution; only running text is held to it. */
const SKIPPED = new Set(['line', 'heading']);

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
      const block = attribution.sentence.block;
      if (SKIPPED.has(block.kind) || block === article.headline) continue;
      for (const vague of attribution.vague) {
        const kind = vague.passive ? ' (a passive with no agent)' : '';
        report({ message: `Vague attribution "${vague.text}"${kind}: ${vague.advice}.`, start: vague.start, end: vague.end });
      }
    }
  },
};

export default rule;
