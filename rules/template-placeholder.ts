import type { Article, Block } from '../src/article/article.js';
import type { Report, Rule } from '../src/types.js';
import { lazyMatcher } from '../src/text/phrase-matcher.js';
import { fillsBlock, findPhrases, quoteMatch, scannedBlocks, type BlockPhraseMatch } from '../src/article/phrases.js';
import { removeBlock } from '../src/article/removal.js';
import {
  monthNames,
  numberCuesBefore,
  numberWordsAfter,
  placeholderPhrases,
  yearCuesBefore,
  type PlaceholderPhrase,
} from './data/template-placeholder.js';
import { alternation } from '../src/text/regexp.js';

const matcher = lazyMatcher<PlaceholderPhrase>(() => placeholderPhrases.map((entry) => ({ phrase: entry.phrase, data: entry })));

/** Longest slot ("[Insert quote from the mayor]", "{{ article.byline }}") searched for a closing mark. */
const MAX_SLOT = 80;
/** How much text around a token the context tests read (keeps them constant-time). */
const WINDOW = 40;

/** "TK", "TKTK", "XX", "XXX", "XX,XXX", "X.X", "20XX": capitals only, as whole words. */
const TOKEN = /(?<![\p{L}\p{N}_])(?:(?:TK)+|(?:19|20)XX|X{1,3}(?:[.,:]X{1,3})*)(?![\p{L}\p{N}_])/gu;
const YEAR_TOKEN = /^(?:19|20)XX$/u;
const QUOTE_MARK = /["'“”‘’«»`]/u;

const NUMBER_CUE = new RegExp(`(?:^|[^\\p{L}])${alternation(numberCuesBefore)}\\s+$`, 'iu');
const MONTH = new RegExp(`(?:^|[^\\p{L}])${alternation(monthNames)}\\.?\\s+$`, 'u');
const YEAR_CUE = new RegExp(`(?:^|[^\\p{L}])${alternation([...yearCuesBefore, ...monthNames])}\\.?\\s+$`, 'iu');
const NUMBER_WORD = new RegExp(`^\\s+${alternation(numberWordsAfter)}(?![\\p{L}])`, 'iu');
const SCALE_WORD = /^\s+(?:percent|per cent|million|billion|trillion)(?![\p{L}])/iu;
const CURRENCY = /[$£€¥₹#]$/u;
/** ", 2024" or ", XXXX" after a day. */
const YEAR_AFTER = /^,\s*(?:\d{4}|X{4})(?![\p{L}\p{N}])/u;
/** "TK Maxx", "TK 1878", "TK-421": a name or a code, not the placeholder. */
const TK_PART_OF_NAME = /^(?:\s?\p{Lu}\p{Ll}|\s?\d|-[\p{L}\p{N}])/u;

function isTk(token: string): boolean {
  return token.startsWith('TK');
}

/** Whether "XX" at [index, index + token.length) in `text` stands where a number belongs. */
function standsForNumber(text: string, index: number, token: string): boolean {
  const before = text.slice(Math.max(0, index - WINDOW), index);
  const after = text.slice(index + token.length, index + token.length + WINDOW);
  if (YEAR_TOKEN.test(token)) return YEAR_CUE.test(before);
  if (CURRENCY.test(before) || after.startsWith('%')) return true;
  if (/[.,:]/u.test(token)) return true;
  if (token === 'X') return SCALE_WORD.test(after);
  if (/^-(?:year|percent|point|day|week|month|hour|minute|mile|million|billion)/u.test(after)) return true;
  return NUMBER_CUE.test(before) || NUMBER_WORD.test(after) || MONTH.test(before) || YEAR_AFTER.test(after);
}

function isQuotedAlone(text: string, index: number, length: number): boolean {
  return QUOTE_MARK.test(text[index - 1] ?? '') && QUOTE_MARK.test(text[index + length] ?? '');
}

/** Offset of the mark that closes a slot in `rest`, brackets nested inside counted; -1 when there is none. */
function closingMark(rest: string, closer: string): number {
  if (closer !== ']') return rest.indexOf(closer);
  let depth = 1;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '[') depth++;
    else if (rest[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Extends a slot opener to its closing mark; undefined when the slot does not close on its line or is empty. */
function closeSlot(match: BlockPhraseMatch<PlaceholderPhrase>, closer: string): number | undefined {
  const text = match.block.text;
  const rest = text.slice(match.viewEnd, match.viewEnd + MAX_SLOT);
  const at = closingMark(rest, closer);
  if (at < 0) return undefined;
  const inside = rest.slice(0, at);
  if (/[\r\n]/u.test(inside) || !/[\p{L}\p{N}]/u.test(inside)) return undefined;
  return match.viewEnd + at + closer.length;
}

/** Reports phrase placeholders; returns the source ranges reported, per block and in order. */
function reportPhrases(article: Article, report: (report: Report) => void): Map<Block, [number, number][]> {
  const quotations = article.facts.quotations;
  const covered = new Map<Block, [number, number][]>();
  for (const match of findPhrases(article, matcher())) {
    const entry = match.data;
    const wholeBlock = fillsBlock(match);
    if (entry.wholeLine && !wholeBlock) continue;
    const ranges = covered.get(match.block) ?? [];
    if (ranges.length > 0 && match.start < ranges[ranges.length - 1]![1]) continue;
    let { start, end } = match;
    if (entry.closer) {
      const viewEnd = closeSlot(match, entry.closer);
      if (viewEnd === undefined) continue;
      [start, end] = match.block.view.range(match.viewStart, viewEnd);
    }
    ranges.push([start, end]);
    covered.set(match.block, ranges);
    const evidence = quoteMatch(article, start, end);
    const quoting = quotations.quoting(match.block, start, end);
    if (quoting === 'framed') {
      const message = `Quoted template text (${entry.label}): "${evidence}" — fine when reporting on it, unfilled otherwise.`;
      report({ message, start, end, severity: 'info' });
      continue;
    }
    const finding: Report = { message: `Unfilled placeholder (${entry.label}): "${evidence}".`, start, end };
    const removal = wholeBlock && !entry.closer ? removeBlock(article, match.block) : undefined;
    if (removal && entry.removable) finding.fix = removal;
    else if (removal) finding.suggestions = [{ desc: 'Remove the line', fix: removal }];
    report(finding);
  }
  return covered;
}

/** Reports "TK" and "XX" tokens outside the ranges already reported (both in source order). */
function reportTokens(block: Block, covered: [number, number][], report: (report: Report) => void): void {
  const text = block.text;
  if (!text.includes('TK') && !text.includes('X')) return;
  let next = 0;
  for (const found of text.matchAll(TOKEN)) {
    const token = found[0];
    const index = found.index;
    const [start, end] = block.view.range(index, index + token.length);
    while (next < covered.length && covered[next]![1] <= start) next++;
    if (next < covered.length && covered[next]![0] <= start) continue;
    if (isTk(token)) {
      if (isQuotedAlone(text, index, token.length)) continue;
      if (TK_PART_OF_NAME.test(text.slice(index + token.length, index + token.length + 3))) continue;
      if (text[index - 1] === '-') continue;
      report({ message: `Unfilled placeholder "${token}" (newsroom shorthand for "to come").`, start, end });
      continue;
    }
    if (isQuotedAlone(text, index, token.length) || !standsForNumber(text, index, token)) continue;
    const slot = YEAR_TOKEN.test(token) ? 'a year' : 'a number';
    report({ message: `Unfilled placeholder "${token}" where ${slot} belongs.`, start, end });
  }
}

const rule: Rule = {
  meta: {
    id: 'template-placeholder',
    description: 'Unfilled slots: "TK", "XX" for a number, "[INSERT …]", "{{ … }}", "Lorem ipsum", "Put your ad code here".',
    category: 'ai',
    severity: 'error',
    recommended: true,
    fixable: true,
    docs: 'docs/rules/template-placeholder.md',
  },
  check({ article, report }) {
    const covered = reportPhrases(article, report);
    for (const block of scannedBlocks(article)) reportTokens(block, covered.get(block) ?? [], report);
  },
};

export default rule;
