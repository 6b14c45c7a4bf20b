import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Block, Sentence } from './article.js';
import { buildBlocks, type NlcstNode } from './blocks.js';

const parser = unified().use(retextEnglish);

/** Plain text keeps exact columns through retext-english; blocks come from its paragraphs. */
export function parsePlain(text: string): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const root = parser.parse(text) as unknown as NlcstNode;
  for (const child of root.children ?? []) {
    if (child.type === 'ParagraphNode') buildBlocks(child, 'paragraph', blocks, sentences);
  }
  return { blocks, sentences };
}
