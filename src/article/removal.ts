import type { Article, Block, Sentence } from './article.js';
import type { Fix } from '../types.js';

/** What may stand on a block's lines besides the block: Markdown markers before it, emphasis or space after. */
const MARKERS_BEFORE = /^[\s>#*+\-\d.)]*$/u;
const MARKERS_AFTER = /^[\s#*_]*$/u;

/** Removes the lines a block stands on, line breaks included; undefined if the lines hold anything else. */
export function removeBlock(article: Article, block: Block): Fix | undefined {
  if (block.kind === 'table-cell' || block.index < 0) return undefined;
  const { lines, text } = article;
  const first = lines.point(block.start).line;
  const last = lines.point(block.end).line;
  const start = lines.lineStart(first);
  if (!MARKERS_BEFORE.test(text.slice(start, block.start))) return undefined;
  if (!MARKERS_AFTER.test(text.slice(block.end, lines.lineEnd(last)))) return undefined;
  return { range: [start, lines.lineEndWithBreak(last)], text: '' };
}

/**
 * Removes the sentences from `first` to `last` (one block) with the space that separates them from a neighbour;
 * the whole block when nothing else is left in it.
 */
export function removeSentences(article: Article, first: Sentence, last: Sentence = first): Fix | undefined {
  const siblings = first.block.sentences;
  const offset = siblings[0]!.index;
  const next = siblings[last.index - offset + 1];
  if (next) return { range: [first.start, next.start], text: '' };
  const previous = siblings[first.index - offset - 1];
  if (previous) return { range: [previous.end, last.end], text: '' };
  return removeBlock(article, first.block);
}
