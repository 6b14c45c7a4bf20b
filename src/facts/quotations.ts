import type { Article, Block, Quote } from '../article/article.js';

/** How a span of text stands with respect to quotation marks. */
export type Quoting =
  /** The article's own words. */
  | 'unquoted'
  /** Quoted inside the article's own prose: words around the quotation, a lead-in ending in a colon, a block quote. */
  | 'framed'
  /** Quoted, but the quotation is all there is: nothing in the paragraph says who or what is being quoted. */
  | 'bare';

const WORD = /[\p{L}\p{N}]+/gu;
/** Words outside a quotation that make it part of the article's own sentence ("he said", "the reply began"). */
const FRAMING_WORDS = 2;

function hasWords(text: string, atLeast: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) if (++count >= atLeast) return true;
  return false;
}

/**
 * Answers "is this span quoted?" in logarithmic time. Quotations nest at most one level and an inner one lies within
 * its outer one, so the outermost quotations are disjoint and sorted: a binary search finds the one that holds a span.
 */
export class QuotationIndex {
  private readonly outer: Quote[] = [];

  constructor(private readonly article: Article) {
    for (const quote of article.quotes) {
      const last = this.outer[this.outer.length - 1];
      if (last && quote.start < last.end) continue;
      this.outer.push(quote);
    }
  }

  /** The outermost quotation that contains the source range [start, end), if any. */
  enclosing(start: number, end: number): Quote | undefined {
    let low = 0;
    let high = this.outer.length - 1;
    let found: Quote | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.outer[mid]!.start <= start) {
        found = this.outer[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    return found && end <= found.end ? found : undefined;
  }

  /** Whether [start, end) in `block` is the article's own text, quoted within its prose, or a bare quotation. */
  quoting(block: Block, start: number, end: number): Quoting {
    if (block.kind === 'blockquote') return 'framed';
    const quote = this.enclosing(start, end);
    if (!quote) return 'unquoted';
    const text = this.article.text;
    const outside = text.slice(block.start, quote.start) + ' ' + text.slice(quote.end, block.end);
    if (hasWords(outside, FRAMING_WORDS)) return 'framed';
    const previous = this.article.blocks[block.index - 1];
    if (previous && previous.text.trimEnd().endsWith(':')) return 'framed';
    return 'bare';
  }
}
