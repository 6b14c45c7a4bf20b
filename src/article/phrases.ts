import type { Article, Block, Sentence } from './article.js';
import type { PhraseMatcher } from '../text/phrase-matcher.js';

/** A phrase found in a block, with offsets both in the block's text and in the source. */
export interface BlockPhraseMatch<T> {
  block: Block;
  /** The sentence the match starts in (absent for a front-matter title, which has none). */
  sentence?: Sentence;
  /** Offsets into `block.text`. */
  viewStart: number;
  viewEnd: number;
  /** Offsets into `article.text`. */
  start: number;
  end: number;
  phrase: string;
  data: T;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The blocks phrase rules read: every prose block, plus a headline that lives in the front matter. */
export function scannedBlocks(article: Article): Block[] {
  return article.headline && article.headline.index === -1 ? [article.headline, ...article.blocks] : article.blocks;
}

/** The sentence of `block` that holds the source offset (the last one starting at or before it). */
export function sentenceAt(block: Block, offset: number): Sentence | undefined {
  const sentences = block.sentences;
  let low = 0;
  let high = sentences.length - 1;
  let found = sentences[0];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = sentences[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Runs a matcher over each block's text (so a phrase may run across sentences, as "Certainly! Here is" does)
 * and maps every match back to the source through the block's view.
 */
export function findPhrases<T>(article: Article, matcher: PhraseMatcher<T>): BlockPhraseMatch<T>[] {
  const found: BlockPhraseMatch<T>[] = [];
  for (const block of scannedBlocks(article)) {
    for (const match of matcher.match(block.text)) {
      const [start, end] = block.view.range(match.start, match.end);
      found.push({
        block,
        sentence: sentenceAt(block, start),
        viewStart: match.start,
        viewEnd: match.end,
        start,
        end,
        phrase: match.phrase,
        data: match.data,
      });
    }
  }
  return found;
}

/** Room around a match beyond which a block cannot be "just punctuation" (keeps the test constant-time). */
const MAX_SURROUNDING = 80;

/** True when nothing but punctuation, bullets and space stands in the block besides the match. */
export function fillsBlock(match: BlockPhraseMatch<unknown>): boolean {
  const text = match.block.text;
  if (text.length - (match.viewEnd - match.viewStart) > MAX_SURROUNDING) return false;
  return !WORD_CHAR.test(text.slice(0, match.viewStart)) && !WORD_CHAR.test(text.slice(match.viewEnd));
}

/** The source text of a match, white space runs shown as one space, shortened past `max` characters. */
export function quoteMatch(article: Article, start: number, end: number, max = 60): string {
  const text = article.text.slice(start, end).replace(/\s+/gu, ' ');
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
