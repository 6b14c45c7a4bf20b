import type { Article, Block } from './article.js';

/** How many prose paragraphs make the lead. */
const LEAD_PARAGRAPHS = 2;

/** The headline and the first prose paragraphs: where a story says what is news. */
export function leadBlocks(article: Article): Set<Block> {
  const lead = new Set<Block>();
  if (article.headline) lead.add(article.headline);
  let paragraphs = 0;
  for (const block of article.blocks) {
    if (paragraphs >= LEAD_PARAGRAPHS) break;
    if (block.kind !== 'paragraph') continue;
    lead.add(block);
    paragraphs++;
  }
  return lead;
}
