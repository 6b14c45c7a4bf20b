import type { NameMention } from '../../src/facts/names.js';
import { compareNames, foldName, spellingSkeleton } from '../../src/text/name-spelling.js';
import { citation, citedValues, judge, tableRow, type Relation } from '../../src/story/minority.js';
import type { StoryRule } from '../../src/types.js';

/** Spellings an article brings to one bucket (one first or last word's skeleton), so the pairs stay few. */
const MAX_PER_ARTICLE = 12;

/** All the mentions one article writes one way. */
interface Spelling {
  article: number;
  words: string[];
  text: string;
  key: string;
  mentions: NameMention[];
}

function spellingsOf(mentions: readonly NameMention[], article: number): Spelling[] {
  const byText = new Map<string, Spelling>();
  for (const mention of mentions) {
    // In a title-case headline, where a name ends is a guess.
    if (mention.titleCase) continue;
    const words = mention.tokens.map((token) => token.text);
    const text = words.join(' ');
    const spelling = byText.get(text);
    if (spelling) spelling.mentions.push(mention);
    else byText.set(text, { article, words, text, key: mention.key, mentions: [mention] });
  }
  return [...byText.values()];
}

function sameWord(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && foldName(a) === foldName(b);
}

/**
 * One spelling against another of the same name: a word spelled differently conflicts; case, hyphens and accents
 * are house style and agree, as does a short form with the same words ("Mohammed al-Sudani" / "Mohammed Shia al-Sudani").
 */
function relate(a: Spelling, b: Spelling): Relation {
  if (a.key === b.key) return 'agree';
  const difference = compareNames(a.words, b.words);
  if (difference) return difference.kind === 'word' ? 'conflict' : 'agree';
  const lastA = a.words[a.words.length - 1];
  const lastB = b.words[b.words.length - 1];
  return sameWord(lastA, lastB) && sameWord(a.words[0], b.words[0]) ? 'agree' : undefined;
}

class Clusters {
  private readonly parent = new Map<Spelling, Spelling>();

  root(spelling: Spelling): Spelling {
    let node = spelling;
    while (this.parent.has(node)) node = this.parent.get(node)!;
    if (node !== spelling) this.parent.set(spelling, node);
    return node;
  }

  join(a: Spelling, b: Spelling): void {
    const x = this.root(a);
    const y = this.root(b);
    if (x !== y) this.parent.set(y, x);
  }
}

/** Spellings of one name that differ in a word across articles, each with the same-letter spellings of the others. */
function variantGroups(spellings: readonly Spelling[]): Spelling[][] {
  const buckets = new Map<string, Spelling[]>();
  const taken = new Map<string, number>();
  const add = (key: string, spelling: Spelling) => {
    const count = taken.get(`${spelling.article}:${key}`) ?? 0;
    if (count >= MAX_PER_ARTICLE) return;
    taken.set(`${spelling.article}:${key}`, count + 1);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(spelling);
    else buckets.set(key, [spelling]);
  };
  for (const spelling of spellings) {
    add(`first:${spellingSkeleton(spelling.words[0]!)}`, spelling);
    add(`last:${spellingSkeleton(spelling.words[spelling.words.length - 1]!)}`, spelling);
  }
  const clusters = new Clusters();
  const linked = new Set<Spelling>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!];
        if (a.article === b.article || compareNames(a.words, b.words)?.kind !== 'word') continue;
        clusters.join(a, b);
        linked.add(a).add(b);
      }
    }
  }
  const byKey = new Map<string, Spelling[]>();
  for (const spelling of spellings) {
    const list = byKey.get(spelling.key);
    if (list) list.push(spelling);
    else byKey.set(spelling.key, [spelling]);
  }
  const groups = new Map<Spelling, Set<Spelling>>();
  for (const spelling of linked) {
    const root = clusters.root(spelling);
    const group = groups.get(root) ?? new Set<Spelling>();
    for (const same of byKey.get(spelling.key)!) group.add(same);
    groups.set(root, group);
  }
  return [...groups.values()].map((group) => [...group].sort((a, b) => a.article - b.article || a.mentions[0]!.start - b.mentions[0]!.start));
}

const rule: StoryRule = {
  meta: {
    id: 'story-name',
    scope: 'story',
    description: 'One person, place or organisation is spelled differently in different articles of a story.',
    category: 'consistency',
    severity: 'info',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/story-name.md',
  },
  check({ articles, report, tabulate }) {
    const spellings = articles.flatMap(({ article }, index) => spellingsOf(article.facts.names, index));
    const lineOf = (spelling: Spelling) => articles[spelling.article]!.article.lines.point(spelling.mentions[0]!.start).line;
    for (const group of variantGroups(spellings)) {
      const { dissents } = judge(group, relate);
      for (const { statement, against } of dissents) {
        const from = articles[statement.article]!.filePath;
        const written = citedValues(against.map((other) => ({ text: `"${other.text}"`, place: citation(from, articles[other.article]!.filePath, lineOf(other)) })));
        const times = statement.mentions.length > 1 ? ` (${statement.mentions.length} times here)` : '';
        const first = statement.mentions[0]!;
        report(statement.article, {
          message: `"${statement.text}"${times} is written ${written}.`,
          start: first.start,
          end: first.end,
          related: against.map((other) => ({
            article: other.article,
            message: `"${other.text}" is written here.`,
            start: other.mentions[0]!.start,
            end: other.mentions[0]!.end,
          })),
        });
      }
      const minority = new Set(dissents.map((dissent) => dissent.statement));
      tabulate({
        label: (group.find((spelling) => !minority.has(spelling)) ?? group[0]!).text,
        ...tableRow(articles.length, group, (spelling) => spelling.text, dissents),
      });
    }
  },
};

export default rule;
