import type { Article } from '../../src/article/article.js';
import type { QuoteAttribution, Source } from '../../src/facts/attribution.js';
import type { NameMention } from '../../src/facts/names.js';
import { citation, citedValues, judge, tableRow, type Relation } from '../../src/story/minority.js';
import { sharedQuotations, type QuotedText } from '../../src/story/shared-quotes.js';
import { foldName, isSpellingVariant } from '../../src/text/name-spelling.js';
import { firstStartingAt } from '../../src/text/sorted.js';
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
  let found: NameMention | undefined;
  for (let i = firstStartingAt(names, start); i < names.length && names[i]!.start < end; i++) if (names[i]!.end <= end) found = names[i];
  return found;
}

function speakerOf(mention: NameMention, person: boolean): Speaker {
  return { name: mention.text, surname: surnameOf(mention), person };
}

function surnameOf(mention: NameMention): string {
  return foldName(mention.tokens[mention.tokens.length - 1]!.text);
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
 * Who each title stands for in the article ("governor" → Khalid Mansour al-Rifai): the one person written with that
 * title so far. Names are read once, in document order, as `before` is asked about offsets that do not decrease.
 */
class TitledPeople {
  private read = 0;
  /** null: two different people carry the title. */
  private readonly byTitle = new Map<string, NameMention | null>();

  constructor(private readonly article: Article) {}

  before(role: string, offset: number): NameMention | undefined {
    const names = this.article.facts.names;
    for (; this.read < names.length && names[this.read]!.start < offset; this.read++) this.add(names[this.read]!);
    const word = lastWord(role);
    return (word && this.byTitle.get(word)) || undefined;
  }

  private add(mention: NameMention): void {
    // The title as the names fact kept it, or the word written right before the name ("Governor *Khaled* ...").
    const title = mention.title ? lastWord(mention.title) : lastWord(this.article.text.slice(Math.max(0, mention.start - 30), mention.start));
    if (!title) return;
    const known = this.byTitle.get(title);
    if (known === undefined) this.byTitle.set(title, mention);
    else if (known && surnameOf(known) !== surnameOf(mention)) this.byTitle.set(title, null);
  }
}

/** A role that stands for a person the article named: "the governor", "its spokeswoman". */
const ROLE = /^(?:the|its|their)\s+[\p{Ll}\s.-]+$/u;

/** The named speaker behind a source: a name, or a pronoun or surname that refers to one (roles: see TitledPeople). */
function identify(article: Article, source: Source): Speaker | undefined {
  const named = source.kind === 'pronoun' || (source.kind === 'person' && source.refersTo) ? source.refersTo : source;
  if (named?.kind !== 'person' && named?.kind !== 'organization') return undefined;
  const mention = nameWithin(article.facts.names, named.start, named.end);
  return mention ? speakerOf(mention, named.kind === 'person') : undefined;
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
  const found: { quotation: QuoteAttribution; speaker: Speaker }[] = [];
  const roles: { quotation: QuoteAttribution; source: Source }[] = [];
  for (const quotation of article.facts.attributions.quotes) {
    const source = quotation.speaker;
    if (!source || !quotation.clause || quotation.titleCase) continue;
    if (source.kind === 'other' && ROLE.test(source.text)) roles.push({ quotation, source });
    else {
      const speaker = identify(article, source);
      if (speaker) found.push({ quotation, speaker });
    }
  }
  const titled = new TitledPeople(article);
  for (const { quotation, source } of roles.sort((a, b) => a.source.start - b.source.start)) {
    const mention = titled.before(source.text, source.start);
    if (mention) found.push({ quotation, speaker: speakerOf(mention, true) });
  }
  return found
    .sort((a, b) => a.quotation.quote.start - b.quotation.quote.start)
    .map(({ quotation, speaker }) => ({ article: index, text: quotation.quote.text, start: quotation.quote.start, end: quotation.quote.end, speaker }));
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
      // One statement per article and speaker: a quotation repeated in one article is one statement.
      const seen = new Set<string>();
      const quoted = group
        .map((index) => statements[index]!)
        .filter((statement) => {
          const key = `${statement.article}:${statement.speaker.surname}`;
          return !seen.has(key) && seen.add(key) !== undefined;
        });
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
        ...tableRow(articles.length, quoted, (statement) => statement.speaker.name, dissents),
      });
    }
  },
};

export default rule;
