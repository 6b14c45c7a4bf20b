import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { ParseEnglish } from 'parse-english';
import { toNlcst } from 'mdast-util-to-nlcst';
import { VFile } from 'vfile';
import type { Nodes, Parents } from 'mdast';
import type { Block, BlockKind, Sentence } from './article.js';
import { buildBlocks, type NlcstNode } from './blocks.js';

const parser = unified().use(remarkParse);

/** Leaf blocks whose inline content becomes prose. */
const PROSE = new Set(['heading', 'paragraph', 'tableCell']);

function kindOf(node: Nodes, ancestors: Parents[]): BlockKind {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'tableCell') return 'table-cell';
  if (ancestors.some((parent) => parent.type === 'listItem')) return 'list-item';
  if (ancestors.some((parent) => parent.type === 'blockquote')) return 'blockquote';
  return 'paragraph';
}

/**
 * Markdown goes through remark; each prose block is turned into nlcst on its own so its kind is known.
 * Positions come from the leaves, which mdast-util-to-nlcst maps back to the source.
 */
export function parseMarkdown(text: string): { blocks: Block[]; sentences: Sentence[]; firstHeading?: Block } {
  const file = new VFile(text);
  const tree = parser.parse(file);
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let firstHeading: Block | undefined;
  let bestDepth = Number.POSITIVE_INFINITY;
  const visit = (node: Nodes, ancestors: Parents[]) => {
    if (PROSE.has(node.type)) {
      const kind = kindOf(node, ancestors);
      const before = blocks.length;
      const root = toNlcst(node, file, ParseEnglish) as unknown as NlcstNode;
      for (const child of root.children ?? []) {
        if (child.type === 'ParagraphNode') buildBlocks(child, kind, blocks, sentences);
      }
      if (node.type === 'heading' && blocks.length > before && node.depth < bestDepth) {
        bestDepth = node.depth;
        firstHeading = blocks[before];
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, [...ancestors, node]);
  };
  visit(tree, []);
  return { blocks, sentences, firstHeading };
}
