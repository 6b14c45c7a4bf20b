import { lint, type LintOptions } from '../../src/engine/lint.js';
import type { Rule } from '../../src/types.js';

/** A rule for tests that reports every occurrence of `word` in sentences, through the sentence view. */
export function probeRule(word: string): Rule {
  return {
    meta: { id: 'probe', description: 'test probe', category: 'core', severity: 'warn', recommended: true, fixable: false, docs: 'docs/rules/probe.md' },
    check({ article, report }) {
      for (const sentence of article.sentences) {
        let index = sentence.text.indexOf(word);
        while (index >= 0) {
          const [start, end] = sentence.view.range(index, index + word.length);
          report({ message: `found ${word}`, start, end });
          index = sentence.text.indexOf(word, index + 1);
        }
      }
    },
  };
}

export function probe(text: string, word: string, options: LintOptions = {}) {
  const rule = probeRule(word);
  return lint(text, { ...options, registry: [rule], rules: new Map([['probe', { severity: 'warn', options: {} }]]) }).diagnostics;
}
