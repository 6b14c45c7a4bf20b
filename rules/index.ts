import type { Rule } from '../src/types.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import recycledPassage from './recycled-passage.js';
import scrapeDebris from './scrape-debris.js';
import staleAttribution from './stale-attribution.js';

/** Every built-in rule, in the order they run. The engine reads this list and names no rule itself. */
export const builtinRules: readonly Rule[] = [dateWeekdayMismatch, scrapeDebris, staleAttribution, recycledPassage];
