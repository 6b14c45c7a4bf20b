import type { NameMention } from '../src/facts/names.js';
import { compareNames, foldName, spellingSkeleton, type NameDifference } from '../src/text/name-spelling.js';
import type { Rule, Suggestion } from '../src/types.js';

/** Distinct spellings compared within one bucket; a bucket is one surname or one folded name, so it stays small. */
const MAX_PER_BUCKET = 40;

/** All the mentions written one way. */
interface Spelling {
  words: string[];
  text: string;
  mentions: NameMention[];
}

interface Variant {
  other: Spelling;
  difference: NameDifference;
}

function wordsOf(mention: NameMention): string[] {
  return mention.tokens.map((token) => token.text);
}

/**
 * A capital that only the start of a sentence put there ("Al-Sudani said" against "al-Sudani") is not a variant:
 * true when the two spellings differ in the case of their first letter only and every capitalised one opens a sentence.
 */
function isSentenceCapital(a: Spelling, b: Spelling): boolean {
  if (a.text.slice(1) !== b.text.slice(1) || a.text[0]!.toLowerCase() !== b.text[0]!.toLowerCase()) return false;
  const upper = a.text[0] === a.text[0]!.toUpperCase() ? a : b;
  return upper.mentions.every((mention) => mention.sentenceInitial);
}

/** An all-capitals name opening its paragraph is a wire dateline ("CARDEW —"), set in capitals by convention. */
function isDatelineCapitals(mention: NameMention): boolean {
  return mention.start === mention.block.start && /\p{Lu}{2}/u.test(mention.text) && mention.text === mention.text.toUpperCase();
}

/** The spelling more writers would take as the reference: more frequent, then earlier. */
function outranks(a: Spelling, b: Spelling): boolean {
  if (a.mentions.length !== b.mentions.length) return a.mentions.length > b.mentions.length;
  return a.mentions[0]!.start < b.mentions[0]!.start;
}

function suggestionFor(mention: NameMention, variant: Variant): Suggestion | undefined {
  const { difference, other } = variant;
  if (difference.kind === 'form') {
    return { desc: `Write "${other.text}"`, fix: { range: [mention.start, mention.end], text: other.text } };
  }
  const token = mention.tokens[difference.a];
  const replacement = other.words[difference.b];
  if (!token || replacement === undefined) return undefined;
  return { desc: `Write "${replacement}"`, fix: { range: [token.start, token.end], text: replacement } };
}

const rule: Rule = {
  meta: {
    id: 'name-variant',
    description: 'One person, place or organisation spelled two ways in the same article.',
    category: 'consistency',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/name-variant.md',
  },
  check({ article, report }) {
    const spellings = new Map<string, Spelling>();
    for (const mention of article.facts.names) {
      if (mention.titleCase || isDatelineCapitals(mention)) continue;
      const words = wordsOf(mention);
      const text = words.join(' ');
      const spelling = spellings.get(text);
      if (spelling) spelling.mentions.push(mention);
      else spellings.set(text, { words, text, mentions: [mention] });
    }
    // Two spellings of one name share their folded form, or (a word respelled) their first or their last word's skeleton.
    const buckets = new Map<string, Spelling[]>();
    const add = (key: string, spelling: Spelling) => {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [spelling]);
      else if (bucket.length < MAX_PER_BUCKET) bucket.push(spelling);
    };
    for (const spelling of spellings.values()) {
      add(`fold:${foldName(spelling.text)}`, spelling);
      add(`first:${spellingSkeleton(spelling.words[0]!)}`, spelling);
      add(`last:${spellingSkeleton(spelling.words[spelling.words.length - 1]!)}`, spelling);
    }
    const best = new Map<Spelling, Variant>();
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = bucket[i]!;
          const b = bucket[j]!;
          const difference = compareNames(a.words, b.words);
          if (!difference || isSentenceCapital(a, b)) continue;
          const [minor, major, swappedDifference] = outranks(a, b)
            ? [b, a, difference.kind === 'word' ? { kind: 'word' as const, a: difference.b, b: difference.a } : difference]
            : [a, b, difference];
          const current = best.get(minor);
          if (!current || outranks(major, current.other)) best.set(minor, { other: major, difference: swappedDifference });
        }
      }
    }
    for (const [spelling, variant] of best) {
      const reference = variant.other.mentions[0]!;
      const line = article.lines.point(reference.start).line;
      for (const mention of spelling.mentions) {
        const suggestion = suggestionFor(mention, variant);
        report({
          message: `"${spelling.text}" is written "${variant.other.text}" on line ${line}; use one spelling.`,
          start: mention.start,
          end: mention.end,
          suggestions: suggestion ? [suggestion] : undefined,
          related: [{ message: `"${variant.other.text}" is written here.`, start: reference.start, end: reference.end }],
        });
      }
    }
  },
};

export default rule;
