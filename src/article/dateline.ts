import type { Block, DatelineCandidate, FrontMatter } from './article.js';
import { isValidDate, MONTH_PATTERN, monthNumber, toIso, WEEKDAY_PATTERN } from '../text/calendar.js';

const MONTH = `${MONTH_PATTERN}\\.?`;
const WEEKDAY = `${WEEKDAY_PATTERN}\\.?`;
const TIME = '\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?|AM|PM)?(?:\\s*[A-Z]{2,4})?';
/** A time before the date ("Updated 3:45 PM EDT, June 17, 2025"): minutes or a.m./p.m. required, so no bare number. */
const LEADING_TIME = '(?:\\d{1,2}(?:[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|AM|PM)?|\\s*(?:[ap]\\.?m\\.?|AM|PM))(?:\\s*[A-Z]{2,4})?\\s*,?\\s*)?';
const PREFIX = '(?:(?:Published|Updated|Last updated|Posted|Date|Dated)(?:\\s+on)?\\s*:?\\s*)?(?:[•·|\\-–—]\\s*)?';
const DATE_FORMS = [
  `(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})`,
  `(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>${MONTH}),?\\s+(?<y2>\\d{4})`,
  `(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})`,
].join('|');

/** A line that is nothing but a date (with an optional label, weekday and time). */
const DATE_LINE = new RegExp(
  `^\\s*${PREFIX}${LEADING_TIME}(?:${WEEKDAY},?\\s+)?(?:${DATE_FORMS})(?:\\s*(?:,|at|\\||-|–|—)?\\s*${TIME})?\\s*$`,
  'i',
);
/** A byline line that carries the date: "By Jane Doe | January 21, 2024", "Jan. 21, 2024 · By Jane Doe". */
const BYLINE = `By\\s+[^|•·,\\d]{2,60}?`;
const SEPARATOR = `\\s*[|•·,–—]\\s*`;
const DATED = `${PREFIX}${LEADING_TIME}(?:${WEEKDAY},?\\s+)?(?:${DATE_FORMS})(?:\\s*(?:,|at)?\\s*${TIME})?`;
const BYLINE_DATE_LINES = [
  new RegExp(`^\\s*${BYLINE}${SEPARATOR}${DATED}\\s*$`, 'i'),
  new RegExp(`^\\s*${DATED}${SEPARATOR}${BYLINE}\\s*$`, 'i'),
  // "Posted on June 17, 2025 by admin".
  new RegExp(`^\\s*${DATED}\\s+by\\s+[A-Za-z][A-Za-z .'’-]{1,40}$`, 'i'),
];
/** Between the parts of a line that gives dates ("Published Jan. 14, 2025 | Updated Jan. 15, 2025"). */
const DATE_SEPARATOR = /\s+[|•·/]\s+/g;
/** Parts that may stand beside a date in such a line: a time, a reading time, an age, a byline. */
const META_PART = new RegExp(
  `^\\s*(?:${TIME}|\\d+\\s*min(?:ute)?s?\\s+read|(?:updated\\s+)?\\d+\\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\\s+ago|By\\s+[^|•·/\\d]{2,60})\\s*$`,
  'i',
);
/** A line longer than this is not a dateline. */
const MAX_DATELINE_LENGTH = 80;
/** A label that says the date is a revision, not the publication. */
const UPDATE_LABEL = /^\s*(?:last\s+)?(?:updated|modified|edited|revised)\b/i;

/** The state, province or country after a wire dateline's city: "Calif.", "Ukraine", "N.Y.", "South Korea". */
const DATELINE_REGION = `[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]{1,30}`;
/** A wire dateline opening the first paragraph: "BAGHDAD, Jan. 21, 2024 —", "SAN JOSE, Calif., Oct. 23, 2025 —". */
const LEAD_DATELINE = new RegExp(
  `^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}(?:,\\s*${DATELINE_REGION}){0,2}(?:\\s*\\([^)]{1,40}\\))?,\\s*(?:${DATE_FORMS})\\s*(?:\\([^)]{1,40}\\)\\s*)?[—–-]`,
);

/** How far into the article a dateline may stand. */
const DATELINE_BLOCKS = 12;

function dateFromGroups(groups: Record<string, string | undefined>): string | undefined {
  const year = Number(groups.y1 ?? groups.y2 ?? groups.y3);
  const monthText = groups.m1 ?? groups.m2 ?? groups.m3;
  const day = Number(groups.d1 ?? groups.d2 ?? groups.d3);
  if (!monthText) return undefined;
  const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
  if (!month) return undefined;
  const date = { year, month, day };
  return isValidDate(date) ? toIso(date) : undefined;
}

/** The date of a line that consists of a date alone, or of a byline and a date ("Jan 21, 2024", "2024-01-21", "Updated: 21 January 2024 10:30 GMT"). */
export function parseDateLine(text: string): string | undefined {
  for (const pattern of [DATE_LINE, ...BYLINE_DATE_LINES]) {
    const match = pattern.exec(text);
    if (match?.groups) return dateFromGroups(match.groups);
  }
  return undefined;
}

function frontMatterDate(frontMatter: FrontMatter): string | undefined {
  const value = frontMatter.data.date;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) {
    const date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return isValidDate(date) ? toIso(date) : undefined;
  }
  return parseDateLine(value);
}

/**
 * The dates of a line that gives several, each between separators ("Published Jan. 14, 2025 | Updated Jan. 15,
 * 2025, 9:10 a.m.", "June 17, 2025 / 2:45 PM / Updated 2 hours ago"); none unless every part is a date, a time, an
 * age or a byline.
 */
function datedParts(block: Block): DatelineCandidate[] {
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const separator of block.text.matchAll(DATE_SEPARATOR)) {
    bounds.push([from, separator.index]);
    from = separator.index + separator[0].length;
  }
  if (bounds.length === 0) return [];
  bounds.push([from, block.text.length]);
  const parts: DatelineCandidate[] = [];
  for (const [partStart, partEnd] of bounds) {
    const text = block.text.slice(partStart, partEnd);
    const date = parseDateLine(text);
    if (!date) {
      if (META_PART.test(text)) continue;
      return [];
    }
    const [start, end] = block.view.range(partStart, partEnd);
    const updated = UPDATE_LABEL.test(text);
    parts.push({ date, source: 'dateline', text, start, end, ...(updated ? { updated } : {}) });
  }
  return parts;
}

/** Every place near the top where the article states its own date, front matter first. */
export function findDatelines(text: string, blocks: Block[], frontMatter?: FrontMatter): DatelineCandidate[] {
  const candidates: DatelineCandidate[] = [];
  if (frontMatter) {
    const date = frontMatterDate(frontMatter);
    if (date) {
      const at = text.slice(frontMatter.start, frontMatter.end).search(/^date\s*:/m);
      const start = at >= 0 ? frontMatter.start + at : frontMatter.start;
      const lineEnd = text.indexOf('\n', start);
      const end = lineEnd >= 0 ? lineEnd : frontMatter.end;
      candidates.push({ date, source: 'front-matter', text: text.slice(start, end).trimEnd(), start, end: start + text.slice(start, end).trimEnd().length });
    }
  }
  let prose = 0;
  for (const block of blocks.slice(0, DATELINE_BLOCKS)) {
    const standalone = block.text.length <= MAX_DATELINE_LENGTH ? parseDateLine(block.text) : undefined;
    if (standalone) {
      const updated = UPDATE_LABEL.test(block.text);
      candidates.push({ date: standalone, source: 'dateline', text: block.text, start: block.start, end: block.end, ...(updated ? { updated } : {}) });
      continue;
    }
    const parts = block.text.length <= 2 * MAX_DATELINE_LENGTH ? datedParts(block) : [];
    if (parts.length > 0) {
      candidates.push(...parts);
      continue;
    }
    if (block.kind !== 'paragraph' || prose++ > 0) continue;
    const lead = LEAD_DATELINE.exec(block.text);
    const date = lead?.groups ? dateFromGroups(lead.groups) : undefined;
    if (lead && date) {
      const [start, end] = block.view.range(0, lead[0].length);
      candidates.push({ date, source: 'dateline', text: lead[0], start, end });
    }
  }
  return candidates;
}
