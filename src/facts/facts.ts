import type { Article } from '../article/article.js';
import { findDateMentions, type DateMention } from './dates.js';
import { findNames, type NameMention } from './names.js';
import { findQuantities, type Quantity } from './quantities.js';
import { QuotationIndex } from './quotations.js';
import { tokenizeWords, type WordToken } from '../text/words.js';

/**
 * NLP results shared by all rules, each computed on first use and at most once per article.
 * Add a fact as a lazily memoised getter; rules never recompute what is here.
 */
export class Facts {
  private dateMentions?: DateMention[];
  private quotationIndex?: QuotationIndex;
  private sentenceWords?: WordToken[][];
  private quantityMentions?: Quantity[];
  private nameMentions?: NameMention[];

  constructor(private readonly article: Article) {}

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.article));
  }

  /** Which spans are quoted, and whether a quotation is framed by the article's own words. */
  get quotations(): QuotationIndex {
    return (this.quotationIndex ??= new QuotationIndex(this.article));
  }

  /** Each sentence's words (by `sentence.index`), with "2,500", "U.S." and "al-Sudani" kept whole. */
  get words(): WordToken[][] {
    return (this.sentenceWords ??= this.article.sentences.map((sentence) => tokenizeWords(sentence.text)));
  }

  /** Every number the article states, with its bound and the thing it counts. */
  get quantities(): Quantity[] {
    return (this.quantityMentions ??= findQuantities(this.article));
  }

  /** Every proper name the article writes (people, places, organisations, untyped). */
  get names(): NameMention[] {
    return (this.nameMentions ??= findNames(this.article));
  }
}
