import type { Article } from '../article/article.js';
import type { DateMention } from './dates.js';
import { clauseAround } from './clauses.js';
import { tenseOf, type TenseReading } from './tense.js';
import {
  addDays,
  daysBetween,
  formatDate,
  formatLong,
  fromIso,
  isValidDate,
  MONTH_PATTERN,
  nextWeekday,
  previousWeekday,
  toIso,
  weekdayOf,
  WEEKDAY_PATTERN,
  WEEKDAYS,
} from '../text/calendar.js';

/**
 * What a date expression is, which decides whether it names one day:
 * - absolute: day, month and year written ("January 21, 2024")
 * - month-day: day and month written, year implied ("Jan. 21")
 * - weekday: a weekday alone ("on Saturday", "Sunday's attack", "last Friday")
 * - relative-day: a day counted from the publication date ("yesterday", "three days ago")
 * - relative-period: a week, month or year counted from it ("this week", "last month")
 * - anaphoric: counted from another event in the text ("the next day", "a week earlier"), not resolved
 * - month: a month without a day ("since mid-October", "May 2023")
 * - duration: a length of time ("for two days", "within a week")
 * - time: a time of day alone ("at 3 p.m.")
 * - range: a span ("Jan. 3-5", "Monday to Wednesday")
 * - ignored: something chrono read as a date that is not one ("24/7", "Sat down")
 */
export type DateKind =
  | 'absolute'
  | 'month-day'
  | 'weekday'
  | 'relative-day'
  | 'relative-period'
  | 'anaphoric'
  | 'month'
  | 'duration'
  | 'time'
  | 'range'
  | 'ignored';

export interface ResolvedDate {
  mention: DateMention;
  kind: DateKind;
  /** YYYY-MM-DD when the expression names one day and it could be resolved. */
  date?: string;
  /** First and last day (YYYY-MM-DD) of a period such as "last week". */
  period?: { from: string; to: string };
  /** The weekday the text states or implies (0 = Sunday). */
  weekday?: number;
  /** The stated weekday is not the weekday of the stated date (date-weekday-mismatch reports that). */
  weekdayMismatch: boolean;
  /** The year was not written; `date` carries the one nearest the publication date. */
  yearImplied: boolean;
  tense: TenseReading;
  /** "late Saturday", "Saturday night", "1 a.m. on Sunday": close to midnight, so a neighbouring day can be right. */
  nearMidnight: boolean;
  /** The expression is one of the article's own datelines. */
  isDateline: boolean;
  /** The word right before the expression, lower-cased ("on", "until", "died"); absent at the start of a sentence. */
  wordBefore?: string;
  /** Why it resolved this way, in a few words (for --explain-dates). */
  reason: string;
}

/** The kinds that name a single day. */
export const DAY_KINDS: ReadonlySet<DateKind> = new Set(['absolute', 'month-day', 'weekday', 'relative-day']);
/** The kinds read against the publication date: they cannot be checked without one. */
export const RELATIVE_KINDS: ReadonlySet<DateKind> = new Set(['weekday', 'relative-day', 'relative-period']);

const FULL_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SHORT_WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$/;
const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY_PATTERN}\\b\\.?`, 'i');
const ANAPHORIC = /\b(?:later|earlier|before|after|next day|following|previous|prior|same day|that day)\b/i;
/** "the next Sunday", "the last Friday (of the month)": counted from something the text names, not from today. */
const DEFINITE_BEFORE = /\bthe\s+$/i;
/**
 * Capitalised words that make a weekday the name of a day in the calendar or in history ("Black Friday", "Super
 * Tuesday", "Bloody Sunday"): not a weekday counted from the publication date.
 */
const NAMED_DAY_BEFORE =
  /\b(?:Black|Cyber|Good|Super|Ash|Fat|Easter|Palm|Holy|Maundy|Bloody|Giving|Shrove|Whit|Plough|Business|Travel)\s+$/;
const MONTH_NAME = new RegExp(`\\b${MONTH_PATTERN}\\b`, 'i');
const RELATIVE_DAY = /\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|days? ago)\b/i;
const DURATION = /^(?:for|within|in|over|after|during)\s.*\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)$/i;
const PERIOD = /\b(?:week|weekend|month|year|quarter|decade|fortnight)s?\b/i;
const NUMERIC_PAIR = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/;
const NEAR_MIDNIGHT_BEFORE = /\b(?:late|early|overnight|before dawn|in the (?:early|small) hours of|around midnight)\s+(?:on\s+)?$/i;
const NEAR_MIDNIGHT_IN = /\b(?:night|midnight|dawn)\b/i;

function referenceDay(mention: DateMention): string | undefined {
  const start = mention.result.start;
  const date = { year: start.get('year') ?? 0, month: start.get('month') ?? 0, day: start.get('day') ?? 0 };
  return isValidDate(date) ? toIso(date) : undefined;
}

function isNearMidnight(mention: DateMention): boolean {
  const before = mention.sentence.text.slice(Math.max(0, mention.textIndex - 40), mention.textIndex);
  if (NEAR_MIDNIGHT_BEFORE.test(before) || NEAR_MIDNIGHT_IN.test(mention.text)) return true;
  const hour = mention.result.start.isCertain('hour') ? mention.result.start.get('hour') : null;
  return hour !== null && (hour <= 5 || hour >= 21);
}

function mondayOf(iso: string): string {
  return previousWeekday(iso, 1);
}

function monthBounds(iso: string, shift: number): { from: string; to: string } {
  const { year, month } = fromIso(iso);
  const first = new Date(Date.UTC(year, month - 1 + shift, 1));
  const last = new Date(Date.UTC(year, month + shift, 0));
  const iso_ = (d: Date) => toIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return { from: iso_(first), to: iso_(last) };
}

/** Resolves "this week", "last month", "the past year"... against the publication date. */
function resolvePeriod(written: string, publication: string, tense: TenseReading): { period?: { from: string; to: string }; reason: string } {
  const lower = written.toLowerCase().replace(/^the\s+/, '');
  const { year } = fromIso(publication);
  const shiftOf = (modifier: string | undefined) => (modifier === 'last' ? -1 : modifier === 'next' || modifier === 'coming' ? 1 : 0);
  const week = /^(this|last|next|coming)?\s*week$/.exec(lower);
  if (week) {
    const monday = addDays(mondayOf(publication), 7 * shiftOf(week[1]));
    return { period: { from: monday, to: addDays(monday, 6) }, reason: `the week (Monday to Sunday) ${week[1] === 'last' ? 'before the one' : week[1] === 'next' || week[1] === 'coming' ? 'after the one' : ''} containing the publication date`.replace(/\s+/g, ' ') };
  }
  const weekend = /^(this|last|next|coming)?\s*weekend$/.exec(lower);
  if (weekend) {
    const future = weekend[1] === 'next' || weekend[1] === 'coming' || (!weekend[1] && tense.tense === 'future');
    let saturday = future ? nextWeekday(publication, 6, weekend[1] === undefined) : previousWeekday(addDays(publication, -1), 6);
    if (weekend[1] === 'last') saturday = previousWeekday(addDays(publication, -1), 6);
    if (weekend[1] === 'this' && !future) saturday = previousWeekday(publication, 6);
    return { period: { from: saturday, to: addDays(saturday, 1) }, reason: `the ${future ? 'next' : 'most recent'} weekend ${future ? 'after' : 'before'} the publication date` };
  }
  const month = /^(this|last|next|coming)?\s*month$/.exec(lower);
  if (month) return { period: monthBounds(publication, shiftOf(month[1])), reason: `the calendar month ${month[1] === 'last' ? 'before that of' : month[1] === 'next' || month[1] === 'coming' ? 'after that of' : 'of'} the publication date` };
  const calendarYear = /^(this|last|next|coming)?\s*year$/.exec(lower);
  if (calendarYear) {
    const y = year + shiftOf(calendarYear[1]);
    return { period: { from: toIso({ year: y, month: 1, day: 1 }), to: toIso({ year: y, month: 12, day: 31 }) }, reason: `the calendar year ${y}` };
  }
  const past = /^past\s+(?:(\w+)\s+)?(week|month|year)s?$/.exec(lower);
  if (past) {
    const count = past[1] ? (NUMBER_WORDS[past[1]] ?? Number(past[1])) : 1;
    if (Number.isFinite(count) && count > 0) {
      const days = { week: 7, month: 30, year: 365 }[past[2] as 'week' | 'month' | 'year'] * count;
      return { period: { from: addDays(publication, -days), to: publication }, reason: `about ${days} days up to the publication date` };
    }
  }
  return { reason: 'a period counted from the publication date, not a single day' };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

function resolveWeekday(weekday: number, written: string, publication: string, tense: TenseReading): { date: string; reason: string } {
  const name = WEEKDAYS[weekday]!;
  const modifier = /^(last|past|this past|next|this coming|coming|this)\b/i.exec(written)?.[1]?.toLowerCase();
  if (modifier === 'last' || modifier === 'past' || modifier === 'this past') {
    return { date: previousWeekday(publication, weekday, false), reason: `"${modifier}": the most recent ${name} before the publication date` };
  }
  if (modifier === 'next' || modifier === 'coming' || modifier === 'this coming') {
    return { date: nextWeekday(publication, weekday, false), reason: `"${modifier}": the first ${name} after the publication date` };
  }
  if (tense.tense === 'future') {
    return { date: nextWeekday(publication, weekday), reason: `future tense ("${tense.cue}"): the next ${name} on or after the publication date` };
  }
  const why = tense.tense === 'past' ? `past tense ("${tense.cue}")` : 'tense unclear, read as reporting';
  return { date: previousWeekday(publication, weekday), reason: `${why}: the most recent ${name} on or before the publication date` };
}

/** The last word of `text`, lower-cased (split, not an end-anchored pattern, which would backtrack). */
function lastWord(text: string): string | undefined {
  return text.split(/[^\p{L}']+/u).filter(Boolean).pop()?.toLowerCase();
}

function overlapsDateline(article: Article, mention: DateMention): boolean {
  return article.datelines.some((dateline) => mention.start < dateline.end && mention.end > dateline.start);
}

function resolveOne(article: Article, mention: DateMention): ResolvedDate {
  const publication = article.publication?.date;
  const sentence = mention.sentence;
  const clause = clauseAround(sentence, sentence.text, mention.textIndex, mention.textEnd);
  const tense = tenseOf(sentence.text, clause, { start: mention.textIndex, end: mention.textEnd });
  const written = mention.text;
  const base: ResolvedDate = {
    mention,
    kind: 'ignored',
    weekdayMismatch: false,
    yearImplied: false,
    tense,
    nearMidnight: isNearMidnight(mention),
    isDateline: overlapsDateline(article, mention),
    wordBefore: lastWord(sentence.text.slice(Math.max(0, mention.textIndex - 30), mention.textIndex)),
    reason: '',
  };
  const unresolved = 'no publication date to resolve it against';
  const is = (kind: DateKind, reason: string, extra: Partial<ResolvedDate> = {}): ResolvedDate => ({ ...base, kind, reason, ...extra });

  if (mention.isRange) return is('range', 'a range, not a single day');
  const pair = NUMERIC_PAIR.exec(written);
  if (pair) {
    const [first, second] = [Number(pair[1]), Number(pair[2])];
    if (!pair[3]) return is('ignored', 'two numbers with a slash or dot but no year: not read as a date');
    if (first <= 12 && second <= 12 && first !== second) return is('ignored', 'day and month could be either way round');
  }
  const namesMonth = MONTH_NAME.test(written) || /\d[/.-]\d/.test(written);
  if (ANAPHORIC.test(written) && !namesMonth) {
    return is('anaphoric', 'counted from another event in the text, not from the publication date');
  }
  if (RELATIVE_DAY.test(written)) {
    const date = publication ? referenceDay(mention) : undefined;
    if (!date || !publication) return is('relative-day', unresolved);
    const offset = daysBetween(publication, date);
    const when = offset === 0 ? 'the publication date' : `${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'} the publication date`;
    return is('relative-day', `"${written}": ${when}`, { date, weekday: weekdayOf(fromIso(date)) });
  }
  if (DURATION.test(written)) return is('duration', 'a length of time, not a date');
  if (PERIOD.test(written) && !namesMonth) {
    if (/\bago\b/i.test(written)) {
      const date = publication ? referenceDay(mention) : undefined;
      return is('relative-period', date ? `"${written}": about ${formatDate(date)}` : unresolved, date ? { period: { from: date, to: date } } : {});
    }
    if (!publication) return is('relative-period', unresolved);
    const { period, reason } = resolvePeriod(written, publication, tense);
    return is('relative-period', reason, period ? { period } : {});
  }
  if (mention.day !== undefined && mention.month !== undefined) {
    const stated = mention.weekday?.value;
    if (mention.year !== undefined) {
      const date = { year: mention.year, month: mention.month, day: mention.day };
      if (!isValidDate(date)) return is('ignored', 'not a real calendar date');
      const iso = toIso(date);
      const actual = weekdayOf(date);
      return is('absolute', 'day, month and year as written', { date: iso, weekday: stated ?? actual, weekdayMismatch: stated !== undefined && stated !== actual });
    }
    if (mention.impliedYear === undefined || !publication) {
      return is('month-day', `month and day as written; no year and ${unresolved}`, stated !== undefined ? { weekday: stated } : {});
    }
    const date = { year: mention.impliedYear, month: mention.month, day: mention.day };
    if (!isValidDate(date)) return is('ignored', 'not a real calendar date');
    const iso = toIso(date);
    const actual = weekdayOf(date);
    return is('month-day', `month and day as written; the year ${date.year} is the one that puts it nearest the publication date`, {
      date: iso,
      weekday: stated ?? actual,
      weekdayMismatch: stated !== undefined && stated !== actual,
      yearImplied: true,
    });
  }
  if (mention.weekday && mention.day === undefined) {
    const word = WEEKDAY_WORD.exec(written)?.[0] ?? '';
    if (!FULL_WEEKDAY.test(word) && !SHORT_WEEKDAY.test(word)) return is('ignored', `"${word}" is not written as a weekday`);
    const before = sentence.text.slice(Math.max(0, mention.textIndex - 20), mention.textIndex);
    if (NAMED_DAY_BEFORE.test(before)) return is('ignored', `"${before.trim().split(/\s+/).pop()} ${word}" names a day, not a weekday of the publication week`);
    if (DEFINITE_BEFORE.test(before)) return is('anaphoric', `"the ${written}": counted from another event in the text, not from the publication date`);
    const weekday = mention.weekday.value;
    if (!publication) return is('weekday', unresolved, { weekday });
    const { date, reason } = resolveWeekday(weekday, written, publication, tense);
    return is('weekday', reason, { date, weekday });
  }
  if (mention.month !== undefined) return is('month', 'a month without a day: not a single day');
  if (mention.hasTime) return is('time', 'a time of day only: no date');
  return is('ignored', 'not a date');
}

/** Every date expression with the day it names, resolved against the publication date. */
export function resolveDates(article: Article, mentions: readonly DateMention[]): ResolvedDate[] {
  return mentions.map((mention) => resolveOne(article, mention));
}

/** How a resolved date reads in a message: "Saturday", "Sunday, January 21, 2024", "Saturday, January 20, 2024 ("yesterday")". */
export function describeDay(resolved: ResolvedDate): string {
  if (resolved.kind === 'weekday' && resolved.weekday !== undefined) return WEEKDAYS[resolved.weekday]!;
  if (resolved.kind === 'relative-day' && resolved.date) return `${formatLong(resolved.date)} ("${resolved.mention.text}")`;
  if (resolved.date) return formatLong(resolved.date);
  return resolved.mention.text;
}

/**
 * Whether two expressions put something on the same day: true, false, or undefined when they cannot be compared.
 * A weekday alone is compared by weekday, so a wrong dateline does not turn agreement into conflict.
 */
export function sameDay(a: ResolvedDate, b: ResolvedDate): boolean | undefined {
  if (!DAY_KINDS.has(a.kind) || !DAY_KINDS.has(b.kind) || a.weekdayMismatch || b.weekdayMismatch) return undefined;
  if (a.kind !== 'weekday' && b.kind !== 'weekday') {
    if (!a.date || !b.date) return undefined;
    if (a.yearImplied || b.yearImplied) return a.date.slice(5) === b.date.slice(5);
    return a.date === b.date;
  }
  if (a.weekday === undefined || b.weekday === undefined) return undefined;
  return a.weekday === b.weekday;
}

/** "late Saturday" and "early Sunday" can be the same night: neighbouring days near midnight are no conflict. */
export function sameNight(a: ResolvedDate, b: ResolvedDate): boolean {
  if (!a.nearMidnight && !b.nearMidnight) return false;
  if (a.date && b.date && a.kind !== 'weekday' && b.kind !== 'weekday') return Math.abs(daysBetween(a.date, b.date)) === 1;
  const [x, y] = [a.weekday, b.weekday];
  return x !== undefined && y !== undefined && (Math.abs(x - y) === 1 || Math.abs(x - y) === 6);
}
