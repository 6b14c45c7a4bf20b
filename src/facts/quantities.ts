import type { Article, Block, Sentence } from '../article/article.js';
import type { TextView } from '../text/text-view.js';
import { adjacentOnOneLine, isCapitalized, isTitleCase, tokenizeWords, type WordToken } from '../text/words.js';
import { isNumberWord, MAY_HOLD_NUMBER, readNumber, type ReadNumber } from '../text/numbers.js';
import { intervalOf, type BoundKind, type Interval } from '../text/interval.js';
import {
  AUXILIARIES, DETERMINERS, PREPOSITIONS, isFunctionWord, isPluralNoun, looksLikeVerb, MONTH_NAMES, singular, VERB_ADVERBS,
  verbLemma, WEEKDAY_NAMES,
} from '../text/english.js';

export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'measure';

/** What a number counts: "militia attacks on U.S. troops", "900 [soldiers] in Syria". */
export interface CountedThing {
  /** Singular, lower-case head noun: "attack", "troop", "person". */
  head: string;
  /** The head as written, for messages: "attacks". */
  headText: string;
  /** Words before the head that narrow it, lower case, dots dropped: ["militia"], ["us"]. */
  modifiers: string[];
  /** Prepositional phrases that narrow it, lower case, last word singular: ["on us troop", "in iraq"]. */
  qualifiers: string[];
  /** The head comes from an earlier number in the sentence ("nearly 900 in Syria" after "2,500 soldiers in Iraq"). */
  elided: boolean;
  /** "five of its guards", "53 of the attacks": a part of a group. */
  partitive: boolean;
  /**
   * Identity of the counted thing, comparable within and across articles: modifiers, head and qualifiers
   * ("militia attack on us troop", "soldier in syria"). Equal keys = the same thing.
   */
  key: string;
}

/** One number the article states, with the bound that qualifies it and what it counts. */
export interface Quantity {
  block: Block;
  /** Absent for a headline that has no sentences (a front-matter title). */
  sentence?: Sentence;
  kind: QuantityKind;
  /** The figure as read ("two dozen" = 24, "1.5 million" = 1,500,000); for a range, its lower end. */
  value: number;
  bound: BoundKind;
  /** Values the statement allows. */
  interval: Interval;
  /** The number with its bound words and unit symbols as written: "at least 130", "$5 million", "12%". */
  text: string;
  /** Source offsets of `text`. */
  start: number;
  end: number;
  /** Source offset where the counted noun phrase and its qualifiers end (`end` when there is none). */
  phraseEnd: number;
  /** The same three offsets in the scanned sentence (or block) text, for reading what lies between numbers. */
  local: { start: number; end: number; phraseEnd: number };
  /** What is counted; absent when the text does not say (a bare number, a percentage, money). */
  thing?: CountedThing;
  /** Verb the count is subject or object of, as a crude stem ("launch", "strike"); "be", "have", "report" left out. */
  predicate?: string;
  /** Capitalised subject of that verb when the count is its object ("hezbollah" in "Hezbollah fired 12 rockets"). */
  agent?: string;
  /** "%", "$", "km", "day"... for kinds other than count. */
  unit?: string;
  /**
   * The preposition right before the number (or before its determiner: "at the three hospitals"), if any: "with" and "including" open a breakdown, "across" or "in" make
   * the number part of a phrase about something else ("died across two provinces").
   */
  preposition?: string;
  /** Found in a headline-style line where every word is capitalised, so the phrase reading is less sure. */
  titleCase: boolean;
}

const BOUND_PHRASES: [string, BoundKind][] = [
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['just over', 'more-than'], ['well over', 'more-than'], ['above', 'more-than'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['just shy of', 'nearly'],
  ['about', 'approximate'], ['approximately', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'],
  ['some', 'approximate'], ['an estimated', 'approximate'], ['estimated', 'approximate'], ['approx', 'approximate'],
  ['circa', 'approximate'], ['an approximate', 'approximate'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'],
  ['as many as', 'at-most'], ['a maximum of', 'at-most'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
];
const BOUNDS = BOUND_PHRASES.map(([phrase, kind]) => ({ words: phrase.split(' '), kind })).sort(
  (a, b) => b.words.length - a.words.length,
);
const BOUND_WORDS = new Set(BOUND_PHRASES.flatMap(([phrase]) => phrase.split(' ')));

/** Prepositions whose phrase narrows what is counted ("attacks in Iraq", "attacks on U.S. troops"). */
const QUALIFIER_PREPOSITIONS = new Set([
  'in', 'at', 'on', 'against', 'from', 'near', 'across', 'inside', 'outside', 'within', 'aboard', 'into', 'to',
]);
/** Words before a number that make it a label rather than a count ("Flight 370", "No. 10", "Article 5"). */
const LABEL_WORDS = new Set([
  'no', 'number', 'flight', 'route', 'article', 'section', 'chapter', 'page', 'room', 'resolution', 'version', 'level',
  'phase', 'grade', 'category', 'stage', 'unit', 'brigade', 'division', 'district', 'highway', 'gate', 'terminal',
  'platform', 'channel', 'code', 'item', 'paragraph', 'clause', 'line', 'row', 'table', 'figure', 'ward', 'zone',
  'apartment', 'building', 'block', 'lot', 'sector', 'km', 'mile', 'kilometre', 'kilometer', 'aged', 'age', 'ages',
  'scored', 'score', 'rank', 'ranked', 'top', 'size', 'lane', 'exit', 'bus', 'train', 'pier', 'post', 'hill',
]);
const CURRENCY_SYMBOLS: Record<string, string> = { $: '$', '€': '€', '£': '£', '¥': '¥' };
const CURRENCY_WORDS = new Set([
  'dollar', 'euro', 'pound', 'yuan', 'yen', 'rupee', 'riyal', 'dinar', 'shekel', 'ruble', 'rouble', 'franc', 'peso',
  'won', 'lira', 'rand', 'naira', 'dirham', 'real',
]);
const DURATION_UNITS = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'night', 'weekend', 'term',
  'season', 'hr', 'min', 'sec', 'yr',
]);
const MEASURE_UNITS = new Set([
  'mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'foot', 'inch', 'yard', 'acre', 'hectare', 'ton', 'tonne',
  'kilogram', 'kg', 'gram', 'lb', 'ounce', 'gallon', 'liter', 'litre', 'barrel', 'degree', 'mph', 'kph', 'knot',
  'megawatt', 'gigawatt', 'kilowatt', 'watt', 'volt', 'calorie', 'point', 'cm', 'mm', 'mi', 'sq', 'square', 'cubic',
]);
/** Adjectives that do not narrow what is counted ("such attacks" = "attacks"). */
const NON_RESTRICTIVE = new Set(['such', 'reported', 'total', 'estimated', 'confirmed', 'separate', 'individual', 'known', 'overall', 'combined']);
/** Verbs that state a count without saying anything about the counted thing. */
const NEUTRAL_PREDICATES = new Set([
  'be', 'hav', 'report', 'say', 'said', 'count', 'record', 'tally', 'log', 'document', 'number', 'total', 'estimat',
  'includ', 'put', 'cit', 'list', 'show', 'confirm', 'reach', 'stand', 'se', 'witness', 'claim', 'announc', 'tell',
]);
/** Objects of a preposition that scope the count in time, not in kind ("in January", "in total"). */
const TIME_WORDS = new Set([
  ...MONTH_NAMES, ...WEEKDAY_NAMES, ...DURATION_UNITS, 'total', 'all', 'recent', 'past', 'morning', 'afternoon',
  'evening', 'today', 'yesterday', 'tomorrow', 'tonight', 'time', 'period', 'wake', 'addition', 'part', 'turn', 'response',
]);
/** Words that put a time on a place phrase: "in Iraq last week", "in Syria this year". */
const TIME_MODIFIERS = new Set(['last', 'past', 'next', 'this', 'previous', 'coming', 'early', 'late', 'mid']);
/** Common nouns that end a place phrase ("the Al-Baghdadi area", "the north"). */
const PLACE_NOUNS = new Set([
  'area', 'region', 'province', 'city', 'base', 'border', 'town', 'village', 'district', 'camp', 'airport', 'port',
  'capital', 'governorate', 'county', 'state', 'coast', 'sea', 'north', 'south', 'east', 'west', 'northeast',
  'northwest', 'southeast', 'southwest', 'center', 'centre', 'strip', 'bank', 'valley', 'desert', 'island', 'zone',
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const AM_PM = new Set(['am', 'pm']);

/** A function word as written: "US" and "U.S." are the country, not the pronoun. */
function isFunctionToken(token: WordToken): boolean {
  return !token.text.includes('.') && !/^\p{Lu}{2,}$/u.test(token.text) && isFunctionWord(token.lower);
}

function possessiveStripped(word: string): string {
  return word.replace(/'s?$/, '');
}

/** Finds the bound phrase that ends right before token `index`. */
function boundBefore(text: string, tokens: readonly WordToken[], index: number): { kind: BoundKind; first: number } | undefined {
  for (const bound of BOUNDS) {
    const first = index - bound.words.length;
    if (first < 0) continue;
    let matches = true;
    for (let k = 0; k < bound.words.length && matches; k++) {
      const token = tokens[first + k]!;
      matches = token.kind === 'word' && token.lower === bound.words[k] && adjacentOnOneLine(text, token, tokens[first + k + 1]!);
    }
    if (matches) return { kind: bound.kind, first };
  }
  return undefined;
}

interface Scan {
  text: string;
  tokens: WordToken[];
  titleCase: boolean;
}

function touching(a: WordToken | undefined, b: WordToken | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isMonth(token: WordToken | undefined, titleCase: boolean): boolean {
  if (!token || token.kind !== 'word' || !MONTH_NAMES.has(token.lower)) return false;
  return titleCase || isCapitalized(token.text);
}

/** Numbers that are dates, times, years, ordinals, labels or parts of compounds ("10-day", "F-16"). */
function isNotAQuantity(scan: Scan, index: number, read: ReadNumber): boolean {
  const { tokens, text, titleCase } = scan;
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[read.next];
  if (token.kind === 'word') {
    if (token.lower === 'one' && previous && (DETERMINERS.has(previous.lower) || previous.lower === 'which')) return true;
    if (token.lower === 'one' && (next?.lower === 'another' || next?.lower === 'of' && tokens[read.next + 1]?.lower === 'them')) return true;
  } else {
    // "1. Fares stay the same.", "2) Service grows": a list item's number opening the text, not a count.
    if (index === 0 && next && /^[.)]$/.test(next.text) && touching(token, next) && /^\s/.test(text.slice(next.end))) return true;
    if (touching(previous, token) && previous && /^[-–\/:.#]$/.test(previous.text)) return true;
    const rangeDash = /^[-–]$/.test(next?.text ?? '') && tokens[read.next + 1]?.kind === 'number' && touching(next, tokens[read.next + 1]);
    if (touching(token, next) && next && /^[-–\/:]$/.test(next.text) && !rangeDash) return true;
    if (touching(token, next) && next?.kind === 'word' && ORDINAL_SUFFIXES.has(next.lower)) return true;
    if (next?.kind === 'word' && AM_PM.has(next.lower)) return true;
    if (isYear(token, previous, next)) return true;
    if (
      previous?.kind === 'word' &&
      adjacentOnOneLine(text, previous, token) &&
      ((!titleCase && isCapitalized(previous.text) && !isFunctionToken(previous) && !BOUND_WORDS.has(previous.lower)) ||
        LABEL_WORDS.has(previous.lower))
    ) {
      return true;
    }
  }
  return isMonth(previous, titleCase) || isMonth(tokens[index + 1], titleCase);
}

function isYear(token: WordToken, previous: WordToken | undefined, next: WordToken | undefined): boolean {
  if (!/^\d{4}$/.test(token.text)) return false;
  const value = Number(token.text);
  if (value < 1000 || value > 2100) return false;
  const countable = next?.kind === 'word' && isPluralNoun(next.lower);
  const yearContext = previous !== undefined && (previous.kind !== 'word' || isFunctionToken(previous) || MONTH_NAMES.has(previous.lower));
  return !countable || yearContext;
}

/** A prepositional phrase that narrows a count, starting at `index`; undefined when there is none. */
function qualifierAt(scan: Scan, index: number): { qualifier: string; next: number } | undefined {
  const { tokens, text, titleCase } = scan;
  const preposition = tokens[index];
  if (preposition?.kind !== 'word' || !QUALIFIER_PREPOSITIONS.has(preposition.lower)) return undefined;
  if (index > 0 && !adjacentOnOneLine(text, tokens[index - 1]!, preposition)) return undefined;
  const words: WordToken[] = [];
  let k = index + 1;
  for (; k < tokens.length && words.length < 5; k++) {
    const word = tokens[k]!;
    if (word.kind !== 'word' || !adjacentOnOneLine(text, tokens[k - 1]!, word)) break;
    if (words.length === 0 && DETERMINERS.has(word.lower)) continue;
    if (word.lower === 'and' || word.lower === 'or') {
      // "in Iraq and Syria" is one place list; "in Iraq and 77 in Syria" is not.
      const following = tokens[k + 1];
      const last = words[words.length - 1];
      if (!titleCase && following?.kind === 'word' && isCapitalized(following.text) && last && isCapitalized(last.text)) {
        words.push(word);
        continue;
      }
      break;
    }
    if (isFunctionToken(word) || /ly$/.test(word.lower) || isNumberWord(word.lower)) break;
    if (TIME_WORDS.has(singular(word.lower)) || TIME_MODIFIERS.has(word.lower)) {
      // "in Iraq last week": the place ends where the time starts; "in January" is no place at all.
      if (words.length === 0) return undefined;
      break;
    }
    if (words.length > 0 && !isCapitalized(word.text)) {
      if (looksLikeVerb(word.lower) || /ing$/.test(word.lower)) break;
      // After the noun of the place, only another noun goes on: "in the Al-Baghdadi area", not "in Syria remain".
      if (words.some(isPlaceNoun) && !isPlaceNoun(word)) break;
    }
    words.push(word);
  }
  if (words.length === 0) return undefined;
  const normalised = words.map((word, i) => {
    const plain = possessiveStripped(word.lower);
    return i === words.length - 1 ? singular(plain) : plain;
  });
  return { qualifier: `${preposition.lower} ${normalised.join(' ')}`, next: k };
}

/** A word that can end a place phrase: a name, a plural noun or a place noun. */
function isPlaceNoun(word: WordToken): boolean {
  return isCapitalized(word.text) || isPluralNoun(word.lower) || PLACE_NOUNS.has(word.lower);
}

interface NounPhrase {
  head?: WordToken;
  modifiers: WordToken[];
  partitive: boolean;
  elided: boolean;
  next: number;
}

function nounPhraseAt(scan: Scan, index: number, value: number): NounPhrase {
  const { tokens, text } = scan;
  let j = index;
  let partitive = false;
  const of = tokens[j];
  if (of?.lower === 'of' && tokens[j + 1] && (DETERMINERS.has(tokens[j + 1]!.lower) || tokens[j + 1]!.lower === 'them')) {
    partitive = true;
    j += 2;
  }
  const words: WordToken[] = [];
  let head: WordToken | undefined;
  let headIndex = -1;
  for (let k = j; k < tokens.length && words.length < 5; k++) {
    const word = tokens[k]!;
    if (word.kind !== 'word' || (k > 0 && !adjacentOnOneLine(text, tokens[k - 1]!, word))) break;
    if (words.length === 0 && word.lower === 'such') continue;
    if (isFunctionToken(word) || isNumberWord(word.lower) || /ly$/.test(word.lower)) break;
    words.push(word);
    headIndex = k;
    if (value !== 1 && isPluralNoun(word.lower)) {
      head = word;
      break;
    }
  }
  if (!head && value === 1 && words.length > 0) {
    const last = words[words.length - 1]!;
    if (!looksLikeVerb(last.lower) && !/ing$/.test(last.lower)) head = last;
  }
  if (head) {
    return { head, modifiers: words.slice(0, -1), partitive, elided: false, next: headIndex + 1 };
  }
  // "57 in Iraq", "53 were in Iraq": the counted noun was named before.
  let after = j;
  const copula = tokens[after];
  if (copula && ['were', 'was', 'are', 'is'].includes(copula.lower) && QUALIFIER_PREPOSITIONS.has(tokens[after + 1]?.lower ?? '')) after++;
  const elided = !partitive && QUALIFIER_PREPOSITIONS.has(tokens[after]?.lower ?? '') && after < tokens.length;
  return { modifiers: [], partitive, elided, next: elided ? after : index };
}

/** The verb a count is the subject of ("missiles struck", "troops were injured"), as a stem. */
function predicateAfter(scan: Scan, index: number): string | undefined {
  const { tokens, text, titleCase } = scan;
  let k = index;
  let auxiliary = false;
  while (k < tokens.length && tokens[k]!.kind === 'word' && adjacentOnOneLine(text, tokens[k - 1]!, tokens[k]!)) {
    const lower = tokens[k]!.lower;
    if (AUXILIARIES.has(lower)) auxiliary = true;
    else if (!VERB_ADVERBS.has(lower) && !/ly$/.test(lower)) break;
    k++;
  }
  const word = tokens[k];
  if (!word || word.kind !== 'word' || !adjacentOnOneLine(text, tokens[k - 1]!, word)) return undefined;
  if (isFunctionToken(word) || isNumberWord(word.lower)) return undefined;
  if (!titleCase && isCapitalized(word.text)) return undefined;
  if (!auxiliary && !looksLikeVerb(word.lower) && !titleCase) return undefined;
  return verbLemma(word.lower);
}

/** The verb a count is the object of ("fired 40 missiles") and its capitalised subject, if any. */
function predicateBefore(scan: Scan, index: number): { predicate: string; agent?: string } | undefined {
  const { tokens, text, titleCase } = scan;
  const verb = tokens[index - 1];
  if (!verb || verb.kind !== 'word' || !adjacentOnOneLine(text, verb, tokens[index]!)) return undefined;
  if (isFunctionToken(verb) || (!titleCase && isCapitalized(verb.text))) return undefined;
  if (!titleCase && !looksLikeVerb(verb.lower) && !/ing$/.test(verb.lower)) return undefined;
  let k = index - 2;
  while (k >= 0 && tokens[k]!.kind === 'word' && (AUXILIARIES.has(tokens[k]!.lower) || VERB_ADVERBS.has(tokens[k]!.lower))) k--;
  const agent: string[] = [];
  for (; k >= 0 && !titleCase; k--) {
    const word = tokens[k]!;
    if (word.kind !== 'word' || !isCapitalized(word.text) || isFunctionToken(word)) break;
    if (!adjacentOnOneLine(text, word, tokens[k + 1]!)) break;
    agent.unshift(possessiveStripped(word.lower));
  }
  return { predicate: verbLemma(verb.lower), agent: agent.length > 0 ? agent.join(' ') : undefined };
}

/** How far back a count that leaves its noun out looks for the count that names it. */
const ANTECEDENT_REACH = 8;

/** The nearest earlier count in the sentence that names what it counts, outside a place phrase. */
function antecedentIn(earlier: readonly Quantity[]): Quantity | undefined {
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - ANTECEDENT_REACH); i--) {
    const quantity = earlier[i]!;
    if (quantity.thing && !quantity.thing.partitive && !isPlacePhrase(quantity.preposition)) return quantity;
  }
  return undefined;
}

/** "across two provinces", "in 12 villages": a number inside a place phrase counts places, not the story's subject. */
export function isPlacePhrase(preposition: string | undefined): boolean {
  return preposition !== undefined && preposition !== 'of' && preposition !== 'with' && preposition !== 'including';
}

/**
 * A round figure in digits ("38,000", "2,500") is read as rounded to its last non-zero digit, by at most 2 %, so
 * "more than 60,000, with 38,000 in one place and 22,000 in another" holds while "900" and "950" still differ.
 */
function impliedRounding(value: number, token: WordToken): number {
  if (token.kind !== 'number' || !Number.isInteger(value) || value < 100) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit < 100 ? 0 : Math.min(0.49 * unit, 0.02 * value);
}

function keyOf(modifiers: readonly string[], head: string, qualifiers: readonly string[]): string {
  return [...modifiers, head, ...qualifiers].join(' ');
}

/** All quantities in one piece of text (a sentence, or a headline block without sentences), from its words if known. */
export function scanQuantities(text: string, view: TextView, block: Block, sentence?: Sentence, words?: WordToken[]): Quantity[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const tokens = words ?? tokenizeWords(text);
  const scan: Scan = { text, tokens, titleCase: isTitleCase(block.kind, tokens) };
  // "In Iraq, 53 attacks...": a fronted place narrows every count of the sentence.
  const fronted = tokens[0] && isCapitalized(tokens[0].text) ? qualifierAt(scan, 0) : undefined;
  const frontedQualifier =
    fronted && tokens[fronted.next]?.text === ',' && isCapitalized(tokens[fronted.next - 1]!.text) ? fronted.qualifier : undefined;
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') continue;
    if (token.kind === 'word' && !isNumberWord(token.lower) && token.lower !== 'a' && token.lower !== 'an') continue;
    const read = readNumber(text, tokens, i);
    if (!read) continue;
    if (isNotAQuantity(scan, i, read)) {
      i = read.next - 1;
      continue;
    }
    const found = quantityAt(scan, { view, block, sentence }, i, read, quantities, frontedQualifier);
    i = Math.max(i, found.lastToken);
    quantities.push(found.quantity);
  }
  return quantities;
}

/** Where the scanned text sits in the article. */
interface Place {
  view: TextView;
  block: Block;
  sentence?: Sentence;
}

function quantityAt(
  scan: Scan,
  place: Place,
  index: number,
  read: ReadNumber,
  earlier: readonly Quantity[],
  frontedQualifier: string | undefined,
): { quantity: Quantity; lastToken: number } {
  const { tokens, text } = scan;
  let bound: BoundKind = read.approximate ? 'approximate' : 'exact';
  let kind: QuantityKind = 'count';
  let unit: string | undefined;
  let first = index;
  const symbol = tokens[index - 1];
  if (symbol && symbol.text in CURRENCY_SYMBOLS && touching(symbol, tokens[index])) {
    kind = 'money';
    unit = CURRENCY_SYMBOLS[symbol.text];
    first = index - 1;
  }
  const written = boundBefore(text, tokens, first);
  if (written) {
    bound = written.kind;
    first = written.first;
  }
  let next = read.next;
  let upper = read.value;
  // "between 10 and 12", "10 to 12", "10-12" (not "from 10 to 12", which is a change).
  const joiner = tokens[next];
  const isBetween = tokens[first - 1]?.lower === 'between';
  const isRangeJoiner = isBetween
    ? joiner?.lower === 'and'
    : (joiner?.lower === 'to' || (['-', '–'].includes(joiner?.text ?? '') && touching(tokens[next - 1], joiner))) &&
      tokens[first - 1]?.lower !== 'from';
  if (joiner && isRangeJoiner) {
    const second = readNumber(text, tokens, next + 1);
    if (second && second.value > read.value) {
      bound = 'range';
      upper = second.value;
      next = second.next;
      if (isBetween) first--;
    }
  }
  const after = tokens[next];
  if (after?.text === '%' && touching(tokens[next - 1], after)) {
    kind = 'percent';
    unit = '%';
    next++;
  } else if (after?.kind === 'word' && (after.lower === 'percent' || after.lower === 'pc' || (after.lower === 'per' && tokens[next + 1]?.lower === 'cent'))) {
    kind = 'percent';
    unit = '%';
    next += after.lower === 'per' ? 2 : 1;
  }
  const numberEnd = tokens[next - 1]!.end;
  let lastToken = next - 1;
  let phraseEnd = numberEnd;
  let thing: CountedThing | undefined;
  let predicate: string | undefined;
  let agent: string | undefined;
  if (kind === 'count') {
    const phrase = nounPhraseAt(scan, next, read.value);
    let cursor = phrase.next;
    if (phrase.head) {
      lastToken = cursor - 1;
      phraseEnd = phrase.head.end;
    }
    const headSingular = phrase.head ? singular(possessiveStripped(phrase.head.lower)) : undefined;
    if (headSingular && CURRENCY_WORDS.has(headSingular)) {
      kind = 'money';
      unit = headSingular;
    } else if (headSingular && DURATION_UNITS.has(headSingular)) {
      kind = 'duration';
      unit = headSingular;
    } else if (headSingular && MEASURE_UNITS.has(headSingular)) {
      kind = 'measure';
      unit = headSingular;
    }
    const qualifiers: string[] = [];
    if (kind === 'count' && (phrase.head || phrase.elided)) {
      for (let n = 0; n < 2; n++) {
        const found = qualifierAt(scan, cursor);
        if (!found) break;
        qualifiers.push(found.qualifier);
        cursor = found.next;
        lastToken = cursor - 1;
        phraseEnd = tokens[lastToken]!.end;
      }
      if (frontedQualifier && !qualifiers.some((q) => q.split(' ')[0] === frontedQualifier.split(' ')[0])) qualifiers.push(frontedQualifier);
    }
    if (kind === 'count' && phrase.head && headSingular) {
      const modifiers = phrase.modifiers.map((word) => possessiveStripped(word.lower)).filter((word) => !NON_RESTRICTIVE.has(word));
      thing = {
        head: headSingular,
        headText: phrase.head.text,
        modifiers,
        qualifiers,
        elided: false,
        partitive: phrase.partitive,
        key: keyOf(modifiers, headSingular, qualifiers),
      };
    } else if (kind === 'count' && phrase.elided) {
      const antecedent = antecedentIn(earlier);
      if (antecedent?.thing) {
        const { head, headText, modifiers } = antecedent.thing;
        thing = { head, headText, modifiers, qualifiers, elided: true, partitive: false, key: keyOf(modifiers, head, qualifiers) };
        // "30 people died, including 19 in Kandor": the 19 died too.
        predicate = antecedent.predicate;
        agent = antecedent.agent;
      }
    }
    if (kind === 'count' && !thing?.elided) {
      predicate = predicateAfter(scan, lastToken + 1);
      if (!predicate) {
        const object = predicateBefore(scan, first);
        predicate = object?.predicate;
        agent = object?.agent;
      }
      if (predicate && NEUTRAL_PREDICATES.has(predicate)) {
        predicate = undefined;
        agent = undefined;
      }
    }
  }
  const start = tokens[first]!.start;
  // "at the three hospitals", "across its 12 stores": a determiner may stand between the preposition and the number.
  const determined = tokens[first - 1]?.kind === 'word' && DETERMINERS.has(tokens[first - 1]!.lower);
  const before = tokens[first - (determined ? 2 : 1)];
  const preposition = before?.kind === 'word' && PREPOSITIONS.has(before.lower) ? before.lower : undefined;
  const [sourceStart, sourceEnd] = place.view.range(start, numberEnd);
  return {
    quantity: {
      block: place.block,
      sentence: place.sentence,
      kind,
      value: read.value,
      bound,
      interval: intervalOf(read.value, bound, read.rounding || impliedRounding(read.value, tokens[index]!), upper),
      text: text.slice(start, numberEnd),
      start: sourceStart,
      end: sourceEnd,
      phraseEnd: place.view.range(start, phraseEnd)[1],
      local: { start, end: numberEnd, phraseEnd },
      thing,
      predicate,
      agent,
      unit,
      titleCase: scan.titleCase,
      preposition,
    },
    lastToken,
  };
}

/** Every quantity in the article's sentences, in document order. */
export function findQuantities(article: Article): Quantity[] {
  const quantities: Quantity[] = [];
  const words = article.facts.words;
  for (const sentence of article.sentences) {
    quantities.push(...scanQuantities(sentence.text, sentence.view, sentence.block, sentence, words[sentence.index]));
  }
  return quantities;
}
