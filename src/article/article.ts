import type { LineIndex } from '../text/line-index.js';
import type { TextView } from '../text/text-view.js';
import type { Facts } from '../facts/facts.js';

export type TokenType = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source';

export interface Token {
  type: TokenType;
  /** Text as written (for a Markdown code span, including its backticks). */
  text: string;
  /** Source offsets into Article.text. */
  start: number;
  end: number;
}

export type BlockKind =
  /** A Markdown heading. */
  | 'heading'
  /** Prose: one or more sentences. */
  | 'paragraph'
  /** A short plain-text line with no terminal punctuation: headline, dateline, subhead, page chrome. */
  | 'line'
  | 'list-item'
  | 'blockquote'
  | 'table-cell';

export interface Sentence {
  /** Position in Article.sentences. */
  index: number;
  block: Block;
  /** Text as rules read it (markup removed; for plain text, exactly the source). */
  text: string;
  view: TextView;
  start: number;
  end: number;
  tokens: Token[];
}

export interface Block {
  /** Position in Article.blocks. */
  index: number;
  kind: BlockKind;
  text: string;
  view: TextView;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface Quote {
  /** Source offsets of the whole quotation, marks included. */
  start: number;
  end: number;
  /** Text between the marks. */
  text: string;
  block: Block;
  /** False when the quotation runs to the end of its paragraph without a closing mark. */
  closed: boolean;
}

export type DateSource = 'option' | 'front-matter' | 'dateline';

/** A place where the article states its own publication date. */
export interface DatelineCandidate {
  /** YYYY-MM-DD. */
  date: string;
  source: 'front-matter' | 'dateline';
  text: string;
  start: number;
  end: number;
  /** Labelled as a revision ("Updated: ..."): a later date here is no conflict. */
  updated?: boolean;
}

export interface PublicationDate {
  /** YYYY-MM-DD. */
  date: string;
  source: DateSource;
  /** Where it is written; absent when given by --date. */
  candidate?: DatelineCandidate;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  start: number;
  end: number;
}

export interface Article {
  /** Source text (a leading BOM removed). */
  readonly text: string;
  readonly format: 'text' | 'markdown';
  readonly filePath?: string;
  readonly lines: LineIndex;
  readonly blocks: Block[];
  readonly sentences: Sentence[];
  readonly quotes: Quote[];
  readonly headline?: Block;
  readonly frontMatter?: FrontMatter;
  /** Every date the article gives for itself, in document order (front matter first). */
  readonly datelines: DatelineCandidate[];
  readonly publication?: PublicationDate;
  /** Shared NLP results, computed on first use. */
  readonly facts: Facts;
}
