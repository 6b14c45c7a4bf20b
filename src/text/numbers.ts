import { adjacentOnOneLine, type WordToken } from './words.js';

/** A number read from one or more tokens: "2,500", "1.5 million", "twenty-one", "two dozen". */
export interface ReadNumber {
  value: number;
  /** ± precision the written form implies ("1.5 million" is ±50,000), 0 for a plain figure. */
  rounding: number;
  /** "two dozen" and the like: a round figure, not a count. */
  approximate: boolean;
  /** Index of the first token after the number. */
  next: number;
}

const UNITS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
}));
const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));
/** Scale abbreviations written against the figure: "5bn", "20m", "3k". */
const SCALE_SUFFIXES = new Map<string, number>(Object.entries({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 }));

/** Cheap test that a text may hold a number. */
export const MAY_HOLD_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/i;

/** Value of "twenty-one", "seven", "forty"; undefined for anything else. */
function smallNumber(word: string): number | undefined {
  const hyphen = word.indexOf('-');
  if (hyphen < 0) return UNITS.get(word) ?? TENS.get(word);
  const tens = TENS.get(word.slice(0, hyphen));
  const unit = UNITS.get(word.slice(hyphen + 1));
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

export function isNumberWord(word: string): boolean {
  return smallNumber(word) !== undefined || SCALES.has(word) || word === 'hundred' || word === 'dozen';
}

function readFigure(text: string, tokens: readonly WordToken[], index: number): ReadNumber {
  const token = tokens[index]!;
  const digits = token.text.replace(/,/g, '');
  let value = Number(digits);
  let next = index + 1;
  const following = tokens[next];
  let scale = 1;
  if (following?.kind === 'word' && following.start === token.end && SCALE_SUFFIXES.has(following.lower)) {
    scale = SCALE_SUFFIXES.get(following.lower)!;
    next++;
  } else if (following?.kind === 'word' && SCALES.has(following.lower) && adjacentOnOneLine(text, token, following)) {
    scale = SCALES.get(following.lower)!;
    next++;
  }
  if (scale === 1) return { value, rounding: 0, approximate: false, next };
  const decimals = /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0;
  value *= scale;
  return { value, rounding: (0.5 * scale) / 10 ** decimals, approximate: false, next };
}

/** Reads "two hundred and fifty", "a dozen", "three million"; undefined when the tokens are no number. */
function readWords(text: string, tokens: readonly WordToken[], index: number): ReadNumber | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let afterScale = false;
  let approximate = false;
  let i = index;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || (i > index && !adjacentOnOneLine(text, tokens[i - 1]!, token))) break;
    const word = token.lower;
    const nextWord = tokens[i + 1]?.lower ?? '';
    const small = smallNumber(word);
    if (small !== undefined) {
      if (seen && !afterScale) break;
      current += small;
      seen = true;
      afterScale = false;
    } else if ((word === 'a' || word === 'an') && current === 0 && !seen && (SCALES.has(nextWord) || nextWord === 'hundred' || nextWord === 'dozen')) {
      current = 1;
    } else if (word === 'hundred' && current > 0 && current < 100) {
      current *= 100;
      seen = afterScale = true;
    } else if (SCALES.has(word) && current > 0) {
      total += current * SCALES.get(word)!;
      current = 0;
      seen = afterScale = true;
    } else if (word === 'dozen' && current > 0 && current < 100 && !afterScale) {
      current *= 12;
      seen = approximate = true;
      i++;
      break;
    } else if (word === 'and' && afterScale && smallNumber(nextWord) !== undefined) {
      continue;
    } else break;
  }
  if (!seen) return undefined;
  return { value: total + current, rounding: 0, approximate, next: i };
}

/** Reads the number that starts at `tokens[index]`, in figures or in words. */
export function readNumber(text: string, tokens: readonly WordToken[], index: number): ReadNumber | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (token.kind === 'number') return readFigure(text, tokens, index);
  if (token.kind === 'word') return readWords(text, tokens, index);
  return undefined;
}
