import type { Rule } from '../src/types.js';
import anonymousSource from './anonymous-source.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import quoteWithoutSpeaker from './quote-without-speaker.js';
import scrapeDebris from './scrape-debris.js';
import unsourcedClaim from './unsourced-claim.js';
import vagueAttribution from './vague-attribution.js';

/** Every built-in rule, in the order they run. The engine reads this list and names no rule itself. */
export const builtinRules: readonly Rule[] = [
  dateWeekdayMismatch,
  scrapeDebris,
  unsourcedClaim,
  vagueAttribution,
  anonymousSource,
  quoteWithoutSpeaker,
];
