import type { Article } from '../article/article.js';
import { findDateMentions, type DateMention } from './dates.js';
import { findNames, type NameMention } from './names.js';
import { findQuantities, type Quantity } from './quantities.js';

/**
 * NLP results shared by all rules, each computed on first use and at most once per article.
 * Add a fact as a lazily memoised getter; rules never recompute what is here.
 */
export class Facts {
  private dateMentions?: DateMention[];
  private quantityMentions?: Quantity[];
  private nameMentions?: NameMention[];

  constructor(private readonly article: Article) {}

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.article));
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
