import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import {
  INTEGER_WORD_DICTIONARY,
  MONTH_DICTIONARY,
  ORDINAL_WORD_DICTIONARY,
  TIME_UNIT_DICTIONARY,
  WEEKDAY_DICTIONARY,
} from '../../node_modules/chrono-node/dist/esm/locales/en/constants.js';
import { TIMEZONE_ABBR_MAP } from '../../node_modules/chrono-node/dist/esm/timezone.js';
import { parseArticle } from '../../src/article/parse.js';
import {
  INTEGER_WORDS,
  MONTH_WORDS,
  ORDINAL_WORDS,
  TIME_UNIT_WORDS,
  TIMEZONE_WORDS,
  WEEKDAY_WORDS,
  mayHoldDate,
} from '../../src/facts/date-prefilter.js';

/** The reference the facts layer uses for an article without a date. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 'UTC' };

const chronoTexts = (text: string) => chrono.parse(text, REFERENCE).map((result) => [result.index, result.text]);
const mentionTexts = (text: string) =>
  parseArticle(text).facts.dates.map((mention) => [mention.result.index, mention.result.text]);
const sorted = (words: Iterable<string>) => [...new Set(words)].sort();
const withoutDots = (dictionary: object) => Object.keys(dictionary).filter((key) => !key.endsWith('.'));

describe('date prefilter', () => {
  it('names every word of chrono’s own dictionaries', () => {
    expect(sorted([...MONTH_WORDS, 'may'])).toEqual(sorted(withoutDots(MONTH_DICTIONARY)));
    expect(sorted(WEEKDAY_WORDS)).toEqual(sorted([...withoutDots(WEEKDAY_DICTIONARY), 'weekend', 'weekday']));
    expect(sorted(TIME_UNIT_WORDS)).toEqual(sorted(Object.keys(TIME_UNIT_DICTIONARY)));
    expect(sorted(INTEGER_WORDS)).toEqual(sorted(Object.keys(INTEGER_WORD_DICTIONARY)));
    for (const ordinal of Object.keys(ORDINAL_WORD_DICTIONARY)) {
      expect(ORDINAL_WORDS.some((stem) => ordinal.startsWith(stem))).toBe(true);
    }
    const readable = Object.keys(TIMEZONE_ABBR_MAP).filter((abbreviation) => /^[A-Z]{2,4}$/.test(abbreviation));
    expect(sorted(TIMEZONE_WORDS)).toEqual(sorted(readable.map((abbreviation) => abbreviation.toLowerCase())));
  });

  it.each([
    ['The council met at 5 to discuss it.', 'at 5'],
    ['She may, however, return.', 'may,'],
    ['The fifth may be the last.', 'fifth may'],
    ['You may first want to check.', 'may first'],
    ['Shares earned $5 a share.', '5 a'],
    ['Scores were 10 to 12.', '10 to 12'],
    ['Temperatures peaked at noon, 12 EST.', 'noon'],
    ['They returned 2 hrs later.', '2 hrs later'],
    ['We ate pasta day after day.', 'pasta day'],
    ['It lasts.', 'lasts'],
    ['He sat down.', 'sat'],
    ['Thurs. was busy.', 'Thurs.'],
    ['Sept. was busy.', 'Sept.'],
    ['Doors open 7:30.', '7:30'],
  ])('keeps %j, where chrono finds %j', (text, found) => {
    expect(mayHoldDate(text)).toBe(true);
    expect(chronoTexts(text).map(([, match]) => match)).toContain(found);
    expect(mentionTexts(text)).toEqual(chronoTexts(text));
  });

  it.each([
    'The market decided 120 attacks were enough.',
    'It may be too late.',
    'Officials expect 5 soldiers to return.',
    'Turnout rose 4.5 percent among 18 groups.',
    'In 2021 the mayor resigned.',
    'The 5th ward voted.',
    'Money decided the satellite market.',
  ])('skips %j, where chrono finds nothing', (text) => {
    expect(mayHoldDate(text)).toBe(false);
    expect(chronoTexts(text)).toEqual([]);
    expect(mentionTexts(text)).toEqual([]);
  });

  it('keeps every random run of date-like tokens that chrono finds something in', () => {
    const token = fc.constantFrom(
      ...MONTH_WORDS, 'may', 'May', ...WEEKDAY_WORDS, ...TIME_UNIT_WORDS, ...INTEGER_WORDS, 'first', 'fifth',
      'now', 'night', 'last', 'this', 'next', 'past', 'in', 'for', 'within', 'after', 'ago', 'later', 'out', 'of',
      'at', 'from', 'to', 'on', 'a', 'an', 'the', 'few', 'half', 'and', 'am', 'pm', 'EST', 'cat', 'be', 'pasta',
      '5', '12', '24', '30', '120', '2024', '2.5', '07', '1st', 'x',
    );
    const separator = fc.constantFrom(' ', ' ', '', ',', ', ', '-', ' - ', '/', '.', ':', '+', '–', '(', ')');
    const text = fc
      .array(fc.tuple(token, separator), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.map(([word, glue]) => word + glue).join(''));
    fc.assert(
      fc.property(text, (sentence) => mayHoldDate(sentence) || chronoTexts(sentence).length === 0),
      { numRuns: 3000, seed: 20240110 },
    );
  });
});
