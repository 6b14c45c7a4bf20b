import type { Rule } from '../src/types.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import datelineConflict from './dateline-conflict.js';
import eventDateConflict from './event-date-conflict.js';
import futureEvent from './future-event.js';
import missingDateline from './missing-dateline.js';
import scrapeDebris from './scrape-debris.js';
import staleEvent from './stale-event.js';

/** Every built-in rule, in the order they run. The engine reads this list and names no rule itself. */
export const builtinRules: readonly Rule[] = [
  dateWeekdayMismatch,
  datelineConflict,
  missingDateline,
  eventDateConflict,
  futureEvent,
  staleEvent,
  scrapeDebris,
];
