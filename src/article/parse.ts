import type { Article, Block, FrontMatter, PublicationDate, Quote } from './article.js';
import { LineIndex } from '../text/line-index.js';
import { TextView } from '../text/text-view.js';
import { Facts } from '../facts/facts.js';
import { blankOut, readFrontMatter } from './front-matter.js';
import { parsePlain } from './parse-plain.js';
import { parseMarkdown } from './parse-markdown.js';
import { findDatelines } from './dateline.js';
import { findQuotes } from './quotes.js';
import { Excision } from '../text/excision.js';
import type { Directive } from '../engine/directives.js';

export type ArticleFormat = 'text' | 'markdown';

export interface ParseOptions {
  filePath?: string;
  format?: ArticleFormat;
  /** YYYY-MM-DD; wins over anything the article says. */
  date?: string;
  /** Directive comments, cut out with their lines before parsing so no rule reads them and no paragraph splits at them. */
  directives?: Directive[];
}

export function formatOf(filePath: string | undefined): ArticleFormat {
  return filePath && /\.(?:md|markdown|mdown|mkd)$/i.test(filePath) ? 'markdown' : 'text';
}

/** A directive's line with its line break. */
function directiveLine(text: string, directive: Directive): [number, number] {
  const lineBreak = /^(?:\r\n|\r|\n)?/.exec(text.slice(directive.end, directive.end + 2))![0];
  return [directive.start, directive.end + lineBreak.length];
}

function chooseHeadline(blocks: Block[], datelineStarts: Set<number>, firstHeading?: Block): Block | undefined {
  if (firstHeading && firstHeading.index <= 3) return firstHeading;
  return blocks.find((block) => !datelineStarts.has(block.start));
}

/** Parses an article once into the model every rule reads. `text` must not start with a BOM. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const format = options.format ?? formatOf(options.filePath);
  const frontMatter: FrontMatter | undefined = format === 'markdown' ? readFrontMatter(text) : undefined;
  const prose = frontMatter ? blankOut(text, frontMatter.start, frontMatter.end) : text;
  const excision = new Excision(prose, (options.directives ?? []).map((directive) => directiveLine(text, directive)));

  const parsed = format === 'markdown' ? parseMarkdown(excision.text, excision) : parsePlain(excision.text, excision);
  const { blocks, sentences } = parsed;
  const datelines = findDatelines(text, blocks, frontMatter);
  const firstHeading = format === 'markdown' ? (parsed as ReturnType<typeof parseMarkdown>).firstHeading : undefined;
  const headline = chooseHeadline(blocks, new Set(datelines.map((dateline) => dateline.start)), firstHeading);

  let publication: PublicationDate | undefined;
  if (options.date) publication = { date: options.date, source: 'option' };
  else {
    const stated = datelines.find((dateline) => !dateline.updated) ?? datelines[0];
    if (stated) publication = { date: stated.date, source: stated.source, candidate: stated };
  }

  const quotes: Quote[] = [];
  for (const block of blocks) {
    if (block.text.includes('"') || /[“‘'«„]/.test(block.text)) for (const quote of findQuotes(block)) quotes.push(quote);
  }

  const article = {
    text,
    format,
    filePath: options.filePath,
    lines: new LineIndex(text),
    blocks,
    sentences,
    quotes,
    headline: frontMatterTitle(text, frontMatter) ?? headline,
    frontMatter,
    datelines,
    publication,
  } as Omit<Article, 'facts'> as Article;
  (article as { facts: Facts }).facts = new Facts(article);
  return article;
}

/** Front matter `title` is the headline; its block points at the value in the front matter. */
function frontMatterTitle(text: string, frontMatter: FrontMatter | undefined): Block | undefined {
  const title = frontMatter?.data.title;
  if (!frontMatter || typeof title !== 'string' || !title) return undefined;
  const region = text.slice(frontMatter.start, frontMatter.end);
  const key = region.search(/^title[ \t]*:/m);
  const at = key >= 0 ? region.indexOf(title, key) : -1;
  if (at < 0) return undefined;
  const start = frontMatter.start + at;
  return {
    index: -1,
    kind: 'heading',
    text: title,
    view: TextView.identity(title, start),
    start,
    end: start + title.length,
    sentences: [],
  };
}
