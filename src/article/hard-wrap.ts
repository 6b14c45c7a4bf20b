import type { SentenceToken } from './abbreviation-breaks.js';
import { lineBreakCount, standsAlone } from './standalone-lines.js';

/** Longest line (but the last) of a hard-wrapped stretch: one longer is a paragraph written on one line. */
const MAX_WRAPPED_LINE = 100;
/** How far short of the stretch's width a wrapped line may end: wrappers that balance lines leave some room. */
const WRAP_SLACK = 0.15;

/** One line break of a stretch and the line it ends. */
interface LineEnd {
  /** Length of the line, indentation included, trailing white space not. */
  length: number;
  /** A wrap inside a sentence: the parser kept the sentence going and the next line opens with a lower-case word. */
  softWrap: boolean;
  /** The line stands on its own (headline, dateline, bullet follows). */
  alone: boolean;
  /** The line after it stands on its own: a paragraph never runs on into it. */
  nextAlone: boolean;
  /** A line with only white space: never a wrap. */
  blank: boolean;
}

/** Length of the word that opens the line at `start`, as a wrapper sees it (up to white space: "U.S." is one). */
function wordLengthAt(tokens: readonly SentenceToken[], start: number): number {
  let length = 0;
  for (let i = start; i < tokens.length && tokens[i]!.token.type !== 'whitespace'; i++) length += tokens[i]!.token.text.length;
  return length;
}

/** The line break in the white space just before `start`, if any. */
function lineBreakBefore(tokens: readonly SentenceToken[], start: number, ends: ReadonlyMap<number, LineEnd>): LineEnd | undefined {
  for (let i = start - 1; i >= 0 && tokens[i]!.token.type === 'whitespace'; i--) {
    const end = ends.get(i);
    if (end) return end;
  }
  return undefined;
}

/** Every line break of the tokens, by token index, with the line it ends. */
function lineEnds(tokens: readonly SentenceToken[]): Map<number, LineEnd> {
  const ends = new Map<number, LineEnd>();
  let previous: LineEnd | undefined;
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const item = tokens[i]!;
    const breaks = lineBreakCount(item.token);
    if (breaks === 0) {
      line += item.token.text;
      continue;
    }
    const text = item.token.text;
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    const trimmed = line.trimEnd();
    const end: LineEnd = {
      length: trimmed.length,
      softWrap: item.sentence !== -1 && /^\p{Ll}/u.test(tokens[i + 1]?.token.text ?? ''),
      alone: standsAlone(trimmed.trim(), tokens, i),
      nextAlone: false,
      blank: breaks > 1,
    };
    if (previous) previous.nextAlone = end.alone;
    ends.set(i, end);
    previous = end;
    line = text.slice(lastBreak + 1);
  }
  if (previous) previous.nextAlone = standsAlone(line.trim(), tokens, tokens.length);
  return ends;
}

/**
 * The paragraph starts (token indexes) in one stretch of text that only continue a hard-wrapped paragraph:
 * parse-english starts a paragraph at every line break after a full stop, and a text wrapped at a fixed width breaks
 * lines after sentences too. Such a break is a wrap when the next line's first word would not have fitted on the line
 * (within some slack of the stretch's width) and the next line does not stand on its own. The stretch must look
 * wrapped: no line but its last longer than a wrapped line can be, and at least as many breaks inside a sentence
 * before a lower-case word as breaks after a sentence it would join (a headline running into the next line is no
 * wrap; lines written one paragraph each, with an odd break inside one, keep their own paragraphs). Linear in the
 * tokens.
 */
export function wrappedParagraphStarts(tokens: readonly SentenceToken[], paragraphStarts: readonly number[]): Set<number> {
  const joined = new Set<number>();
  if (paragraphStarts.length < 2) return joined;
  const ends = lineEnds(tokens);
  let width = 0;
  for (const end of ends.values()) {
    if (end.length > MAX_WRAPPED_LINE) return joined;
    width = Math.max(width, end.length);
  }
  const filled = width * (1 - WRAP_SLACK);
  const candidates: number[] = [];
  let softWraps = 0;
  for (const end of ends.values()) if (end.softWrap && !end.alone && !end.blank) softWraps++;
  for (const start of paragraphStarts.slice(1)) {
    const end = lineBreakBefore(tokens, start, ends);
    if (!end || end.alone || end.nextAlone || end.blank) continue;
    if (end.length + 1 + wordLengthAt(tokens, start) > filled) candidates.push(start);
  }
  if (softWraps === 0 || softWraps < candidates.length) return joined;
  for (const start of candidates) joined.add(start);
  return joined;
}
