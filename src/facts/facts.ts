import type { Article } from '../article/article.js';
import { findDateMentions, type DateMention } from './dates.js';

/**
 * NLP results shared by all rules, each computed on first use and at most once per article.
 * Add a fact as a lazily memoised getter; rules never recompute what is here.
 */
export class Facts {
  private dateMentions?: DateMention[];

  constructor(private readonly article: Article) {}

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.article));
  }
}
