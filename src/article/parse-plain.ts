import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Block, Sentence } from './article.js';
import { buildBlocks, type NlcstNode } from './blocks.js';

const parser = unified().use(retextEnglish);

/** White space exactly as parse-latin tokenizes it (one token per maximal run). */
const WHITE_SPACE_RUN = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** A blank line as retext ends a paragraph at it: spaces, tabs and two or more line breaks, nothing else. */
function isParagraphBreak(whiteSpace: string): boolean {
  return /^[ \t\r\n]+$/.test(whiteSpace) && whiteSpace.split(/\r\n|\r|\n/).length > 2;
}

/**
 * The stretches between blank lines. retext always ends a paragraph at one (its "implicit sentence" break, then its
 * paragraph split), so parsing each stretch on its own gives the same paragraphs; and it keeps the cost linear: one
 * syntax tree for a whole long article makes retext's merges and the garbage collector slower than linear, while a
 * paragraph's tree dies young.
 */
function paragraphStretches(text: string): [number, number][] {
  const stretches: [number, number][] = [];
  let start = 0;
  WHITE_SPACE_RUN.lastIndex = 0;
  for (let match = WHITE_SPACE_RUN.exec(text); match; match = WHITE_SPACE_RUN.exec(text)) {
    if (!isParagraphBreak(match[0])) continue;
    if (match.index > start) stretches.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (start < text.length) stretches.push([start, text.length]);
  return stretches;
}

/** Plain text keeps exact columns through retext-english; blocks come from its paragraphs. */
export function parsePlain(text: string): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphStretches(text)) {
    const root = parser.parse(text.slice(start, end)) as unknown as NlcstNode;
    for (const child of root.children ?? []) {
      if (child.type === 'ParagraphNode') buildBlocks(child, 'paragraph', blocks, sentences, start);
    }
  }
  return { blocks, sentences };
}
