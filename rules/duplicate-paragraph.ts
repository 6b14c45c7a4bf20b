import type { Article, Block, BlockKind } from '../src/article/article.js';
import { removeBlock } from '../src/article/removal.js';
import type { Fix, Rule } from '../src/types.js';

/** Kinds of block that hold prose; headings and table cells repeat by design. */
const PROSE_KINDS = new Set<BlockKind>(['paragraph', 'line', 'list-item', 'blockquote']);

/** Case, punctuation (curly or straight) and white space folded away: what a reader would call the same paragraph. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Removes the repeated block's lines and the blank line before them, so the paragraphs around it keep their spacing. */
function removal(article: Article, block: Block): Fix | undefined {
  const fix = removeBlock(article, block);
  if (!fix) return undefined;
  const { lines, text } = article;
  const first = lines.point(block.start).line;
  const blankBefore = first > 1 && text.slice(lines.lineStart(first - 1), lines.lineEnd(first - 1)).trim() === '';
  return blankBefore ? { range: [lines.lineStart(first - 1), fix.range[1]], text: '' } : fix;
}

const rule: Rule = {
  meta: {
    id: 'duplicate-paragraph',
    description: 'A paragraph that repeats an earlier one word for word.',
    category: 'consistency',
    severity: 'warn',
    recommended: true,
    fixable: true,
    docs: 'docs/rules/duplicate-paragraph.md',
    options: {
      minWords: { type: 'integer', description: 'Shortest paragraph, in words, that counts as a repeat.', default: 8, minimum: 1 },
    },
  },
  check({ article, options, report }) {
    const minWords = options.minWords as number;
    const seen = new Map<string, Block>();
    for (const block of article.blocks) {
      if (!PROSE_KINDS.has(block.kind)) continue;
      const key = normalized(block.text);
      if (key.split(' ').length < minWords) continue;
      const original = seen.get(key);
      if (!original) {
        seen.set(key, block);
        continue;
      }
      // A pull quote repeats a paragraph on purpose.
      if ((original.kind === 'blockquote') !== (block.kind === 'blockquote')) continue;
      const line = article.lines.point(original.start).line;
      const verbatim = original.text === block.text;
      const fix = removal(article, block);
      report({
        message: `This paragraph repeats the one on line ${line}${verbatim ? '' : ' (ignoring case and punctuation)'}.`,
        start: block.start,
        end: block.end,
        fix: verbatim ? fix : undefined,
        suggestions: !verbatim && fix ? [{ desc: 'Remove the repeated paragraph', fix }] : undefined,
        related: [{ message: 'First written here.', start: original.start, end: original.end }],
      });
    }
  },
};

export default rule;
