import type { Rule } from '../src/types.js';
import type { ClaimKind } from '../src/facts/claims.js';
import { isRunningText } from '../src/article/running-text.js';
import { quoteMatch } from '../src/article/phrases.js';
import { estimateWords } from './data/check-worthy.js';

const LABELS: Record<ClaimKind, { label: string; advice: string }> = {
  casualty: { label: 'Casualty figure', advice: 'say who gives it' },
  damage: { label: 'Damage figure', advice: 'say who gives it' },
  money: { label: 'Amount', advice: 'say who gives it' },
  percentage: { label: 'Percentage', advice: 'say who gives it' },
  count: { label: 'Figure', advice: 'say who gives it' },
  allegation: { label: 'Allegation', advice: 'say who makes it' },
  record: { label: 'Record claim', advice: 'say who says so' },
};

const ALL_KINDS = Object.keys(LABELS);
/** Claims that a nearby source covers without restating it; casualties, damage and blame need their own. */
const ORDINARY = new Set<ClaimKind>(['count', 'money', 'percentage', 'record']);
/**
 * Plain figures: an exact count, amount or percentage is often the reporter's own checked fact ("31 saves", "740
 * students", quarterly revenue), so one without a source is a soft signal (info). An estimate is somebody's.
 */
const PLAIN_FIGURES = new Set<ClaimKind>(['count', 'money', 'percentage']);
const ESTIMATE = new RegExp(`^(?:${estimateWords.map((words) => words.replace(/\s+/g, '\\s+')).join('|')})\\s`, 'i');

const rule: Rule = {
  meta: {
    id: 'unsourced-claim',
    description: 'A figure, casualty or damage count, allegation or record claim that no source is given for.',
    category: 'sourcing',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/unsourced-claim.md',
    options: {
      kinds: {
        type: 'string[]',
        description: `Kinds of claim to check, of: ${ALL_KINDS.join(', ')}.`,
        default: ALL_KINDS,
      },
    },
  },
  check({ article, options, report }) {
    const kinds = new Set(options.kinds as string[]);
    const { attributions, claims } = article.facts;
    for (const block of article.blocks) {
      if (!isRunningText(article, block)) continue;
      // The sentence before, when a nearby source covered its ordinary figures: the next one may continue them
      // ("Revenue rose 4%. Sales of snacks grew 9%.").
      let previousFollowed = false;
      for (const sentence of block.sentences) {
        const found = claims
          .of(sentence)
          .filter(
            (candidate) =>
              kinds.has(candidate.kind) &&
              !article.facts.quotations.enclosing(candidate.start, candidate.end) &&
              !article.datelines.some((dateline) => dateline.start <= candidate.start && candidate.start < dateline.end),
          );
        const followedBefore = previousFollowed;
        previousFollowed = false;
        const claim = found[0];
        if (!claim) continue;
        const attribution = attributions.of(sentence);
        // A vague attribution is reported by vague-attribution; once is enough.
        if (attribution.attributed || attribution.carriedFrom || attribution.vague.length > 0) continue;
        if (found.every((candidate) => ORDINARY.has(candidate.kind))) {
          if (attribution.followsSource) {
            previousFollowed = true;
            continue;
          }
          if (followedBefore) continue;
        }
        const { label, advice } = LABELS[claim.kind];
        const text = quoteMatch(article, claim.start, claim.end);
        const soft = found.every((candidate) => PLAIN_FIGURES.has(candidate.kind) && !ESTIMATE.test(candidate.text));
        report({
          message: `${label} "${text}" has no source: ${advice}.`,
          start: claim.start,
          end: claim.end,
          ...(soft ? { severity: 'info' as const } : {}),
        });
      }
    }
  },
};

export default rule;
