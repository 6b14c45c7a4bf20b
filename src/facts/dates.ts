import * as chrono from 'chrono-node/en';
import type { Article, Sentence } from '../article/article.js';
import { WEEKDAY_PATTERN, weekdayNumber } from '../text/calendar.js';
import { mayHoldDate } from './date-prefilter.js';

const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY_PATTERN}\\b\\.?`, 'i');

export interface WrittenWeekday {
  /** 0 = Sunday. */
  value: number;
  start: number;
  end: number;
}

/** One date expression, with what the text states for certain kept apart from what chrono implied. */
export interface DateMention {
  sentence: Sentence;
  text: string;
  /** Source offsets of the expression (a leading "on" excluded). */
  start: number;
  end: number;
  /** The weekday as written, if any (also "(Thursday)" written right after a date). */
  weekday?: WrittenWeekday;
  /** Components the text states. */
  year?: number;
  month?: number;
  day?: number;
  /** Year chrono chose from the reference date when the text gives a month and day only. */
  impliedYear?: number;
  hasTime: boolean;
  /** True for a range ("between 1:05 a.m. and 1:32 a.m.", "Jan. 3-5"). */
  isRange: boolean;
  /** Offset of the expression in `sentence.text` (use it, not `result.index`, which is relative to chrono's window). */
  textIndex: number;
  /** End of the expression in `sentence.text` (a trailing comma excluded). */
  textEnd: number;
  /** The raw chrono result, for rules that need more. */
  result: chrono.ParsedResult;
}

function referenceOf(article: Article): chrono.ParsingReference | undefined {
  const date = article.publication?.date;
  if (!date) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { instant: new Date(Date.UTC(year, month - 1, day, 12)), timezone: 'UTC' };
}

function writtenWeekday(sentence: Sentence, result: chrono.ParsedResult, offset: number): WrittenWeekday | undefined {
  if (!result.start.isCertain('weekday')) return undefined;
  const match = WEEKDAY_WORD.exec(result.text);
  if (!match) return undefined;
  const value = weekdayNumber(match[0]);
  if (value === undefined) return undefined;
  const [start, end] = sentence.view.range(offset + match.index, offset + match.index + match[0].length);
  return { value, start, end };
}

/** No real sentence is longer; a longer run of text is parsed in windows so chrono's cost stays linear. */
const CHRONO_WINDOW = 1_000;

interface Found {
  result: chrono.ParsedResult;
  /** Offset of the result in the whole text (chrono's own index is relative to its window). */
  index: number;
}

function parseDates(text: string, reference: chrono.ParsingReference): Found[] {
  if (text.length <= CHRONO_WINDOW) return chrono.parse(text, reference).map((result) => ({ result, index: result.index }));
  const results: Found[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHRONO_WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + CHRONO_WINDOW / 2) end = space;
    }
    for (const result of chrono.parse(text.slice(start, end), reference)) {
      results.push({ result, index: result.index + start });
    }
    start = end;
  }
  return results;
}

/** The text without trailing white space, commas, semicolons and colons (a loop: a `[...]+$` pattern backtracks). */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function mentionsIn(sentence: Sentence, reference: chrono.ParsingReference | undefined): DateMention[] {
  const mentions: DateMention[] = [];
  const results = parseDates(sentence.text, reference ?? { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 'UTC' });
  let previousEnd = 0;
  for (const { result, index } of results) {
    const lead = /^on\s+/i.exec(result.text)?.[0].length ?? 0;
    const offset = index + lead;
    const weekday = writtenWeekday(sentence, result, index);
    const previous = mentions[mentions.length - 1];
    const between = previous ? sentence.text.slice(previousEnd, index) : '';
    // "2021-07-02 (Thursday)": a parenthesised weekday belongs to the date before it.
    if (
      previous &&
      weekday &&
      !previous.weekday &&
      previous.day !== undefined &&
      /^\s*$/.test(between) &&
      /^\(\s*\w+\.?\s*\)$/.test(result.text)
    ) {
      previous.weekday = weekday;
      continue;
    }
    // chrono keeps a trailing comma ("on Sunday, the base..."); it is not part of the date.
    const textEnd = index + withoutTrailingPunctuation(result.text).length;
    const [start, end] = sentence.view.range(offset, textEnd);
    const certain = (component: chrono.Component) =>
      result.start.isCertain(component) ? (result.start.get(component) ?? undefined) : undefined;
    const year = certain('year');
    const month = certain('month');
    const day = certain('day');
    mentions.push({
      sentence,
      text: sentence.text.slice(offset, textEnd),
      start,
      end,
      textEnd,
      weekday,
      year,
      month,
      day,
      impliedYear: year === undefined && month !== undefined && day !== undefined && reference ? (result.start.get('year') ?? undefined) : undefined,
      hasTime: result.start.isCertain('hour'),
      isRange: Boolean(result.end),
      textIndex: offset,
      result,
    });
    previousEnd = index + result.text.length;
  }
  return mentions;
}

/** Every date expression in the article, anchored to its publication date when it has one. */
export function findDateMentions(article: Article): DateMention[] {
  const reference = referenceOf(article);
  const mentions: DateMention[] = [];
  for (const sentence of article.sentences) {
    if (!mayHoldDate(sentence.text)) continue;
    for (const mention of mentionsIn(sentence, reference)) mentions.push(mention);
  }
  return mentions;
}
