import type { Article } from '../article/article.js';
import { findDateMentions, type DateMention } from './dates.js';
import { QuotationIndex } from './quotations.js';

/**
 * NLP results shared by all rules, each computed on first use and at most once per article.
 * Add a fact as a lazily memoised getter; rules never recompute what is here.
 */
export class Facts {
  private dateMentions?: DateMention[];
  private quotationIndex?: QuotationIndex;

  constructor(private readonly article: Article) {}

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.article));
  }

  /** Which spans are quoted, and whether a quotation is framed by the article's own words. */
  get quotations(): QuotationIndex {
    return (this.quotationIndex ??= new QuotationIndex(this.article));
  }
}
