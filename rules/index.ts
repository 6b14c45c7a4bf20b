import type { Rule } from '../src/types.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import scrapeDebris from './scrape-debris.js';
import chatbotLeftover from './chatbot-leftover.js';
import templatePlaceholder from './template-placeholder.js';
import aiDisclosure from './ai-disclosure.js';
import aiCliche from './ai-cliche.js';

/** Every built-in rule, in the order they run. The engine reads this list and names no rule itself. */
export const builtinRules: readonly Rule[] = [
  dateWeekdayMismatch,
  scrapeDebris,
  chatbotLeftover,
  templatePlaceholder,
  aiDisclosure,
  aiCliche,
];
