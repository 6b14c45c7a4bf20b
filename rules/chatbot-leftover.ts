import type { Report, Rule } from '../src/types.js';
import { lazyMatcher } from '../src/text/phrase-matcher.js';
import { fillsBlock, findPhrases, quoteMatch, sentenceAt, type BlockPhraseMatch } from '../src/article/phrases.js';
import { removeBlock, removeSentences } from '../src/article/removal.js';
import { alternation } from '../src/text/regexp.js';
import { chatbotLeftovers, type LeftoverPhrase } from './data/chatbot-leftover.js';

const matcher = lazyMatcher(() => chatbotLeftovers.map((entry) => ({ phrase: entry.phrase, data: entry })));

/** How far past a match its `followedBy` words are looked for. */
const FOLLOW_WINDOW = 40;
const followers = new Map<readonly string[], RegExp>();

function followerPattern(words: readonly string[]): RegExp {
  let pattern = followers.get(words);
  if (!pattern) {
    pattern = new RegExp(`^\\s+${alternation(words)}(?![\\p{L}\\p{N}])`, 'iu');
    followers.set(words, pattern);
  }
  return pattern;
}

/** Where a match ends once its required continuation is taken in; undefined when that continuation is missing. */
function extendedEnd(match: BlockPhraseMatch<LeftoverPhrase>): number | undefined {
  const words = match.data.followedBy;
  if (!words) return match.viewEnd;
  const next = followerPattern(words).exec(match.block.text.slice(match.viewEnd, match.viewEnd + FOLLOW_WINDOW));
  return next ? match.viewEnd + next[0].length : undefined;
}

const rule: Rule = {
  meta: {
    id: 'chatbot-leftover',
    description:
      'Text a chatbot wrote to the person prompting it ("As an AI language model", "I hope this helps") ' +
      'published as article text.',
    category: 'ai',
    severity: 'error',
    recommended: true,
    fixable: true,
    docs: 'docs/rules/chatbot-leftover.md',
  },
  check({ article, report }) {
    const quotations = article.facts.quotations;
    for (const found of findPhrases(article, matcher())) {
      const viewEnd = extendedEnd(found);
      if (viewEnd === undefined) continue;
      const [, end] = found.block.view.range(found.viewStart, viewEnd);
      const match = { ...found, viewEnd, end };
      const entry = match.data;
      const wholeBlock = fillsBlock(match);
      if (entry.wholeLine && !wholeBlock) continue;
      const quoting = quotations.quoting(match.block, match.start, match.end);
      if (quoting !== 'unquoted' && entry.speech) continue;
      const evidence = quoteMatch(article, match.start, match.end);
      if (quoting === 'framed') {
        report({
          message: `Quoted chatbot text (${entry.kind}): "${evidence}" — fine when reporting on AI, a leftover otherwise.`,
          start: match.start,
          end: match.end,
          severity: 'info',
        });
        continue;
      }
      const finding: Report = {
        message: `Chatbot leftover (${entry.kind}): "${evidence}" is addressed to the prompter, not the reader.`,
        start: match.start,
        end: match.end,
      };
      // Only a line that holds nothing else is safe to delete unasked; a sentence may carry real content with it.
      const lineRemoval = wholeBlock ? removeBlock(article, match.block) : undefined;
      if (lineRemoval) finding.fix = lineRemoval;
      else {
        const last = sentenceAt(match.block, match.end - 1);
        const sentenceRemoval = match.sentence && removeSentences(article, match.sentence, last);
        if (sentenceRemoval) finding.suggestions = [{ desc: 'Remove the sentence', fix: sentenceRemoval }];
      }
      report(finding);
    }
  },
};

export default rule;
