import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { ParseEnglish } from 'parse-english';
import { toNlcst } from 'mdast-util-to-nlcst';
import { VFile } from 'vfile';
import type { Nodes, Parents } from 'mdast';
import type { Block, BlockKind, Sentence } from './article.js';
import { buildBlocks, type NlcstNode } from './blocks.js';
import type { OffsetMap } from '../text/excision.js';

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

function shift(node: NlcstNode, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + by;
    node.position.end.offset = (node.position.end.offset ?? 0) + by;
  }
  for (const child of node.children ?? []) shift(child, by);
}

/**
 * mdast-util-to-nlcst spreads each block's words into one call's arguments, which overflows the stack on a block of
 * hundreds of thousands of words; such a block is read as plain text from its source instead (markup included).
 */
function toSentences(node: Nodes, file: VFile, text: string): NlcstNode {
  try {
    return toNlcst(node, file, ParseEnglish) as unknown as NlcstNode;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const start = node.position?.start.offset ?? 0;
    const root = new ParseEnglish().parse(text.slice(start, node.position?.end.offset ?? start)) as unknown as NlcstNode;
    shift(root, start);
    return root;
  }
}

/**
 * Markdown goes through remark; each prose block is turned into nlcst on its own so its kind is known.
 * Positions come from the leaves, which mdast-util-to-nlcst maps back to `text`, and `offsets` to the source.
 */
export function parseMarkdown(text: string, offsets: OffsetMap): { blocks: Block[]; sentences: Sentence[]; firstHeading?: Block } {
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
      const root = toSentences(node, file, text);
      buildBlocks(root.children ?? [], kind, blocks, sentences, offsets);
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
