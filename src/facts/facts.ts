import type { Article } from '../article/article.js';
import { findDateMentions, type DateMention } from './dates.js';
import { resolveDates, type ResolvedDate } from './resolve-dates.js';
import { findDatedEvents, groupEvents, type DatedEvent, type EventGroup } from './date-events.js';

/**
 * NLP results shared by all rules, each computed on first use and at most once per article.
 * Add a fact as a lazily memoised getter; rules never recompute what is here.
 */
export class Facts {
  private dateMentions?: DateMention[];
  private resolved?: ResolvedDate[];
  private events?: DatedEvent[];
  private groups?: EventGroup[];

  constructor(private readonly article: Article) {}

  get dates(): DateMention[] {
    return (this.dateMentions ??= findDateMentions(this.article));
  }

  /** Every date expression with its kind, tense and the day it names against the publication date. */
  get resolvedDates(): ResolvedDate[] {
    return (this.resolved ??= resolveDates(this.article, this.dates));
  }

  /** Single-day dates with the event they date ("an attack on the base on Saturday"). */
  get datedEvents(): DatedEvent[] {
    return (this.events ??= findDatedEvents(this.resolvedDates, this.article.publication?.date));
  }

  /** Dated events taken to be the same event (two or more mentions each). */
  get eventGroups(): EventGroup[] {
    return (this.groups ??= groupEvents(this.datedEvents, this.article.sentences, this.article.publication?.date));
  }
}
