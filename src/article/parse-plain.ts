import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Block, Sentence } from './article.js';
import { buildBlocks, type NlcstNode } from './blocks.js';
import { shifted, type OffsetMap } from '../text/excision.js';

const parser = unified().use(retextEnglish);

/** White space exactly as parse-latin tokenizes it (one token per maximal run). */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

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
  // Only white space around a line break can be a blank line: widen each line break to its run of white space.
  const lineBreaks = /[\r\n]/g;
  for (let match = lineBreaks.exec(text); match; match = lineBreaks.exec(text)) {
    let from = match.index;
    let to = from + 1;
    while (from > start && WHITE_SPACE.test(text[from - 1]!)) from--;
    while (to < text.length && WHITE_SPACE.test(text[to]!)) to++;
    lineBreaks.lastIndex = to;
    if (!isParagraphBreak(text.slice(from, to))) continue;
    if (from > start) stretches.push([start, from]);
    start = to;
  }
  if (start < text.length) stretches.push([start, text.length]);
  return stretches;
}

/**
 * Plain text keeps exact columns through retext-english; blocks come from its paragraphs. `offsets` maps offsets in
 * `text` to the source's.
 */
export function parsePlain(text: string, offsets: OffsetMap): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphStretches(text)) {
    const root = parser.parse(text.slice(start, end)) as unknown as NlcstNode;
    buildBlocks(root.children ?? [], 'paragraph', blocks, sentences, shifted(offsets, start));
  }
  return { blocks, sentences };
}
