import type { Article, Block, Sentence } from '../article/article.js';
import { isFunctionWord, isPluralNoun, MONTH_NAMES, SENTENCE_STARTERS, WEEKDAY_NAMES } from '../text/english.js';
import { EVENT_WORDS } from './data/event-words.js';
import { foldName } from '../text/name-spelling.js';
import { adjacentOnOneLine, isCapitalized, isHeadlineKind, isTitleCase, tokenizeWords, type WordToken } from '../text/words.js';

/** One word of a name, as written, with its source offsets. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

/**
 * A proper name as written: a run of capitalised words ("Mohammed Shia al-Sudani", "Ain al-Asad",
 * "US Central Command"), found without a tagger, so it may be a person, a place or an organisation.
 */
export interface NameMention {
  block: Block;
  sentence: Sentence;
  /** The name as written, without a title or role in front of it and without a possessive "'s". */
  text: string;
  /** Source offsets of `text`. */
  start: number;
  end: number;
  tokens: NameToken[];
  /** Title or role written right before the name and left out of it: "Prime Minister", "Marine Gen.". */
  title?: string;
  /**
   * The name folded for comparison: lower case, no diacritics, no spaces, hyphens or dots
   * ("Ain Al-Asad" and "Ain al-Asad" → "ainalasad"). Equal keys = the same spelling up to case and punctuation.
   */
  key: string;
  /** The name starts its sentence, so a capital on its first word may be grammar only ("Al-Sudani said"). */
  sentenceInitial: boolean;
  /** Found in a headline-style line where every word is capitalised, so where the name ends is a guess. */
  titleCase: boolean;
}

/** A longer run of capitalised words is a title-case sentence, not a name. */
const MAX_NAME_WORDS = 8;

/** Lower-case particles inside Arabic, Dutch, German, Romance names ("Osama bin Laden", "Vincent van Gogh"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'ter']);
const HYPHENATED_PARTICLE = /^(?:al|el|ad|ag|as|ash|at|ar|an|az|bin|ibn|abu|d)-\p{Lu}/u;


/** Nouns of news events ("Talks", "Shelling", "Protests"): common words whenever they open a sentence. */
const EVENT_NOUNS = new Set(EVENT_WORDS.filter(([phrase, word]) => word.form === 'noun' && !phrase.includes(' ')).map(([phrase]) => phrase));

/** Titles and roles written before a name. */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'gen', 'general', 'col', 'colonel', 'lt', 'lieutenant', 'maj',
  'major', 'sgt', 'sergeant', 'adm', 'admiral', 'capt', 'captain', 'cmdr', 'commander', 'marine', 'mr', 'mrs', 'ms',
  'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'pope', 'chancellor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'judge', 'justice', 'speaker', 'leader', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'pm',
  'deputy', 'acting', 'former', 'lord', 'lady', 'sir', 'dame', 'rabbi', 'imam', 'ayatollah', 'cardinal', 'bishop',
  'officer', 'private', 'corporal', 'cpl', 'pvt', 'pfc', 'supt', 'inspector', 'detective', 'premier', 'emir',
  'sultan', 'crown', 'envoy', 'coach', 'pastor', 'reverend', 'rev', 'brig', 'field', 'marshal', 'sec',
]);
/** Last words of organisation names, which a title word in front does not turn into a person ("Justice Department"). */
const ORGANISATION_WORDS = new Set([
  'department', 'ministry', 'command', 'force', 'forces', 'party', 'council', 'committee', 'agency', 'office',
  'court', 'corps', 'guard', 'guards', 'army', 'navy', 'university', 'company', 'bank', 'group', 'house', 'service',
]);

function isNameWord(token: WordToken): boolean {
  return token.kind === 'word' && (isCapitalized(token.text) || HYPHENATED_PARTICLE.test(token.text));
}

/** "Iraq's" → "Iraq"; "Iran-backed" → "Iran": the part of a word that belongs to the name, and whether the name ends there. */
function namePart(token: WordToken): { text: string; closes: boolean } {
  const possessive = /['’]s?$/u.exec(token.text);
  if (possessive) return { text: token.text.slice(0, possessive.index), closes: true };
  const compound = /-(\p{Ll}+)$/u.exec(token.text);
  if (compound && !HYPHENATED_PARTICLE.test(token.text)) return { text: token.text.slice(0, compound.index), closes: true };
  return { text: token.text, closes: false };
}

interface Run {
  tokens: NameToken[];
  sentenceInitial: boolean;
}

/** Where the words before the name are a title, the index of the first word of the name proper. */
function nameStart(words: readonly string[]): number {
  const last = words[words.length - 1]!.toLowerCase();
  if (ORGANISATION_WORDS.has(last)) return 0;
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!.toLowerCase().replace(/\.$/, '');
    if (!TITLE_WORDS.has(word)) continue;
    start = i + 1;
    // "Secretary of State Antony Blinken": "of State" belongs to the title.
    if (words[start]?.toLowerCase() === 'of') start += 2;
  }
  return start;
}

/** What the article as a whole says about its words' capitals. */
interface WordEvidence {
  /** Words the article writes in lower case. */
  lower: ReadonlySet<string>;
  /** Words the article capitalises where no sentence starts, so a capital on them is no grammar. */
  capitalisedInside: ReadonlySet<string>;
}

function isSentenceInitial(tokens: readonly WordToken[], i: number): boolean {
  const previous = tokens[i - 1];
  return i === 0 || (previous?.kind === 'punct' && !/^[,;&/]$/.test(previous.text));
}

function isCalendarWord(lower: string): boolean {
  return WEEKDAY_NAMES.has(lower) || MONTH_NAMES.has(lower);
}

/**
 * True when a capitalised word opening a sentence is an ordinary word ("While", "Officials", "Protests spread"): one
 * the article writes in lower case, a listed opener, an adverb; or, unless the article capitalises it inside a
 * sentence too, an event noun or a plural that no name follows.
 */
function isCommonOpener(token: WordToken, next: WordToken | undefined, text: string, evidence: WordEvidence): boolean {
  const lower = token.text.toLowerCase();
  if (evidence.lower.has(lower) || /ly$/.test(lower) || SENTENCE_STARTERS.has(lower)) return true;
  if (evidence.capitalisedInside.has(token.text)) return false;
  if (EVENT_NOUNS.has(lower)) return true;
  const nameFollows = next !== undefined && isNameWord(next) && adjacentOnOneLine(text, token, next);
  return isPluralNoun(lower) && !nameFollows;
}

/**
 * Splits a sentence's tokens into runs of name words. A capitalised first word of a sentence that is just an
 * ordinary word does not start a name, and a weekday or month name never joins one ("on Monday Hezbollah fighters").
 */
function runsIn(text: string, tokens: readonly WordToken[], evidence: WordEvidence): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  const close = () => {
    if (current && current.tokens.length > 0) runs.push(current);
    current = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const separated = previous !== undefined && !/^[ \t\u00A0]+$/.test(text.slice(previous.end, token.start));
    if (current && separated) close();
    const initial = isSentenceInitial(tokens, i);
    const joinsName =
      current !== undefined &&
      token.kind === 'word' &&
      (PARTICLES.has(token.text) || token.text === 'of') &&
      next !== undefined &&
      isNameWord(next) &&
      /^[ \t\u00A0]+$/.test(text.slice(token.end, next.start));
    if (joinsName) {
      current!.tokens.push({ text: token.text, start: token.start, end: token.end });
      continue;
    }
    if (!isNameWord(token)) {
      close();
      continue;
    }
    const lower = token.text.toLowerCase();
    // A month may end a name ("Theresa May") but not before a day ("Smith March 3"); a weekday never belongs to one.
    if (isCalendarWord(lower) && (!current || WEEKDAY_NAMES.has(lower) || next?.kind === 'number' || /^\d/.test(next?.text ?? ''))) {
      close();
      continue;
    }
    const functionWord = !/^\p{Lu}{2,}$/u.test(token.text) && isFunctionWord(lower);
    if (!current && (functionWord || (initial && isCommonOpener(token, next, text, evidence)))) continue;
    const part = namePart(token);
    current ??= { tokens: [], sentenceInitial: initial };
    current.tokens.push({ text: part.text, start: token.start, end: token.start + part.text.length });
    if (part.closes) close();
  }
  close();
  return runs;
}

function mentionOf(run: Run, sentence: Sentence, titleCase: boolean): NameMention | undefined {
  // A trailing "of" never ends a name.
  while (run.tokens.length > 0 && run.tokens[run.tokens.length - 1]!.text === 'of') run.tokens.pop();
  if (run.tokens.length === 0 || run.tokens.length > MAX_NAME_WORDS) return undefined;
  const from = nameStart(run.tokens.map((token) => token.text));
  const tokens = run.tokens.slice(from);
  if (tokens.length === 0 || tokens.every((token) => TITLE_WORDS.has(token.text.toLowerCase().replace(/\.$/, '')))) return undefined;
  if (tokens.length === 1 && (MONTH_NAMES.has(tokens[0]!.text.toLowerCase()) || WEEKDAY_NAMES.has(tokens[0]!.text.toLowerCase()))) return undefined;
  const [start] = sentence.view.range(tokens[0]!.start, tokens[0]!.start + 1);
  const [, end] = sentence.view.range(tokens[tokens.length - 1]!.end - 1, tokens[tokens.length - 1]!.end);
  const text = sentence.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  const sourceTokens = tokens.map((token) => {
    const [tokenStart, tokenEnd] = sentence.view.range(token.start, token.end);
    return { text: token.text, start: tokenStart, end: tokenEnd };
  });
  const title = from > 0 ? sentence.text.slice(run.tokens[0]!.start, run.tokens[from - 1]!.end) : undefined;
  return {
    block: sentence.block,
    sentence,
    text,
    start,
    end,
    tokens: sourceTokens,
    title,
    key: foldName(text),
    sentenceInitial: run.sentenceInitial && from === 0,
    titleCase,
  };
}

/** Every proper-name mention in the article, in document order. */
export function findNames(article: Article): NameMention[] {
  const words = article.facts.words;
  const titleCaseBlocks = new Map<Block, boolean>();
  const tokenized = article.sentences.map((sentence) => {
    const tokens = words[sentence.index]!;
    const { block } = sentence;
    let titleCase = titleCaseBlocks.get(block);
    if (titleCase === undefined) {
      titleCase = isHeadlineKind(block.kind) && isTitleCase(block.kind, block.sentences.length === 1 ? tokens : tokenizeWords(block.text));
      titleCaseBlocks.set(block, titleCase);
    }
    return { sentence, tokens, titleCase };
  });
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const { tokens, titleCase } of tokenized) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      if (!isCapitalized(token.text)) lower.add(token.text);
      else if (!titleCase && !isSentenceInitial(tokens, i)) capitalisedInside.add(token.text);
    }
  }
  const evidence: WordEvidence = { lower, capitalisedInside };
  const mentions: NameMention[] = [];
  for (const { sentence, tokens, titleCase } of tokenized) {
    for (const run of runsIn(sentence.text, tokens, evidence)) {
      const mention = mentionOf(run, sentence, titleCase);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}
