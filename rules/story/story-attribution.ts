import type { Article } from '../../src/article/article.js';
import type { Source } from '../../src/facts/attribution.js';
import type { NameMention } from '../../src/facts/names.js';
import { citation, citedValues, judge, type Relation } from '../../src/story/minority.js';
import { sharedQuotations, type QuotedText } from '../../src/story/shared-quotes.js';
import { foldName, isSpellingVariant } from '../../src/text/name-spelling.js';
import type { StoryRule } from '../../src/types.js';

/** Who says a quotation, as the article names them. */
interface Speaker {
  /** The name without title ("Khalid Mansour al-Rifai"). */
  name: string;
  /** The last word of the name, folded: two speakers are one person when it matches. */
  surname: string;
  /**
   * Known to be a person. A lone capitalised word the article never introduced ("Ruiz said") may be a person or an
   * organisation: it can agree with a person of that name, never contradict one.
   */
  person: boolean;
}

interface QuoteStatement extends QuotedText {
  start: number;
  end: number;
  speaker: Speaker;
}

/** The name mention that lies within [start, end) and ends last (the name after any title), if any. */
function nameWithin(names: readonly NameMention[], start: number, end: number): NameMention | undefined {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (names[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  let found: NameMention | undefined;
  for (let i = low; i < names.length && names[i]!.start < end; i++) if (names[i]!.end <= end) found = names[i];
  return found;
}

function speakerOf(mention: NameMention, person: boolean): Speaker {
  const last = mention.tokens[mention.tokens.length - 1]!.text;
  return { name: mention.text, surname: foldName(last), person };
}

const LETTER = /\p{L}/u;

/** The last word of a phrase, lower case: "governor" for "the provincial governor" and for "Governor *". */
function lastWord(text: string): string | undefined {
  const isLetter = (index: number) => LETTER.test(text[index]!);
  let end = text.length;
  while (end > 0 && !isLetter(end - 1)) end--;
  let start = end;
  while (start > 0 && isLetter(start - 1)) start--;
  return start < end ? text.slice(start, end).toLowerCase() : undefined;
}


/**
 * The person a role stands for ("the governor" after "Governor Khalid Mansour al-Rifai"): the one person the article
 * writes with that title before `before`, if exactly one.
 */
function personWithTitle(article: Article, role: string, before: number): NameMention | undefined {
  const word = lastWord(role);
  if (!word) return undefined;
  let found: NameMention | undefined;
  for (const mention of article.facts.names) {
    if (mention.start >= before) break;
    // The title as the names fact kept it, or the word written right before the name ("Governor *Khaled* ...").
    const title = mention.title ? lastWord(mention.title) : lastWord(article.text.slice(Math.max(0, mention.start - 30), mention.start));
    if (title !== word) continue;
    if (found && foldName(found.tokens[found.tokens.length - 1]!.text) !== foldName(mention.tokens[mention.tokens.length - 1]!.text)) return undefined;
    found ??= mention;
  }
  return found;
}

/** The named speaker behind a source: a name, a pronoun or surname that refers to one, or a role the article gave a name. */
function identify(article: Article, source: Source): Speaker | undefined {
  const names = article.facts.names;
  const named = source.kind === 'pronoun' || (source.kind === 'person' && source.refersTo) ? source.refersTo : source;
  if (named?.kind === 'person' || named?.kind === 'organization') {
    const mention = nameWithin(names, named.start, named.end);
    return mention ? speakerOf(mention, named.kind === 'person') : undefined;
  }
  if (source.kind === 'other' && /^(?:the|its|their)\s+[\p{Ll}\s.-]+$/u.test(source.text)) {
    const mention = personWithTitle(article, source.text, source.start);
    return mention ? speakerOf(mention, true) : undefined;
  }
  return undefined;
}

/**
 * Two people contradict each other; an organisation agrees with a speaker of its name and is otherwise not compared
 * ("the ministry" and its minister may say the same words). Officials without a name and documents are left out.
 */
function relate(a: QuoteStatement, b: QuoteStatement): Relation {
  if (samePerson(a.speaker, b.speaker)) return 'agree';
  return a.speaker.person && b.speaker.person ? 'conflict' : undefined;
}

/** One surname, or one surname spelled two ways (story-name reports the spelling). */
function samePerson(a: Speaker, b: Speaker): boolean {
  return a.surname === b.surname || isSpellingVariant(a.surname, b.surname);
}

/** The first words of a quotation, for messages and the table. */
function opening(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

function statementsOf(article: Article, index: number): QuoteStatement[] {
  const statements: QuoteStatement[] = [];
  for (const quotation of article.facts.attributions.quotes) {
    if (!quotation.speaker || !quotation.clause || quotation.titleCase) continue;
    const speaker = identify(article, quotation.speaker);
    if (speaker) statements.push({ article: index, text: quotation.quote.text, start: quotation.quote.start, end: quotation.quote.end, speaker });
  }
  return statements;
}

const rule: StoryRule = {
  meta: {
    id: 'story-attribution',
    scope: 'story',
    description: 'Articles of one story attribute the same quotation to different people.',
    category: 'sourcing',
    severity: 'info',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/story-attribution.md',
  },
  check({ articles, report, tabulate }) {
    const statements = articles.flatMap(({ article }, index) => statementsOf(article, index));
    const lineOf = (statement: QuoteStatement) => articles[statement.article]!.article.lines.point(statement.start).line;
    for (const group of sharedQuotations(statements)) {
      const quoted = group.map((index) => statements[index]!);
      const { dissents } = judge(quoted, relate);
      for (const { statement, against } of dissents) {
        const from = articles[statement.article]!.filePath;
        // One name per person, so "Khalid" and "Khaled" in two articles read as one speaker (story-name tells the spellings apart).
        const people: Speaker[] = [];
        const personOf = (speaker: Speaker) => {
          const known = people.find((person) => samePerson(person, speaker));
          if (!known) people.push(speaker);
          return known ?? speaker;
        };
        const others = citedValues(
          against.map((other) => ({ text: `to ${personOf(other.speaker).name}`, place: citation(from, articles[other.article]!.filePath, lineOf(other)) })),
        );
        report(statement.article, {
          message: `"${opening(statement.text)}" is attributed to ${statement.speaker.name} here but ${others}.`,
          start: statement.start,
          end: statement.end,
          related: against.map((other) => ({
            article: other.article,
            message: `${other.speaker.name} says it here.`,
            start: other.start,
            end: other.end,
          })),
        });
      }
      tabulate({
        label: `"${opening(quoted[0]!.text)}"`,
        values: articles.map((_, index) => {
          const own = [...new Set(quoted.filter((statement) => statement.article === index).map((statement) => statement.speaker.name))];
          return own.length ? own.join(' / ') : undefined;
        }),
        disagreeing: [...new Set(dissents.map((dissent) => dissent.statement.article))],
      });
    }
  },
};

export default rule;
