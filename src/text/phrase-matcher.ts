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

interface State {
  next: Map<number, number>;
  fail: number;
  /** Indexes of the phrases that end here (own and via fail links). */
  outputs: number[];
}

const EQUIVALENT: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u201C': '"', '\u201D': '"', '\u00A0': ' ',
  '\u2013': '-', '\u2014': '-',
};

function foldChar(char: string): string {
  return EQUIVALENT[char] ?? char.toLowerCase();
}

/** Lower-cases and folds one character at a time, so offsets stay 1:1 with the input. */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = foldChar(char);
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD.test(char);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

export interface PhraseEntry<T> {
  phrase: string;
  data: T;
}

export class PhraseMatcher<T> {
  private readonly states: State[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly entries: { phrase: string; length: number; data: T }[] = [];

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) this.add(entry);
    this.link();
  }

  private add({ phrase, data }: PhraseEntry<T>): void {
    const normalized = foldText(phrase.trim()).replace(/\s+/g, ' ');
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
    this.entries.push({ phrase, length: normalized.length, data });
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
    // Folded text with white-space runs collapsed, and where each of its characters came from.
    const origin: number[] = [];
    let compact = '';
    // A flag, not compact.endsWith(' '): that flattens the growing string on every character (quadratic).
    let afterSpace = false;
    for (let i = 0; i < folded.length; i++) {
      if (isSpace(folded.charCodeAt(i))) {
        if (afterSpace) continue;
        compact += ' ';
        afterSpace = true;
      } else {
        compact += folded[i];
        afterSpace = false;
      }
      origin.push(i);
    }
    const found: PhraseMatch<T>[] = [];
    let state = 0;
    for (let i = 0; i < compact.length; i++) {
      const code = compact.charCodeAt(i);
      while (state !== 0 && !this.states[state]!.next.has(code)) state = this.states[state]!.fail;
      state = this.states[state]!.next.get(code) ?? 0;
      for (const index of this.states[state]!.outputs) {
        const entry = this.entries[index]!;
        const first = i - entry.length + 1;
        const start = origin[first]!;
        const end = origin[i]! + 1;
        if (isWordChar(text[start]) && isWordChar(text[start - 1])) continue;
        if (isWordChar(text[end - 1]) && isWordChar(text[end])) continue;
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
