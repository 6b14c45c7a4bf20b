import type { Article, Block } from '../src/article/article.js';
import type { Rule } from '../src/types.js';
import { lazyMatcher } from '../src/text/phrase-matcher.js';
import { findPhrases, quoteMatch, scannedBlocks, sentenceAt, type BlockPhraseMatch } from '../src/article/phrases.js';
import { botNames, bylinePattern, disclosurePhrases, wordsAfterAgent, type DisclosurePhrase } from './data/ai-disclosure.js';
import { trimTrailing } from '../src/text/trim.js';

const matcher = lazyMatcher<DisclosurePhrase>(() => disclosurePhrases.map((entry) => ({ phrase: entry.phrase, data: entry })), {
  acronymsExact: true,
});
const BYLINE = new RegExp(bylinePattern, 'iu');
const BOT_NAME = new RegExp(`^(?:${botNames.join('|')})$`, 'u');
const NEXT_WORD = /^\s*([\p{L}]+)/u;
const ALLOWED_NEXT = new Set(wordsAfterAgent);
const BYLINE_KINDS = new Set<Block['kind']>(['line', 'heading', 'paragraph']);
/** A byline is a short line. */
const MAX_BYLINE = 60;
/** Places listed besides the one reported. */
const MAX_RELATED = 10;

interface Place {
  start: number;
  end: number;
}

type Match = BlockPhraseMatch<DisclosurePhrase>;

/** The agent ends the claim unless a noun follows it ("AI researchers"): then people did the writing. */
function agentStandsAlone(block: Block, agent: Match): boolean {
  const next = NEXT_WORD.exec(block.text.slice(agent.viewEnd, agent.viewEnd + 30));
  if (!next || /^\s*[^\s\p{L}]/u.test(block.text.slice(agent.viewEnd, agent.viewEnd + 2))) return true;
  return ALLOWED_NEXT.has(next[1]!.toLowerCase());
}

/** Whether `next` follows `previous` in the block with only white space between. */
function adjacent(block: Block, previous: Match, next: Match | undefined): next is Match {
  return next !== undefined && /^\s+$/u.test(block.text.slice(previous.viewEnd, next.viewStart));
}

/** The agent that completes the claim whose verb is matches[i] ("written" [entirely] "by" "AI"), if any. */
function claimedAgent(block: Block, matches: Match[], i: number): Match | undefined {
  let at = i + 1;
  if (adjacent(block, matches[at - 1]!, matches[at]) && matches[at]!.data.part === 'adverb') at++;
  const preposition = matches[at];
  if (!adjacent(block, matches[at - 1]!, preposition) || preposition.data.part !== 'preposition') return undefined;
  const agent = matches[at + 1];
  if (!adjacent(block, preposition, agent) || agent.data.part !== 'agent') return undefined;
  return agentStandsAlone(block, agent) ? agent : undefined;
}

/** Statements about the article itself in one block: a claim with its agent in a sentence that refers to the article. */
function statementsIn(block: Block, matches: Match[]): Place[] {
  const places: Place[] = [];
  const selfSentences = new Set(matches.filter((m) => m.data.part === 'self').map((m) => m.sentence));
  matches.forEach((match, i) => {
    let end = match.end;
    if (match.data.part === 'verb') {
      const agent = claimedAgent(block, matches, i);
      if (!agent) return;
      end = agent.end;
    } else if (match.data.part !== 'claim-and-agent') return;
    const opensBlock = !/[\p{L}\p{N}]/u.test(block.text.slice(0, match.viewStart));
    const last = sentenceAt(block, end - 1);
    if (opensBlock || selfSentences.has(match.sentence) || selfSentences.has(last)) places.push({ start: match.start, end });
  });
  return places;
}

function bylineIn(block: Block): Place | undefined {
  if (block.text.length > MAX_BYLINE || !BYLINE_KINDS.has(block.kind)) return undefined;
  const byline = BYLINE.exec(block.text.trim());
  if (!byline || !BOT_NAME.test(trimTrailing(byline[1]!, '.,;:'))) return undefined;
  const lead = block.text.length - block.text.trimStart().length;
  const shown = trimTrailing(block.text.trim(), '.,;:');
  const [start, end] = block.view.range(lead, lead + shown.length);
  return { start, end };
}

function findDisclosures(article: Article): Place[] {
  const quotations = article.facts.quotations;
  const byBlock = new Map<Block, Match[]>();
  for (const match of findPhrases(article, matcher())) {
    if (quotations.enclosing(match.start, match.end)) continue;
    const list = byBlock.get(match.block) ?? [];
    list.push(match);
    byBlock.set(match.block, list);
  }
  const places: Place[] = [];
  for (const block of scannedBlocks(article)) {
    const byline = bylineIn(block);
    if (byline) {
      places.push(byline);
      continue;
    }
    const matches = byBlock.get(block);
    if (matches) places.push(...statementsIn(block, matches));
  }
  return places;
}

const rule: Rule = {
  meta: {
    id: 'ai-disclosure',
    description:
      'The article declares machine authorship ("Written by AiBot", "this content was produced with the help of AI"); ' +
      'reported once, for review.',
    category: 'ai',
    severity: 'info',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/ai-disclosure.md',
  },
  check({ article, report }) {
    const [first, ...others] = findDisclosures(article);
    if (!first) return;
    const more = others.length ? ` (and ${others.length} more place${others.length === 1 ? '' : 's'})` : '';
    report({
      message: `The article declares machine authorship: "${quoteMatch(article, first.start, first.end)}"${more}.`,
      start: first.start,
      end: first.end,
      related: others.slice(0, MAX_RELATED).map((place) => ({
        message: `Also declared here: "${quoteMatch(article, place.start, place.end)}".`,
        ...place,
      })),
    });
  },
};

export default rule;
