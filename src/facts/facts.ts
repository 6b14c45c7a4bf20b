import type { Article } from '../article/article.js';
import { ComparableCounts } from './comparable-counts.js';
import { findDateMentions, type DateMention } from './dates.js';
import { resolveDates, type ResolvedDate } from './resolve-dates.js';
import { findDatedEvents, groupEvents, type DatedEvent, type EventGroup } from './date-events.js';
import { findAttributions, type Attributions } from './attribution.js';
import { findClaims, type Claims } from './claims.js';
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
  private resolved?: ResolvedDate[];
  private events?: DatedEvent[];
  private groups?: EventGroup[];
  private attributionModel?: Attributions;
  private checkWorthy?: Claims;
  private quotationIndex?: QuotationIndex;
  private sentenceWords?: WordToken[][];
  private quantityMentions?: Quantity[];
  private nameMentions?: NameMention[];
  private comparable?: ComparableCounts;

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
    return (this.events ??= findDatedEvents(this.resolvedDates, this.words, this.article.publication?.date));
  }

  /** Dated events taken to be the same event (two or more mentions each). */
  get eventGroups(): EventGroup[] {
    return (this.groups ??= groupEvents(this.datedEvents, this.article.sentences, this.article.publication?.date));
  }

  /** Who says what: attribution cues and sources per sentence, and the speaker of each quotation. */
  get attributions(): Attributions {
    return (this.attributionModel ??= findAttributions(this.article));
  }

  /** Check-worthy statements per sentence: figures, casualty and damage counts, allegations, records. */
  get claims(): Claims {
    return (this.checkWorthy ??= findClaims(this.article));
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

  /** The counts of specific things that count checks compare, with the time each sentence speaks of. */
  get comparableCounts(): ComparableCounts {
    return (this.comparable ??= new ComparableCounts(this.article));
  }

  /** Every proper name the article writes (people, places, organisations, untyped). */
  get names(): NameMention[] {
    return (this.nameMentions ??= findNames(this.article));
  }
}
