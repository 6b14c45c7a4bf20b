import type { Article, Sentence } from '../article/article.js';
import { appositiveFillers, leadingFunctionWords } from '../../rules/data/role-context.js';
import type { KnowledgeBase, PersonEntry } from './knowledge-base.js';
import { canonicalRoleText } from './role-phrases.js';
import { escapeRegExp } from '../text/regexp.js';
import { foldNameToken, isNameParticle, isPersonTitle, significantNameTokens } from './person-names.js';

/** A person named together with a post: "Defense Secretary Mark Esper", "Mark Esper, the defense secretary". */
export interface RoleMention {
  sentence: Sentence;
  form: 'pre-title' | 'appositive';
  /** Roles the title can mean (one alias may name several posts). */
  roleIds: string[];
  /** People the name can mean (more than one when the name is ambiguous). */
  people: PersonEntry[];
  /** Offsets in sentence.text. */
  alias: [number, number];
  name: [number, number];
  /** Source offsets of name and title together. */
  start: number;
  end: number;
}

interface NameToken {
  text: string;
  start: number;
  end: number;
}

const MAX_NAME_TOKENS = 7;
const FUNCTION_WORDS = new Set(leadingFunctionWords);
const FILLERS = new Set(appositiveFillers);
/** A token of a name: anything up to punctuation that cannot be inside a name. */
const TOKEN = /[^\s,;:!?()[\]"“”«»]+/gu;
/** The same, anchored where it is run. */
const TOKEN_AT = /[^\s,;:!?()[\]"“”«»]+/uy;
const SPACE = /\s/u;
/** A character of a word right before a title ("Israeli", "Biden's", "U.S."). */
const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;

/** The index after the white space starting at `index`. */
function skipSpace(text: string, index: number): number {
  let at = index;
  while (at < text.length && SPACE.test(text[at]!)) at++;
  return at;
}

function isNameToken(token: string, first: boolean): boolean {
  if (/^\p{Lu}/u.test(token)) return true;
  if (/^(?:al|el|ad|as|ash|at|an|ar|az)-\p{Lu}/u.test(token)) return true;
  return !first && isNameParticle(token);
}

/** Splits a possessive off a token: "Austin's" -> "Austin". */
function withoutPossessive(token: NameToken): { token: NameToken; possessive: boolean } {
  const match = /['’]s$/u.exec(token.text);
  if (!match) return { token, possessive: false };
  return { token: { text: token.text.slice(0, -2), start: token.start, end: token.end - 2 }, possessive: true };
}

/** Capitalised tokens starting at `from`, separated by white space only (at most MAX_NAME_TOKENS). */
function tokensForward(text: string, from: number): NameToken[] {
  const tokens: NameToken[] = [];
  let at = from;
  while (tokens.length < MAX_NAME_TOKENS) {
    if (tokens.length > 0) {
      const next = skipSpace(text, at);
      if (next === at) break;
      at = next;
    }
    TOKEN_AT.lastIndex = at;
    const word = TOKEN_AT.exec(text)?.[0];
    if (!word || !isNameToken(word, tokens.length === 0)) break;
    const { token, possessive } = withoutPossessive({ text: word, start: at, end: at + word.length });
    tokens.push(token);
    at += word.length;
    if (possessive) break;
  }
  return tokens;
}

/** Capitalised tokens ending at `to`, separated by white space only, in text order. */
function tokensBackward(text: string, to: number): NameToken[] {
  const window = text.slice(Math.max(0, to - 120), to);
  const offset = to - window.length;
  const all = [...window.matchAll(TOKEN)].map((match) => ({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length }));
  const tokens: NameToken[] = [];
  let end = to;
  for (let i = all.length - 1; i >= 0 && tokens.length < MAX_NAME_TOKENS; i--) {
    const token = all[i]!;
    if (!/^\s*$/u.test(text.slice(token.end, end))) break;
    if (!isNameToken(token.text, true) && !(tokens.length > 0 && isNameParticle(token.text))) break;
    tokens.unshift(token);
    end = token.start;
  }
  while (tokens.length > 0 && isNameParticle(tokens[0]!.text)) tokens.shift();
  return tokens;
}

/** Where the article first names `person` in full ("Michael Kurilla" before a later "Kurilla"), or -1. */
function firstFullMention(article: Article, person: PersonEntry): number {
  let first = -1;
  for (const name of [person.person.name, ...person.person.variants]) {
    const tokens = significantNameTokens(name);
    if (tokens.length < 2) continue;
    const last = tokens[tokens.length - 1]!;
    const given = new RegExp(`(?<!\\p{L})${escapeRegExp(tokens[0]!)}(?!\\p{L})`, 'giu');
    for (const match of article.text.matchAll(given)) {
      if (first >= 0 && match.index >= first) break;
      // The surname within the next four words: "Michael E. Kurilla", "Michael Erik Kurilla".
      const following = article.text.slice(match.index + match[0].length, match.index + match[0].length + 80).split(/\s+/).slice(1, 5);
      if (following.some((word) => foldNameToken(word) === last)) {
        first = match.index;
        break;
      }
    }
  }
  return first;
}

/** The word right before `index` (white space between allowed), if there is one. */
function wordBefore(text: string, index: number): string | undefined {
  let end = index;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 40 && WORD_CHAR.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/**
 * A capitalised word right before a title qualifies it ("Israeli Defense Minister", "Biden's defense secretary"),
 * except a function word ("The") and "US" before a post of the United States.
 */
function qualifiedByCapitalisedWord(text: string, aliasStart: number, unitedStates: boolean): boolean {
  const word = wordBefore(text, aliasStart);
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  if (unitedStates && /^(?:U\.?S\.?|States|American)$/u.test(word)) return false;
  return !FUNCTION_WORDS.has(word);
}

/** The name of an appositive ending at `aliasStart`: "Name, [the] <title>". Returns the comma position. */
function appositiveComma(text: string, aliasStart: number): number | undefined {
  const comma = text.lastIndexOf(',', aliasStart - 1);
  if (comma < 0 || aliasStart - comma > 40) return undefined;
  const filler = text.slice(comma + 1, aliasStart).trim().split(/\s+/).join(' ').toLowerCase();
  return filler && !FILLERS.has(filler) ? undefined : comma;
}

export class RoleMentionFinder {
  /** First full-name mention per person, computed once per article (a long article may repeat a surname often). */
  private readonly fullMentions = new Map<PersonEntry, number>();

  constructor(
    private readonly article: Article,
    private readonly knowledge: KnowledgeBase,
  ) {}

  private namedInFullBefore(person: PersonEntry, offset: number): boolean {
    let first = this.fullMentions.get(person);
    if (first === undefined) {
      first = firstFullMention(this.article, person);
      this.fullMentions.set(person, first);
    }
    return first >= 0 && first < offset;
  }

  /** The people a run of name tokens can mean, trying the longest reading first. */
  private resolveName(sentence: Sentence, tokens: NameToken[], anchoredAtEnd: boolean): { people: PersonEntry[]; span: [number, number] } | undefined {
    for (let length = tokens.length; length >= 1; length--) {
      const slice = anchoredAtEnd ? tokens.slice(tokens.length - length) : tokens.slice(0, length);
      const first = slice[0]!;
      const last = slice[slice.length - 1]!;
      if (isNameParticle(last.text) || (slice.length > 1 && isPersonTitle(last.text))) continue;
      const text = sentence.text.slice(first.start, last.end);
      const significant = significantNameTokens(text);
      if (significant.length === 0) continue;
      let people: PersonEntry[];
      if (significant.length > 1) people = this.knowledge.peopleNamed(text);
      else {
        const offset = sentence.view.range(first.start, first.start)[0];
        people = this.knowledge.peopleWithSurname(foldNameToken(significant[0]!)).filter((person) => this.namedInFullBefore(person, offset));
      }
      if (people.length > 0) return { people, span: [first.start, last.end] };
    }
    return undefined;
  }

  find(): RoleMention[] {
    const mentions: RoleMention[] = [];
    for (const sentence of this.article.sentences) mentions.push(...this.inSentence(sentence));
    return mentions;
  }

  private inSentence(sentence: Sentence): RoleMention[] {
    const text = sentence.text;
    const canonical = canonicalRoleText(text);
    if (!this.knowledge.mayHoldAlias(canonical.text)) return [];
    const found: RoleMention[] = [];
    for (const match of this.knowledge.aliases.match(canonical.text)) {
      const alias = canonical.toSource(match.start, match.end);
      const mention = this.pair(sentence, alias, match.data);
      if (mention) found.push(mention);
    }
    return found;
  }

  private pair(sentence: Sentence, alias: [number, number], roleIds: string[]): RoleMention | undefined {
    const text = sentence.text;
    const unitedStates = roleIds.every((id) => this.knowledge.roles.get(id)!.isUnitedStates);
    if (qualifiedByCapitalisedWord(text, alias[0], unitedStates)) return undefined;
    // "Secretary of State for Northern Ireland": the title goes on, so it is another post.
    if (/^\s+(?:of|for)\s/iu.test(text.slice(alias[1], alias[1] + 5))) return undefined;
    const make = (form: RoleMention['form'], resolved: { people: PersonEntry[]; span: [number, number] }): RoleMention => {
      const from = Math.min(resolved.span[0], alias[0]);
      const to = Math.max(resolved.span[1], alias[1]);
      const [start, end] = sentence.view.range(from, to);
      return { sentence, form, roleIds, people: resolved.people, alias, name: resolved.span, start, end };
    };
    // "Defense Secretary Mark Esper": a name right after the title takes it, known or not.
    const following = /^\s+/u.exec(text.slice(alias[1]));
    if (following) {
      const tokens = tokensForward(text, alias[1] + following[0].length);
      if (tokens.length > 0) {
        const resolved = this.resolveName(sentence, tokens, false);
        return resolved ? make('pre-title', resolved) : undefined;
      }
    }
    // "Mark Esper, the defense secretary".
    const comma = appositiveComma(text, alias[0]);
    if (comma !== undefined) {
      const tokens = tokensBackward(text, comma);
      if (tokens.length > 0) {
        const resolved = this.resolveName(sentence, tokens, true);
        return resolved ? make('appositive', resolved) : undefined;
      }
    }
    // "The coalition's spokesman, Col. Wayne Marotto, said".
    const afterComma = /^,\s+/u.exec(text.slice(alias[1]));
    if (afterComma) {
      const tokens = tokensForward(text, alias[1] + afterComma[0].length);
      const resolved = tokens.length > 0 ? this.resolveName(sentence, tokens, false) : undefined;
      if (resolved) return make('pre-title', resolved);
    }
    return undefined;
  }
}
