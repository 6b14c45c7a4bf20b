import type { Article, Sentence } from '../article/article.js';
import { lazyMatcher, type PhraseMatch } from '../text/phrase-matcher.js';
import { alternation } from '../text/regexp.js';
import type { WordToken } from '../text/words.js';
import {
  allegationPhrases,
  approximators,
  casualtyWords,
  currencyWords,
  damageWords,
  labelWords,
  measureUnits,
  numberWords,
  recordPhrases,
  superlatives,
  timeUnits,
  wrongdoingNouns,
} from '../../rules/data/check-worthy.js';
import { firstEndingAfter } from '../text/sorted.js';

/**
 * A cheap detector of check-worthy statements, enough to ask "who says so?". It finds figures with a regular
 * expression and a few exclusions (dates, times, labels, ages, distances); a fuller reading of quantities can
 * replace `figuresIn` without changing the Claim shape.
 */
export type ClaimKind =
  | 'casualty'
  | 'damage'
  | 'money'
  | 'percentage'
  | 'count'
  /** Responsibility for or involvement in wrongdoing ("attacks attributed to X"). */
  | 'allegation'
  /** A superlative with a time scope ("the largest since 2020"). */
  | 'record';

export interface Claim {
  sentence: Sentence;
  kind: ClaimKind;
  /** The claim as written ("about 2,500 soldiers"). */
  text: string;
  /** Source offsets. */
  start: number;
  end: number;
  /** Offsets in `sentence.text`. */
  from: number;
  to: number;
}

export class Claims {
  constructor(private readonly bySentence: ReadonlyMap<number, readonly Claim[]>) {}

  /** The sentence's check-worthy claims in text order. */
  of(sentence: Sentence): readonly Claim[] {
    return this.bySentence.get(sentence.index) ?? [];
  }
}

/** The shared word tokens of a sentence without its punctuation. */
type Word = Pick<WordToken, 'lower' | 'start' | 'end'>;

const CASUALTY = new Set(casualtyWords);
const DAMAGE = new Set(damageWords);
const TIME_UNITS = new Set(timeUnits);
const MEASURE_UNITS = new Set(measureUnits);
const CURRENCY_WORDS = new Set(currencyWords);
const WRONGDOING = new Set(wrongdoingNouns);
const NUMBER_WORDS = new Set(numberWords);
/** Words that end a figure's span ("nearly 900 in Syria" stops before "in"). */
const FUNCTION_WORDS = new Set([
  'in', 'on', 'at', 'of', 'and', 'or', 'to', 'for', 'since', 'from', 'with', 'by', 'the', 'a', 'an', 'were', 'was',
  'is', 'are', 'have', 'has', 'had', 'who', 'that', 'which', 'per', 'each', 'more', 'than', 'as', 'across', 'during',
  'over', 'into', 'including', 'while', 'but', 'after', 'before', 'be', 'been', 'will', 'would', 'said', 'says',
  'such', 'this', 'these', 'those', 'its', 'their',
]);
/** Modifiers after a number that the counted noun follows ("14 other dams"). */
const COUNT_MODIFIERS = new Set(['other', 'more', 'additional', 'new', 'further', 'separate', 'different', 'fewer']);
const NEGATIONS = new Set(['not', 'no', "n't", 'never', 'without', "wasn't", "weren't", 'nobody']);
const FIGURE = /(?:(?:US|A|C|HK|NZ)?[$€£¥₹]\s?)?(?<![\p{L}\p{N}_.,:/#\-‑])\d+(?:,\d{3})*(?:\.\d+)?/gu;
const APPROXIMATOR = new RegExp(`(?:^|[^\\p{L}])(${alternation(approximators)}\\s+)$`, 'iu');
const LABEL = new RegExp(`(?:^|[^\\p{L}])${alternation(labelWords)}\\s*$`, 'u');
/** Label words that are labels in lower case too ("page 4", "gate 12"). */
const LOWER_LABEL = /\b(?:page|pages|chapter|section|article|room|gate|flight|route|exit|platform|terminal|episode|season|round|stage|level|phase|grade|category|paragraph|clause|item|step|day|week|no\.|number)\s*$/i;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}'’]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Square|Place)/u;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`);
const NUMBER_WORD = new RegExp(`\\b(?:${numberWords.join('|')})(?:[-‑ ](?:${numberWords.join('|')}))*\\b`, 'giu');
const NOT_A_COUNT_BEFORE = /\b(?:no|any|every|each|the|this|that|which|only|someone|anyone)\s+$/i;
const NOT_A_COUNT_AFTER = /^\s+(?:of|another|day|time|way|side|hand|point|more|by|after|or two|back|up|down|out|off|apiece|each|later|again|too|ahead|behind|away|home)\b/i;
const RECORD_SCOPE =
  /^(?:\s+[\p{L}\p{N}'’\-‑]+){0,5}?\s+(?:since\s+(?:the\s+)?[\p{L}\p{N}'’\-‑]+|in\s+(?:at\s+least\s+|the\s+past\s+|the\s+last\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|a\s+)?(?:[\p{L}\p{N}\-‑]+\s+)?(?:years?|decades?|generations?|centur(?:y|ies)|history)|on\s+record|ever(?:\s+recorded)?|of\s+all\s+time|to\s+date|in\s+living\s+memory)\b/iu;

type ClaimPhrase = 'allegation' | 'record' | 'superlative';

/** One matcher for the claim phrase lists, built on first use. */
const claimMatcher = lazyMatcher<ClaimPhrase>(() => [
  ...allegationPhrases.map((phrase) => ({ phrase, data: 'allegation' as const })),
  ...recordPhrases.map((phrase) => ({ phrase, data: 'record' as const })),
  ...superlatives.map((phrase) => ({ phrase, data: 'superlative' as const })),
]);


/** Index of the word containing `offset`, or of the first one after it. */
function wordIndexAt(words: readonly Word[], offset: number): number {
  return firstEndingAfter(words, offset);
}

/** Casualty or damage words in the figure's clause: up to four words before it or sixteen after, not past , ; or :. */
function contextOf(text: string, words: readonly Word[], index: number): 'casualty' | 'damage' | undefined {
  let damage = false;
  const look = (k: number): 'casualty' | undefined => {
    // "were not hurt", "without injuries": a negated casualty is none.
    if (CASUALTY.has(words[k]!.lower)) return NEGATIONS.has(words[k - 1]?.lower ?? '') ? undefined : 'casualty';
    if (DAMAGE.has(words[k]!.lower)) damage = true;
    return undefined;
  };
  const breaks = (a: number, b: number) => /[,;:]/.test(text.slice(words[a]!.end, words[b]!.start));
  for (let k = index - 1; k >= Math.max(0, index - 4) && !breaks(k, k + 1); k--) if (look(k)) return 'casualty';
  for (let k = index + 1; k < Math.min(words.length, index + 17) && !breaks(k - 1, k); k++) if (look(k)) return 'casualty';
  return damage ? 'damage' : undefined;
}

/** End of a figure's span: its unit words and the noun it counts ("2,500 U.S. troops", "$5 million"). */
function spanEnd(text: string, words: readonly Word[], end: number, counted: boolean): number {
  const unit = /^(?:\s?%|\s+(?:percent|per cent|percentage points?)\b|\s+(?:million|billion|trillion|bn)\b)/iu.exec(text.slice(end));
  if (unit) end += unit[0].length;
  if (!counted) {
    const currency = /^\s+(\p{L}+)/u.exec(text.slice(end));
    return currency && CURRENCY_WORDS.has(currency[1]!.toLowerCase()) ? end + currency[0].length : end;
  }
  let index = wordIndexAt(words, end);
  for (let taken = 0; taken < 2 && index < words.length; taken++, index++) {
    const word = words[index]!;
    if (!/^\.?[\s\-‑]*$/.test(text.slice(end, word.start)) || FUNCTION_WORDS.has(word.lower)) break;
    end = word.end;
    // The period of an abbreviation belongs to it ("U.S.").
    if (text[end] === '.' && /^\p{L}(?:\.\p{L})+$/u.test(text.slice(word.start, word.end))) end++;
    // A hyphenated unit ("10-day") is not yet the noun: "10-day halt".
    const hyphenated = text[word.start - 1] === '-' && TIME_UNITS.has(word.lower);
    if (/^\p{Ll}/u.test(text.slice(word.start, word.end)) && !COUNT_MODIFIERS.has(word.lower) && !hyphenated) break;
  }
  return end;
}

function spanStart(text: string, start: number): number {
  const approximator = APPROXIMATOR.exec(text.slice(Math.max(0, start - 30), start));
  return approximator ? start - approximator[1]!.length : start;
}

/** Figures written in digits, and spelled-out numbers of casualties or damage. */
function figuresIn(sentence: Sentence, words: readonly Word[], isDate: (from: number, to: number) => boolean): Omit<Claim, 'sentence' | 'start' | 'end'>[] {
  const text = sentence.text;
  const found: Omit<Claim, 'sentence' | 'start' | 'end'>[] = [];
  const figures = /\d/.test(text) ? text.matchAll(FIGURE) : [];
  for (const match of figures) {
    const start = match.index;
    const end = start + match[0].length;
    const currency = /^\D/.test(match[0]);
    const digits = match[0].replace(/^\D+/, '');
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 40), start);
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /^[:/]\d/.test(after)) continue;
    if (/^\s?(?:a\.?m\b\.?|p\.?m\b\.?|GMT|UTC|BST|EST|EDT|CET|PST|PDT)/i.test(after)) continue;
    if (/^[-‑\s](?:years?|yrs?)[-‑\s]old\b/i.test(after) || /\baged\s*$/i.test(before)) continue;
    const index = wordIndexAt(words, start);
    const previous = words[index - 1];
    const gap = previous ? text.slice(previous.end, start) : '';
    const capitalizedBefore = previous !== undefined && /^\p{Lu}/u.test(text.slice(previous.start, previous.end));
    // An age in apposition: "Tom Reilly, 61, said".
    if (capitalizedBefore && /^,\s*$/.test(gap) && /^,/.test(after) && /^\d{1,3}$/.test(digits)) continue;
    const context = contextOf(text, words, index);
    // Ranges, scores, unit designations and phone numbers ("3-1", "1-487 FA") count only as casualties or damage.
    if (/^[-‑–]\d/.test(after) && !context) continue;
    if (/^\p{L}/u.test(after) && !(currency && /^(?:bn|m|mn|k|tn|b)\b/i.test(after))) continue;
    const next = /^[\s\-‑]*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    const percentage = /^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i.test(after);
    const money = currency || CURRENCY_WORDS.has(next) || /^\s+(?:million|billion|trillion)\s+(?:\p{L}+)/iu.test(after) && CURRENCY_WORDS.has(/^\s+\S+\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '');
    const isYear = !currency && !percentage && /^\d{4}$/.test(digits) && Number(digits) >= 1000 && Number(digits) <= 2100;
    if (isYear || (!currency && /^0\d/.test(digits))) continue;
    if (LABEL.test(before) || LOWER_LABEL.test(before) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || ADDRESS_AFTER.test(after)) continue;
    // A name right before a number makes it part of the name ("Fortune 500", "Boeing 737"); a weekday or the
    // capitalised first word of the sentence ("About 900") does not.
    if (!currency && capitalizedBefore && /^\s+$/.test(gap) && index > 1 && !WEEKDAY.test(previous.lower) && !APPROXIMATOR.test(before)) continue;
    if (MEASURE_UNITS.has(next)) continue;
    if (TIME_UNITS.has(next) && !context) continue;
    // A number hyphenated to a noun modifies the next one ("a 212-bed hospital", "a 38,000-square-foot wing"):
    // it describes, it is no statistic, except as a duration of damage ("a 10-day halt").
    if (/^[-‑]\p{L}/u.test(after) && !TIME_UNITS.has(next) && !/^(?:million|billion|trillion|percent)$/.test(next)) continue;
    if (isDate(start, end)) continue;
    const kind: ClaimKind = context === 'casualty' ? context : percentage ? 'percentage' : money ? 'money' : (context ?? 'count');
    const from = spanStart(text, start);
    // Amounts and percentages end at their unit; counts take the noun they count ("2,500 U.S. troops").
    const to = spanEnd(text, words, end, kind !== 'money' && kind !== 'percentage');
    found.push({ kind, text: text.slice(from, to), from, to });
  }
  // Spelled-out numbers count only near casualty or damage words; most sentences have none.
  const spelled = words.some((word) => CASUALTY.has(word.lower) || DAMAGE.has(word.lower)) ? text.matchAll(NUMBER_WORD) : [];
  for (const match of spelled) {
    const start = match.index;
    const end = start + match[0].length;
    if (!match[0].split(/[-‑ ]/).every((part) => NUMBER_WORDS.has(part.toLowerCase()))) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    // "4.2 million" is one figure, found above.
    if (/\d$/.test(before.trimEnd()) || NOT_A_COUNT_BEFORE.test(before) || NOT_A_COUNT_AFTER.test(text.slice(end, end + 12))) continue;
    const next = /^[\s\-‑]*([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase() ?? '';
    if (MEASURE_UNITS.has(next)) continue;
    const context = contextOf(text, words, wordIndexAt(words, start));
    // A spelled-out duration counts only as damage ("a three-day closure"), not as a casualty count.
    if (!context || (TIME_UNITS.has(next) && context !== 'damage')) continue;
    const from = spanStart(text, start);
    const to = spanEnd(text, words, end, true);
    found.push({ kind: context, text: text.slice(from, to), from, to });
  }
  return found;
}

function allegationsIn(text: string, words: readonly Word[], matches: readonly PhraseMatch<ClaimPhrase>[]): Omit<Claim, 'sentence' | 'start' | 'end'>[] {
  const found: Omit<Claim, 'sentence' | 'start' | 'end'>[] = [];
  for (const match of matches) {
    if (match.data !== 'allegation') continue;
    const first = wordIndexAt(words, match.start);
    const last = wordIndexAt(words, match.end - 1);
    let nounAfter = -1;
    for (let k = last + 1; k < Math.min(words.length, last + 6); k++) {
      if (WRONGDOING.has(words[k]!.lower)) {
        nounAfter = k;
        break;
      }
    }
    const nounBefore = words.slice(Math.max(0, first - 8), first).some((word) => WRONGDOING.has(word.lower));
    if (nounAfter < 0 && !nounBefore) continue;
    let to = match.end;
    if (nounAfter >= 0) to = words[nounAfter]!.end;
    else {
      // The party blamed: up to three words, stopping at punctuation.
      for (let k = last + 1; k < Math.min(words.length, last + 4); k++) {
        if (!/^\s+$/.test(text.slice(to, words[k]!.start))) break;
        to = words[k]!.end;
      }
    }
    found.push({ kind: 'allegation', text: text.slice(match.start, to), from: match.start, to });
  }
  return found;
}

function recordsIn(text: string, matches: readonly PhraseMatch<ClaimPhrase>[]): Omit<Claim, 'sentence' | 'start' | 'end'>[] {
  const found: Omit<Claim, 'sentence' | 'start' | 'end'>[] = [];
  for (const match of matches) {
    if (match.data === 'allegation') continue;
    let to = match.end;
    if (match.data === 'superlative') {
      const scope = RECORD_SCOPE.exec(text.slice(match.end, match.end + 80));
      if (!scope) continue;
      to = match.end + scope[0].length;
    } else if (/since|in$/.test(match.phrase)) {
      const object = /^\s+(?:the\s+)?[\p{L}\p{N}'’\-‑]+/u.exec(text.slice(to));
      if (object) to += object[0].length;
    }
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, match.start - 4), match.start));
    const from = the ? match.start - the[0].length : match.start;
    found.push({ kind: 'record', text: text.slice(from, to), from, to });
  }
  return found;
}

/** Check-worthy claims per sentence. Dates come from the dates fact, read only when a figure might be one. */
export function findClaims(article: Article): Claims {
  let dateRanges: Map<number, [number, number][]> | undefined;
  const dates = () => {
    if (dateRanges) return dateRanges;
    dateRanges = new Map();
    for (const mention of article.facts.dates) {
      const list = dateRanges.get(mention.sentence.index) ?? [];
      list.push([mention.start, mention.end]);
      dateRanges.set(mention.sentence.index, list);
    }
    return dateRanges;
  };
  const bySentence = new Map<number, Claim[]>();
  for (const sentence of article.sentences) {
    const text = sentence.text;
    const words = article.facts.words[sentence.index]!.filter((token) => token.kind !== 'punct');
    const isDate = (from: number, to: number) => {
      const [start, end] = sentence.view.range(from, to);
      // Date mentions come in text order: the one that can hold the figure is the last starting at or before it.
      const ranges = dates().get(sentence.index) ?? [];
      let low = 0;
      let high = ranges.length - 1;
      let found: [number, number] | undefined;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (ranges[mid]![0] <= start) {
          found = ranges[mid];
          low = mid + 1;
        } else high = mid - 1;
      }
      return found !== undefined && end <= found[1];
    };
    const phrases = claimMatcher().match(text);
    const found = [...figuresIn(sentence, words, isDate), ...allegationsIn(text, words, phrases), ...recordsIn(text, phrases)];
    if (found.length === 0) continue;
    const claims = found
      .sort((a, b) => a.from - b.from)
      .map((claim) => {
        const [start, end] = sentence.view.range(claim.from, claim.to);
        return { ...claim, sentence, start, end };
      });
    bySentence.set(sentence.index, claims);
  }
  return new Claims(bySentence);
}
