import type { Rule } from '../src/types.js';
import { scrapeDebris } from './data/scrape-debris.js';

/** Debris lines are short; a longer line is prose, whatever it starts with. */
const MAX_LINE = 240;

const patterns = scrapeDebris.map((entry) => ({ ...entry, regex: new RegExp(`^(?:${entry.pattern})$`, 'iu') }));

const rule: Rule = {
  meta: {
    id: 'scrape-debris',
    description: 'Page chrome left in the article text: comment forms, share buttons, related-links boxes, footers.',
    category: 'debris',
    severity: 'warn',
    recommended: true,
    fixable: true,
    docs: 'docs/rules/scrape-debris.md',
  },
  check({ article, report }) {
    const { lines, text } = article;
    for (let line = 1; line <= lines.lineCount; line++) {
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      if (article.frontMatter && start < article.frontMatter.end) continue;
      if (end - start > MAX_LINE + 40) continue;
      const raw = text.slice(start, end);
      const trimmed = raw.replace(/^[\s•·*_#>-]+|[\s*_]+$/gu, '');
      if (!trimmed || trimmed.length > MAX_LINE) continue;
      const hit = patterns.find((entry) => entry.regex.test(trimmed));
      if (!hit) continue;
      const lead = raw.length - raw.trimStart().length;
      report({
        message: `Page debris (${hit.label}): "${trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed}" is not article text.`,
        start: start + lead,
        end,
        fix: { range: [start, lines.lineEndWithBreak(line)], text: '' },
      });
    }
  },
};

export default rule;
