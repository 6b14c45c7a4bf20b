/**
 * One matcher for every phrase-list rule: case-insensitive, word-boundary aware, curly and straight quotes and
 * apostrophes equivalent, any run of white space equal to one space. Aho–Corasick, so a scan is linear in the
 * text plus the matches, whatever the number of phrases.
 */

export interface PhraseMatch<T> {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  phrase: string;
  data: T;
}

export interface PhraseEntry<T> {
  phrase: string;
  data: T;
}

export interface PhraseMatcherOptions {
  /**
   * Words a phrase writes in capitals ("AI", "TK") match only in capitals, so "written by AI" does not match
   * "written by Ai Weiwei". Everything else stays case-insensitive.
   */
  acronymsExact?: boolean;
}

interface State {
  next: Map<number, number>;
  fail: number;
  /** Indexes of the phrases that end here (own and via fail links). */
  outputs: number[];
}

interface Entry<T> {
  phrase: string;
  /** Length of the normalized phrase (white space collapsed), which is what a match spans in the compact text. */
  length: number;
  /** Offsets within the normalized phrase that must be capitals in the text, with the capital expected. */
  capitals: { at: number; char: string }[];
  data: T;
}

const EQUIVALENT: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u201C': '"', '\u201D': '"', '\u00A0': ' ',
  '\u2013': '-', '\u2014': '-',
};
const EQUIVALENT_CHARS = new RegExp(`[${Object.keys(EQUIVALENT).join('')}]`, 'gu');
/** The one character whose lower case is longer than itself (İ → i̇); everything else lower-cases 1:1. */
const EXPANDS = '\u0130';

/** Lower-cases and folds, keeping offsets 1:1 with the input (a character that would grow stays as it is). */
export function foldText(text: string): string {
  const lower = text.includes(EXPANDS)
    ? text.split(EXPANDS).map((part) => part.toLowerCase()).join(EXPANDS)
    : text.toLowerCase();
  return lower.replace(EQUIVALENT_CHARS, (char) => EQUIVALENT[char]!);
}

const WORD = /^[\p{L}\p{N}_]$/u;
const SPACE = /^\s$/u;
const CAPITAL_WORD = /\p{Lu}{2,}/gu;

/** Whether the code point that starts at `index` is a letter, digit or underscore. */
function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index)!;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return WORD.test(String.fromCodePoint(code));
}

/** Whether the code point that ends just before `index` is a word character. */
function isWordBefore(text: string, index: number): boolean {
  const low = text.charCodeAt(index - 1);
  const pairStart = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(text, pairStart);
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** The phrase as it is matched: trimmed, white space runs as one space (case kept, so capitals can be checked). */
function shape(phrase: string): string {
  return phrase.trim().replace(/\s+/gu, ' ');
}

function capitalsOf(shaped: string): { at: number; char: string }[] {
  const capitals: { at: number; char: string }[] = [];
  for (const word of shaped.matchAll(CAPITAL_WORD)) {
    for (let k = 0; k < word[0].length; k++) capitals.push({ at: word.index + k, char: word[0][k]! });
  }
  return capitals;
}

export class PhraseMatcher<T> {
  private readonly states: State[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly entries: Entry<T>[] = [];

  constructor(entries: Iterable<PhraseEntry<T>>, private readonly options: PhraseMatcherOptions = {}) {
    for (const entry of entries) this.add(entry);
    this.link();
  }

  /** Number of phrases the matcher holds. */
  get size(): number {
    return this.entries.length;
  }

  private add({ phrase, data }: PhraseEntry<T>): void {
    const shaped = shape(phrase);
    const normalized = foldText(shaped);
    if (!normalized) return;
    let state = 0;
    for (let i = 0; i < normalized.length; i++) {
      const code = normalized.charCodeAt(i);
      let next = this.states[state]!.next.get(code);
      if (next === undefined) {
        next = this.states.length;
        this.states.push({ next: new Map(), fail: 0, outputs: [] });
        this.states[state]!.next.set(code, next);
      }
      state = next;
    }
    this.states[state]!.outputs.push(this.entries.length);
    const capitals = this.options.acronymsExact ? capitalsOf(shaped) : [];
    this.entries.push({ phrase, length: normalized.length, capitals, data });
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.states[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.states[state]!.next) {
        let fail = this.states[state]!.fail;
        while (fail !== 0 && !this.states[fail]!.next.has(code)) fail = this.states[fail]!.fail;
        const target = this.states[fail]!.next.get(code);
        this.states[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.states[child]!.outputs.push(...this.states[this.states[child]!.fail]!.outputs);
        queue.push(child);
      }
    }
  }

  /** All matches at word boundaries, leftmost-longest, without overlaps. */
  match(text: string): PhraseMatch<T>[] {
    const folded = foldText(text);
    // The automaton runs over the folded text with white-space runs collapsed to one space;
    // origin[k] is where the k-th character of that collapsed text came from.
    const origin = new Int32Array(folded.length);
    const found: PhraseMatch<T>[] = [];
    let length = 0;
    let afterSpace = false;
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      let code = folded.charCodeAt(i);
      if (isSpace(code)) {
        if (afterSpace) continue;
        afterSpace = true;
        code = 32;
      } else afterSpace = false;
      origin[length++] = i;
      while (state !== 0 && !this.states[state]!.next.has(code)) state = this.states[state]!.fail;
      state = this.states[state]!.next.get(code) ?? 0;
      for (const index of this.states[state]!.outputs) {
        const entry = this.entries[index]!;
        const first = length - entry.length;
        const start = origin[first]!;
        const end = i + 1;
        if (isWordAt(text, start) && isWordBefore(text, start)) continue;
        if (isWordBefore(text, end) && isWordAt(text, end)) continue;
        if (!entry.capitals.every(({ at, char }) => text[origin[first + at]!] === char)) continue;
        found.push({ start, end, phrase: entry.phrase, data: entry.data });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseMatch<T>[] = [];
    let reach = -1;
    for (const match of found) {
      if (match.start < reach) continue;
      kept.push(match);
      reach = match.end;
    }
    return kept;
  }
}
