// A cheap test that a sentence may hold something chrono-node (English, casual configuration) finds, so chrono runs
// only where it can find a date. It must never reject a sentence chrono finds anything in: every alternative below
// mirrors one of chrono's parsers or refiners (chrono-node/dist/esm/locales/en/{constants,parsers,refiners},
// common/{parsers,refiners}), loosened where that is simpler, never tightened. test/facts/date-prefilter.test.ts
// checks the word lists against chrono's own dictionaries.

/** chrono's MONTH_DICTIONARY ("may" apart: see MAY_AS_MONTH). */
export const MONTH_WORDS = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** chrono's WEEKDAY_DICTIONARY, with the two words its weekday parser adds. */
export const WEEKDAY_WORDS = [
  'sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu',
  'friday', 'fri', 'saturday', 'sat', 'weekend', 'weekday',
];

/** chrono's casual date and casual time words. */
export const CASUAL_WORDS = [
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday',
  'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
];

/** chrono's TIME_UNIT_DICTIONARY (with its abbreviations, down to single letters). */
export const TIME_UNIT_WORDS = [
  's', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters',
  'y', 'yr', 'year', 'years',
];

/** chrono's ORDINAL_WORD_DICTIONARY, by stem ("twenty" covers "twenty-first" and "twenty first"). */
export const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'twenty', 'thirtieth', 'thirty',
];

/** chrono's INTEGER_WORD_DICTIONARY. */
export const INTEGER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** chrono's timezone abbreviations of two to four letters (the ones ExtractTimezoneAbbrRefiner can read). */
export const TIMEZONE_WORDS = [
  'acdt', 'acst', 'adt', 'aedt', 'aest', 'aft', 'akdt', 'akst', 'almt', 'amst', 'amt', 'anat', 'aqtt', 'art', 'ast',
  'awdt', 'awst', 'azot', 'azst', 'azt', 'bnt', 'bot', 'brst', 'brt', 'bst', 'btt', 'cast', 'cat', 'cct', 'cdt',
  'cest', 'cet', 'ckt', 'clst', 'clt', 'cot', 'cst', 'ct', 'cvt', 'cxt', 'davt', 'east', 'eat', 'ect', 'edt', 'eest',
  'eet', 'egst', 'egt', 'est', 'et', 'fjst', 'fjt', 'fkst', 'fkt', 'fnt', 'galt', 'gamt', 'get', 'gft', 'gilt',
  'gmt', 'gst', 'gyt', 'haa', 'hac', 'hadt', 'hae', 'hap', 'har', 'hast', 'hat', 'hay', 'hkt', 'hlv', 'hna', 'hnc',
  'hne', 'hnp', 'hnr', 'hnt', 'hny', 'hovt', 'ict', 'idt', 'iot', 'irdt', 'irkt', 'irst', 'ist', 'jst', 'kgt',
  'krat', 'kst', 'kuyt', 'lhdt', 'lhst', 'lint', 'magt', 'mart', 'mawt', 'mdt', 'mesz', 'mez', 'mht', 'mmt', 'msd',
  'msk', 'mst', 'mt', 'mut', 'mvt', 'myt', 'nct', 'ndt', 'nft', 'novt', 'npt', 'nst', 'nut', 'nzdt', 'nzst', 'omst',
  'pdt', 'pet', 'pett', 'pgt', 'phot', 'pht', 'pkt', 'pmdt', 'pmst', 'pont', 'pst', 'pt', 'pwt', 'pyst', 'pyt',
  'ret', 'samt', 'sast', 'sbt', 'sct', 'sgt', 'srt', 'sst', 'taht', 'tft', 'tjt', 'tkt', 'tlt', 'tmt', 'tvt', 'ulat',
  'utc', 'uyst', 'uyt', 'uzt', 'vet', 'vlat', 'vut', 'wast', 'wat', 'west', 'wesz', 'wet', 'wez', 'wft', 'wgst',
  'wgt', 'wib', 'wit', 'wita', 'wst', 'wt', 'yakt', 'yapt', 'yekt',
];

const any = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = any(TIME_UNIT_WORDS);
const ORDINAL = any(ORDINAL_WORDS);
/** chrono's NUMBER_PATTERN: what may stand before a time unit ("two", "5", "2.5", "half an", "a few", "the"). */
const NUMBER = `(?:${any(INTEGER_WORDS)}|\\d+(?:\\.\\d+)?|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
/** What may start a further duration right after a unit ("2 hours 30 minutes", "an hour and a half"). */
const NEXT_DURATION = `(?:and|an?\\b|${any(INTEGER_WORDS)}|half|few|several|the|couple)`;
/** What may end a duration that counts from the reference ("3 days ago", "a week later", "two days out"). */
const DURATION_END_WORD = '(?:ago|before|earlier|later|after|from now|henceforth|forward|out)';
const DURATION_END = `${DURATION_END_WORD}(?![a-z])`;
/** Where a duration's unit may end: the end of the duration, or the start of a further one. */
const AFTER_UNIT = `(?:(?![a-z])|(?=${NEXT_DURATION})|\\s{0,5}${DURATION_END})`;
/** What may come before a duration that counts from the reference ("in", "for about", "past", "+"). */
const DURATION_START =
  '(?:\\b(?:within|in|for|this|last|past|next|after)|[+-])\\s*' +
  '(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?';

// Every alternative starts with a literal word or a digit (never with a look-behind or an optional part), so the
// regular expression engine skips quickly over text that cannot match; context before a word is checked after it.
export const ALTERNATIVES = [
  // Month names (little-endian "5th of March", "fifth March"; middle-endian "March 5", "March fifth"; "in March";
  // "2024 March"): the name may be glued to "in", "of", an ordinal, a digit or an era; after it may come "of" or an
  // ordinal.
  `${any(MONTH_WORDS)}(?:(?![a-z])|(?=of|${ORDINAL}))(?<=(?:^|[^a-z]|in|of|st|nd|rd|th|be|ad|bc|ce)${any(MONTH_WORDS)})`,
  // Weekdays, "weekend", "weekday", possibly glued to "on", "this", "last", "past", "next" before or after.
  `${any(WEEKDAY_WORDS)}(?:(?![a-z])|(?=of|this|last|past|next))(?<=(?:^|[^a-z]|on|this|last|past|next)${any(WEEKDAY_WORDS)})`,
  // Casual words ("this morning" and "last night" may be glued).
  `${any(CASUAL_WORDS)}(?![a-z])(?<=(?:^|[^a-z]|this|last)${any(CASUAL_WORDS)})`,
  // "end of the month", "last day of month".
  `month(?![a-z])(?<=of\\s+(?:the\\s+)?month)`,
  // "this week", "last month", "next year", "past quarter", "after this week" (the unit may be one letter: "last m").
  `\\b(?:this|last|past|next)\\s*${UNIT}(?![a-z])`,
  // A duration after "in", "within", "for", "this", "last", "past", "next", "after", "+", "-" ("in a few days",
  // "for about two hours", "past 3 months"), or before "ago", "later", "out"... ("3 days ago", "a couple of days
  // later"), possibly followed by a further duration ("2 hours 30 minutes").
  `${DURATION_START}${NUMBER}\\s{0,3}${UNIT}${AFTER_UNIT}`,
  `${DURATION_END}(?<=(?:${any(INTEGER_WORDS)}|\\d|an?\\b|half|few|several|the|couple\\s{0,2}(?:of)?)\\s{0,3}${UNIT}\\s{0,5}${DURATION_END_WORD})`,
  // Digits: a duration after "in", "for"... ("in 2 hrs"); times "5:30", "17：00", "5pm",
  // "5 a.m.", "5 a", ranges "9 to 5", "9 – 5", timezone offsets "12 GMT+1", "12 (UTC-5)"; slash dates "3/5",
  // "3/2024"; dotted or dashed dates with a year "3.5.24", "2024-03-05", "2024 3 5"; a bare hour chrono extends with
  // a timezone abbreviation ("12 EST", "5 (PT)").
  `\\d(?:` +
    `\\s{0,3}${UNIT}${AFTER_UNIT}(?<=${DURATION_START}\\d+(?:\\.\\d+)?\\s{0,3}${UNIT})` +
    `|[:：]\\d` +
    `|\\s*[ap](?:\\.m\\.|m)?(?![a-z])` +
    `|\\s*(?:to|until|through|till|[-–~〜?+])\\s*\\d` +
    `|\\s*\\(?(?:gmt|utc)` +
    `|\\/\\d` +
    `|[.-]\\d{1,2}[./-]\\d\\d` +
    `|[-./\\s]\\d{1,2}[-./\\s]\\d` +
    `|\\s*,?\\s*\\(?${any(TIMEZONE_WORDS)}\\)?(?![a-z])` +
    // "at 5", "from 9" (chrono also reads a "t" right before them as a boundary).
    `|(?<=(?:\\b|t)(?:at|from)\\s*\\d)` +
    ')',
  // "5 o'clock".
  `clock(?<=o\\W*clock)`,
];

/**
 * "May" is a month only where chrono keeps it: after "in", after a day, ordinal or year ("5th of May", "fifth May",
 * "2024 May"), before anything but a lower-case word ("May 5", "May, 2024", "May-June", standing alone), or before a
 * word that joins it to a time or a range ("May at 5", "May to June"). A modal "may" followed by a lower-case word
 * ("may be") is never a date: a timezone abbreviation after it would have to be written in upper case.
 */
const MAY = '(?<![A-Za-z])[Mm][Aa][Yy](?![A-Za-z])';
const MAY_AS_MONTH = [
  new RegExp(`${MAY}(?!\\s+(?!(?:of|on|at|after|before|to|until|through|till|t|${ORDINAL})(?![a-z]))[a-z])`),
  new RegExp(`(?:\\bin|(?:\\d(?:st|nd|rd|th)?|\\d\\s{0,2}(?:be|ad|bc|bce|ce)|\\b${ORDINAL})(?:\\s*of)?)[\\s,./-]*${MAY}`, 'i'),
];
const MAY_HOLD_DATE = new RegExp(ALTERNATIVES.join('|'), 'i');

/** True when chrono may find a date, time or duration in `text`; false only when it certainly finds none. */
export function mayHoldDate(text: string): boolean {
  return MAY_HOLD_DATE.test(text) || MAY_AS_MONTH.some((pattern) => pattern.test(text));
}
