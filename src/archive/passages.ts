import type { Article, BlockKind } from '../article/article.js';
import { passageWords } from './minhash.js';

/** A sentence or quotation long enough to be worth recognising in another article. */
export interface Passage {
  kind: 'sentence' | 'quotation';
  /** Text as the article reads (markup removed). */
  text: string;
  words: string[];
  /** Source offsets. */
  start: number;
  end: number;
}

/** Shorter sentences ("He declined to comment.") recur by chance; shorter quotations are stock phrases. */
export const MIN_SENTENCE_WORDS = 8;
export const MIN_QUOTATION_WORDS = 5;
/** At most this many passages per article (passage ids are file id x 1024 + position). */
export const MAX_PASSAGES = 1024;

/** Prose blocks; headlines, datelines and page chrome ("line") and table cells are not passages. */
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'blockquote', 'list-item']);

/** Sentences and quotations of an article, sentences first, each normalised text once. */
export function articlePassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  const seen = new Set<string>();
  const add = (passage: Passage) => {
    const key = passage.words.join(' ');
    if (seen.has(key) || passages.length >= MAX_PASSAGES) return;
    seen.add(key);
    passages.push(passage);
  };
  for (const sentence of article.sentences) {
    if (!PROSE.has(sentence.block.kind)) continue;
    const words = passageWords(sentence.text);
    if (words.length >= MIN_SENTENCE_WORDS) add({ kind: 'sentence', text: sentence.text, words, start: sentence.start, end: sentence.end });
  }
  for (const quote of article.quotes) {
    const words = passageWords(quote.text);
    if (words.length >= MIN_QUOTATION_WORDS) add({ kind: 'quotation', text: quote.text, words, start: quote.start, end: quote.end });
  }
  return passages;
}
