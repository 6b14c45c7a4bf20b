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

/** Above this many table entries (4 bytes each) a matcher has no table and follows fail links at every step. */
const MAX_TABLE_CELLS = 1 << 23;
const WORD = /^[\p{L}\p{N}_]$/u;
const SPACE = /^\s$/u;
const SPACE_RUN = /\s+/gu;
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
  /**
   * Transitions: the root's in a table (ASCII) and a map (the rest), where a scan spends most of its steps; every
   * other state's as a chain of children (first child, next sibling), which is short. (One map keyed by state and
   * character code made each step hash a key that outgrows small integers once a trie has 32,768 states.)
   */
  private readonly rootAscii = new Int32Array(128);
  private readonly rootOther = new Map<number, number>();
  private readonly firstChild: number[] = [0];
  private readonly nextSibling: number[] = [0];
  /** The character code on the edge into each state. */
  private readonly codes: number[] = [0];
  private readonly fail: number[] = [0];
  /** Phrases that end exactly at a state. */
  private readonly own: (number[] | undefined)[] = [undefined];
  /** The nearest state down the fail chain that has phrases of its own (0: none). */
  private readonly outputLink: number[] = [0];
  /** The first state with phrases on the output chain of each state: itself, its output link, or 0. */
  private readonly firstOutput: Int32Array;
  private readonly entries: Entry<T>[] = [];
  /**
   * Character classes: each character some phrase uses gets one (1, 2, ...); every other character is class 0 and
   * always leads back to the root, which is what most characters of a text do.
   */
  private readonly asciiClass = new Uint16Array(128);
  private readonly otherClass = new Map<number, number>();
  /** Classes in use plus one, counted while phrases are added. */
  private readonly classes = [0];
  /**
   * The automaton as a table, filled in as a scan needs it: entry (state × classCount + class) is the next state
   * plus one, 0 while unknown. Following fail links once per state and class instead of at every character makes a
   * scan several times faster; only states the texts reach get filled.
   */
  private readonly transitions: Int32Array;
  private readonly classCount: number;

  constructor(entries: Iterable<PhraseEntry<T>>, private readonly options: PhraseMatcherOptions = {}) {
    for (const entry of entries) this.add(entry);
    this.firstOutput = this.link();
    this.classCount = this.classes.length;
    const cells = this.fail.length * this.classCount;
    this.transitions = new Int32Array(cells <= MAX_TABLE_CELLS ? cells : 0);
  }

  /** Number of phrases the matcher holds. */
  get size(): number {
    return this.entries.length;
  }

  /** The child of `state` on `code`, or 0 (the root is nobody's child). */
  private child(state: number, code: number): number {
    if (state === 0) return code < 128 ? this.rootAscii[code]! : (this.rootOther.get(code) ?? 0);
    for (let child = this.firstChild[state]!; child !== 0; child = this.nextSibling[child]!) if (this.codes[child] === code) return child;
    return 0;
  }

  private add({ phrase, data }: PhraseEntry<T>): void {
    const shaped = shape(phrase);
    const normalized = foldText(shaped);
    if (!normalized) return;
    let state = 0;
    for (let i = 0; i < normalized.length; i++) {
      const code = normalized.charCodeAt(i);
      if (this.classOf(code) === 0) {
        if (code < 128) this.asciiClass[code] = this.classes.length;
        else this.otherClass.set(code, this.classes.length);
        this.classes.push(code);
      }
      let next = this.child(state, code);
      if (next === 0) {
        next = this.fail.length;
        this.fail.push(0);
        this.own.push(undefined);
        this.outputLink.push(0);
        this.codes.push(code);
        this.firstChild.push(0);
        this.nextSibling.push(this.firstChild[state]!);
        this.firstChild[state] = next;
        if (state === 0 && code < 128) this.rootAscii[code] = next;
        else if (state === 0) this.rootOther.set(code, next);
      }
      state = next;
    }
    (this.own[state] ??= []).push(this.entries.length);
    const capitals = this.options.acronymsExact ? capitalsOf(shaped) : [];
    this.entries.push({ phrase, length: normalized.length, capitals, data });
  }

  /** Breadth-first: each state's fail link is the longest proper suffix of its path that is also a path. */
  private link(): Int32Array {
    const queue: number[] = [];
    for (let child = this.firstChild[0]!; child !== 0; child = this.nextSibling[child]!) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let child = this.firstChild[state]!; child !== 0; child = this.nextSibling[child]!) {
        const fail = this.step(this.fail[state]!, this.codes[child]!);
        this.fail[child] = fail;
        this.outputLink[child] = this.own[fail] ? fail : this.outputLink[fail]!;
        queue.push(child);
      }
    }
    return Int32Array.from(this.own, (own, state) => (own ? state : this.outputLink[state]!));
  }

  private classOf(code: number): number {
    return code < 128 ? this.asciiClass[code]! : (this.otherClass.get(code) ?? 0);
  }

  /** The state after reading `code` in `state`, following fail links. */
  private step(state: number, code: number): number {
    for (;;) {
      const next = this.child(state, code);
      if (next !== 0 || state === 0) return next;
      state = this.fail[state]!;
    }
  }

  /** All matches at word boundaries, leftmost-longest, without overlaps. */
  match(text: string): PhraseMatch<T>[] {
    const { compact, origin } = scannedOf(text);
    const table = this.transitions;
    const found: PhraseMatch<T>[] = [];
    let state = 0;
    for (let k = 0; k < compact.length; k++) {
      const code = compact.charCodeAt(k);
      const characterClass = code < 128 ? this.asciiClass[code]! : (this.otherClass.get(code) ?? 0);
      if (characterClass === 0) {
        state = 0;
        continue;
      }
      if (table.length === 0) state = this.step(state, code);
      else {
        const cell = state * this.classCount + characterClass;
        const known = table[cell]!;
        if (known !== 0) state = known - 1;
        else table[cell] = (state = this.step(state, code)) + 1;
      }
      if (this.firstOutput[state] !== 0) this.collect(text, origin, state, k, found);
    }
    if (found.length < 2) return found;
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

  /** The phrases that end at compact offset `last` in `state`, kept when they sit on word boundaries. */
  private collect(text: string, origin: Int32Array, state: number, last: number, found: PhraseMatch<T>[]): void {
    for (let at = this.firstOutput[state]!; at !== 0; at = this.outputLink[at]!) {
      for (const index of this.own[at]!) {
        const entry = this.entries[index]!;
        const first = last + 1 - entry.length;
        const start = origin[first]!;
        const end = origin[last]! + 1;
        if (isWordAt(text, start) && isWordBefore(text, start)) continue;
        if (isWordBefore(text, end) && isWordAt(text, end)) continue;
        if (!entry.capitals.every((capital) => text[origin[first + capital.at]!] === capital.char)) continue;
        found.push({ start, end, phrase: entry.phrase, data: entry.data });
      }
    }
  }
}

/**
 * A text as the automaton reads it: folded, white-space runs as one space; origin[k] is where the k-th character
 * came from. Several rules scan the same blocks, each with its own matcher, so these are kept (bounded, cleared
 * when full).
 */
interface ScannedText {
  compact: string;
  origin: Int32Array;
}

const scannedTexts = new Map<string, ScannedText>();
const SCANNED_TEXTS_MAX = 512;

function scannedOf(text: string): ScannedText {
  let scanned = scannedTexts.get(text);
  if (scanned === undefined) {
    if (scannedTexts.size >= SCANNED_TEXTS_MAX) scannedTexts.clear();
    scanned = compactOf(foldText(text));
    scannedTexts.set(text, scanned);
  }
  return scanned;
}

function compactOf(folded: string): ScannedText {
  const origin = new Int32Array(folded.length);
  let length = 0;
  let afterSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code === 32 || (code < 128 ? code >= 9 && code <= 13 : isSpace(code))) {
      if (afterSpace) continue;
      afterSpace = true;
    } else afterSpace = false;
    origin[length++] = i;
  }
  const compact = length === folded.length ? folded : folded.replace(SPACE_RUN, ' ');
  return { compact, origin: origin.subarray(0, length) };
}

/** A matcher built on first use, so loading a rule module costs nothing until the rule runs. */
export function lazyMatcher<T>(entries: () => Iterable<PhraseEntry<T>>, options?: PhraseMatcherOptions): () => PhraseMatcher<T> {
  let matcher: PhraseMatcher<T> | undefined;
  return () => (matcher ??= new PhraseMatcher(entries(), options));
}

/** Every phrase made of one choice from each list, in order: (["I can't", "I cannot"], ["assist"]) → two phrases. */
export function phraseProduct(...parts: readonly (readonly string[])[]): string[] {
  return parts.reduce<string[]>((heads, tails) => heads.flatMap((head) => tails.map((tail) => `${head} ${tail}`.trim())), ['']);
}
