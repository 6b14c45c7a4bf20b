import type { Article } from '../src/article/article.js';
import type { Rule } from '../src/types.js';
import { PhraseMatcher, lazyMatcher } from '../src/text/phrase-matcher.js';
import { findPhrases, type BlockPhraseMatch } from '../src/article/phrases.js';
import { aiClichePhrases } from './data/ai-cliche.js';

/** Phrases named in the message. */
const TOP = 3;
/** Other places listed with the summary. */
const MAX_RELATED = 20;

const builtin = lazyMatcher(() => aiClichePhrases.map((phrase) => ({ phrase, data: phrase.toLowerCase() })));
/** Matchers for configured phrase lists, so a run over many files builds each once. */
const configured = new Map<string, PhraseMatcher<string>>();
const MAX_CONFIGURED = 8;

const normalize = (phrase: string) => phrase.trim().replace(/\s+/gu, ' ').toLowerCase();

function matcherFor(extra: readonly string[], ignore: readonly string[]): PhraseMatcher<string> {
  if (extra.length === 0 && ignore.length === 0) return builtin();
  const key = JSON.stringify([extra, ignore]);
  let matcher = configured.get(key);
  if (!matcher) {
    const ignored = new Set(ignore.map(normalize));
    const phrases = [...aiClichePhrases, ...extra].map(normalize).filter((phrase) => phrase && !ignored.has(phrase));
    matcher = new PhraseMatcher(phrases.map((phrase) => ({ phrase, data: phrase })));
    if (configured.size >= MAX_CONFIGURED) configured.clear();
    configured.set(key, matcher);
  }
  return matcher;
}

const APOSTROPHE = /^['’]$/u;

/** Words as a reader counts them: "mayor's" and "can't" are one word, though the tokenizer splits them. */
function countWords(article: Article): number {
  let words = 0;
  for (const sentence of article.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== 'word') continue;
      const joined = i >= 2 && APOSTROPHE.test(tokens[i - 1]!.text) && tokens[i - 2]!.type === 'word';
      if (!joined) words++;
    }
  }
  return words;
}

/** "amid escalating tensions" (2), "underscores the" (2), "a stark reminder": most frequent first, then first seen. */
function topPhrases(matches: BlockPhraseMatch<string>[]): string {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.data, (counts.get(match.data) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([phrase, count]) => (count > 1 ? `"${phrase}" (${count})` : `"${phrase}"`))
    .join(', ');
}

const rule: Rule = {
  meta: {
    id: 'ai-cliche',
    description:
      'Density of stock phrases typical of machine-written news ("amid escalating tensions", "a stark reminder"), ' +
      'as one summary per article.',
    category: 'ai',
    severity: 'warn',
    recommended: false,
    fixable: false,
    docs: 'docs/rules/ai-cliche.md',
    options: {
      warnDensity: {
        type: 'number',
        description: 'Stock phrases per 1,000 words above which the summary is a warning (at or below it, info).',
        default: 5,
        minimum: 0,
      },
      minMatches: {
        type: 'integer',
        description: 'Fewest stock phrases an article must hold to be reported at all.',
        default: 2,
        minimum: 1,
      },
      extraPhrases: { type: 'string[]', description: 'More stock phrases to count, besides the built-in list.', default: [] },
      ignorePhrases: { type: 'string[]', description: 'Built-in phrases not to count.', default: [] },
    },
  },
  check({ article, options, report }) {
    const matcher = matcherFor(options.extraPhrases as string[], options.ignorePhrases as string[]);
    const quotations = article.facts.quotations;
    // A quoted speaker's clichés are theirs, not the writer's.
    const matches = findPhrases(article, matcher).filter((match) => !quotations.enclosing(match.start, match.end));
    if (matches.length < (options.minMatches as number)) return;
    const words = Math.max(1, countWords(article));
    const density = (matches.length * 1000) / words;
    const [first, ...others] = matches;
    report({
      message:
        `Stock phrases of machine-written news: ${matches.length} in ${words.toLocaleString('en-US')} words ` +
        `(${density.toFixed(1)} per 1,000): ${topPhrases(matches)}.`,
      start: first!.start,
      end: first!.end,
      related: others.slice(0, MAX_RELATED).map((match) => ({ message: `Also: "${match.data}".`, start: match.start, end: match.end })),
      ...(density > (options.warnDensity as number) ? {} : { severity: 'info' as const }),
    });
  },
};

export default rule;
