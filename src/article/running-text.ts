import type { Article, Block } from './article.js';

/** Longest first paragraph still read as a headline when it is a single sentence ("Is the war over?"). */
const HEADLINE_PARAGRAPH = 80;

/**
 * True for prose blocks that state things in the article's own voice: paragraphs and list items, not the
 * headline, subheads, datelines, page chrome or table cells. In plain text the first block is the headline
 * only if it reads like one; an article may open straight with its lede.
 */
export function isRunningText(article: Article, block: Block): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
  if (block !== article.headline) return true;
  return block.kind === 'paragraph' && (block.sentences.length > 1 || block.text.length > HEADLINE_PARAGRAPH);
}
