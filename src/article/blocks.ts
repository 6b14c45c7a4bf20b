import type { Block, BlockKind, Sentence, Token, TokenType } from './article.js';
import { TextView, type ViewSegment } from '../text/text-view.js';
import { repairAbbreviationBreaks, type SentenceToken } from './abbreviation-breaks.js';
import type { OffsetMap } from '../text/excision.js';

/** The parts of an nlcst tree this module reads. */
export interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const LEAF_TYPES: Record<string, TokenType> = {
  TextNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
};

/** A line shorter than this that ends without terminal punctuation stands on its own (headline, dateline, chrome). */
const SHORT_LINE = 60;
const LINE_BLOCK_MAX = 120;
const TERMINAL = /[.!?…]["'”’)\]]*$/;
const BULLET = /^[•·▪‣◦\-–*]\s/;

/** A token with the index of the nlcst sentence it came from, or -1 between sentences. */
type PendingToken = SentenceToken;

function flatten(node: NlcstNode, sentence: number, into: PendingToken[], offsets: OffsetMap): void {
  const type = LEAF_TYPES[node.type];
  if (type && node.value !== undefined && node.position) {
    const start = offsets.start(node.position.start.offset ?? 0);
    const end = node.position.end.offset === undefined ? start : Math.max(start, offsets.end(node.position.end.offset));
    into.push({ token: { type, text: node.value, start, end }, sentence });
    return;
  }
  for (const child of node.children ?? []) flatten(child, sentence, into, offsets);
}

function lineBreakCount(token: Token): number {
  if (token.type !== 'whitespace') return 0;
  let count = 0;
  for (let i = 0; i < token.text.length; i++) {
    const c = token.text[i];
    if (c === '\n' || (c === '\r' && token.text[i + 1] !== '\n')) count++;
  }
  return count;
}

function trimWhitespace(tokens: PendingToken[]): PendingToken[] {
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && tokens[first]!.token.type === 'whitespace') first++;
  while (last >= first && tokens[last]!.token.type === 'whitespace') last--;
  return tokens.slice(first, last + 1);
}

function viewOf(tokens: readonly Token[]): TextView {
  const segments: ViewSegment[] = [];
  let text = '';
  let last: ViewSegment | undefined;
  for (const token of tokens) {
    const verbatim = token.end - token.start === token.text.length;
    // Tokens copied verbatim from adjacent source share one segment: plain text needs one per sentence, not per word.
    if (last && verbatim && last.sourceEnd === token.start && last.sourceEnd - last.sourceStart === last.length) {
      last.sourceEnd = token.end;
      last.length += token.text.length;
    } else {
      last = { viewStart: text.length, sourceStart: token.start, sourceEnd: token.end, length: token.text.length };
      segments.push(last);
    }
    text += token.text;
  }
  return new TextView(text, segments);
}

/** Splits a paragraph's tokens where a line break ends a line that stands on its own. */
function splitUnits(tokens: PendingToken[]): PendingToken[][] {
  const units: PendingToken[][] = [];
  let current: PendingToken[] = [];
  let lineText = '';
  for (let i = 0; i < tokens.length; i++) {
    const item = tokens[i]!;
    if (lineBreakCount(item.token) > 0) {
      const line = lineText.trim();
      const next = tokens[i + 1]?.token.text ?? '';
      const nextLine = tokens.slice(i + 1, i + 4).map((t) => t.token.text).join('');
      const continues = /^\p{Ll}/u.test(nextLine.trimStart()) || /[,;–-]$/.test(line);
      const standsAlone =
        (line.length < SHORT_LINE && !TERMINAL.test(line) && !continues) || BULLET.test(nextLine) || next === '•';
      if (standsAlone) {
        units.push(current);
        current = [];
        lineText = '';
        continue;
      }
      lineText = '';
      current.push(item);
      continue;
    }
    lineText += item.token.text;
    current.push(item);
  }
  units.push(current);
  return units.map(trimWhitespace).filter((unit) => unit.length > 0);
}

function isLineLike(text: string): boolean {
  return text.length <= LINE_BLOCK_MAX && !/[\r\n]/.test(text) && !TERMINAL.test(text.trimEnd());
}

/** True when the repair carried the sentence before `start` on past it (a line break after "No."). */
function continuesSentence(tokens: readonly PendingToken[], start: number): boolean {
  let before = start - 1;
  while (before >= 0 && tokens[before]!.sentence < 0) before--;
  let after = start;
  while (after < tokens.length && tokens[after]!.sentence < 0) after++;
  return before >= 0 && after < tokens.length && tokens[before]!.sentence === tokens[after]!.sentence;
}

/**
 * Builds blocks (with their sentences) from the nlcst paragraphs of one stretch of text and the white space between
 * them (retext starts a paragraph at each line break after a full stop); `offsets` maps the tree's offsets to
 * source offsets.
 */
export function buildBlocks(nodes: readonly NlcstNode[], kind: BlockKind, blocks: Block[], sentences: Sentence[], offsets: OffsetMap): void {
  const tokens: PendingToken[] = [];
  const paragraphStarts: number[] = [];
  let sentenceIndex = 0;
  for (const node of nodes) {
    if (node.type === 'WhiteSpaceNode') flatten(node, -1, tokens, offsets);
    if (node.type !== 'ParagraphNode') continue;
    paragraphStarts.push(tokens.length);
    for (const child of node.children ?? []) flatten(child, child.type === 'SentenceNode' ? sentenceIndex++ : -1, tokens, offsets);
  }
  repairAbbreviationBreaks(tokens);
  let from = 0;
  for (const start of paragraphStarts.slice(1)) {
    if (continuesSentence(tokens, start)) continue;
    buildParagraph(tokens.slice(from, start), kind, blocks, sentences);
    from = start;
  }
  buildParagraph(tokens.slice(from), kind, blocks, sentences);
}

/** Builds the blocks of one paragraph's tokens: a line that stands on its own becomes a block of its own. */
function buildParagraph(tokens: PendingToken[], kind: BlockKind, blocks: Block[], sentences: Sentence[]): void {
  for (const unit of splitUnits(tokens)) {
    const unitTokens = unit.map((item) => item.token);
    const view = viewOf(unitTokens);
    const blockKind: BlockKind = kind === 'paragraph' && isLineLike(view.text) ? 'line' : kind;
    const block: Block = {
      index: blocks.length,
      kind: blockKind,
      text: view.text,
      view,
      start: unitTokens[0]!.start,
      end: unitTokens[unitTokens.length - 1]!.end,
      sentences: [],
    };
    blocks.push(block);
    let group: PendingToken[] = [];
    const flush = () => {
      const trimmed = trimWhitespace(group).map((item) => item.token);
      group = [];
      if (trimmed.length === 0) return;
      const sentenceView = viewOf(trimmed);
      const sentence: Sentence = {
        index: sentences.length,
        block,
        text: sentenceView.text,
        view: sentenceView,
        start: trimmed[0]!.start,
        end: trimmed[trimmed.length - 1]!.end,
        tokens: trimmed,
      };
      sentences.push(sentence);
      block.sentences.push(sentence);
    };
    let currentSentence = unit[0]!.sentence;
    for (const item of unit) {
      if (item.sentence !== -1 && item.sentence !== currentSentence) {
        flush();
        currentSentence = item.sentence;
      }
      if (item.sentence === -1) continue;
      group.push(item);
    }
    flush();
  }
}
