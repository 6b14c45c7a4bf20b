/** Calendar arithmetic on plain YYYY-MM-DD strings, in UTC, so no time zone ever shifts a day. */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Regular-expression source for a month name or its usual abbreviation ("Jan", "Sept", "March"), without a dot. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** Regular-expression source for a weekday name or its usual abbreviation ("Thurs", "Sat"), without a dot. */
export const WEEKDAY_PATTERN = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

export interface YMD {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

export function isValidDate({ year, month, day }: YMD): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function fromIso(iso: string): YMD {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** 0 = Sunday. */
export function weekdayOf(date: YMD): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = fromIso(iso);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return toIso({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const a = fromIso(from);
  const b = fromIso(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** "Sunday, January 21, 2024". */
export function formatLong(iso: string): string {
  const date = fromIso(iso);
  return `${WEEKDAYS[weekdayOf(date)]}, ${MONTHS[date.month - 1]} ${date.day}, ${date.year}`;
}

/** "January 21, 2024". */
export function formatDate(iso: string): string {
  const date = fromIso(iso);
  return `${MONTHS[date.month - 1]} ${date.day}, ${date.year}`;
}

const MONTH_PREFIXES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month number from a month name or its usual abbreviation ("Sept."), or undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.findIndex((month) => month.toLowerCase() === key);
  if (full >= 0) return full + 1;
  return MONTH_PREFIXES[key];
}

/** Weekday number (0 = Sunday) from a name or abbreviation ("Thurs."), or undefined. */
export function weekdayNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((day) => day.toLowerCase() === key || day.toLowerCase().startsWith(key));
  if (index < 0) return undefined;
  const full = WEEKDAYS[index]!.toLowerCase();
  return key === full || key.length <= 5 ? index : undefined;
}

/** The latest day on or before `iso` (strictly before when `inclusive` is false) that falls on `weekday` (0 = Sunday). */
export function previousWeekday(iso: string, weekday: number, inclusive = true): string {
  let back = (weekdayOf(fromIso(iso)) - weekday + 7) % 7;
  if (back === 0 && !inclusive) back = 7;
  return addDays(iso, -back);
}

/** The earliest day on or after `iso` (strictly after when `inclusive` is false) that falls on `weekday` (0 = Sunday). */
export function nextWeekday(iso: string, weekday: number, inclusive = true): string {
  let ahead = (weekday - weekdayOf(fromIso(iso)) + 7) % 7;
  if (ahead === 0 && !inclusive) ahead = 7;
  return addDays(iso, ahead);
}

/** A date known to the day (YYYY-MM-DD) or only to the month (YYYY-MM). */
const PARTIAL_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  return isValidDate({ year: Number(match[1]), month: Number(match[2]), day: match[3] ? Number(match[3]) : 1 });
}

/** The first day a partial date can mean: "2021-03" -> "2021-03-01". */
export function earliestDay(partial: string): string {
  return partial.length === 7 ? `${partial}-01` : partial;
}

/** The last day a partial date can mean: "2021-02" -> "2021-02-28". */
export function latestDay(partial: string): string {
  if (partial.length !== 7) return partial;
  const [year, month] = partial.split('-').map(Number) as [number, number];
  return toIso({ year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() });
}

/** "April 1, 2022" for a full date, "April 2022" for a month. */
export function formatPartialDate(partial: string): string {
  if (partial.length !== 7) return formatDate(partial);
  const [year, month] = partial.split('-').map(Number) as [number, number];
  return `${MONTHS[month - 1]} ${year}`;
}
