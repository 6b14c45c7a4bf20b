import type { Rule } from '../src/types.js';
import aiCliche from './ai-cliche.js';
import aiDisclosure from './ai-disclosure.js';
import chatbotLeftover from './chatbot-leftover.js';
import countConflict from './count-conflict.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import duplicateParagraph from './duplicate-paragraph.js';
import headlineBodyMismatch from './headline-body-mismatch.js';
import nameVariant from './name-variant.js';
import scrapeDebris from './scrape-debris.js';
import templatePlaceholder from './template-placeholder.js';
import totalPartsMismatch from './total-parts-mismatch.js';

/** Every built-in rule, in the order they run. The engine reads this list and names no rule itself. */
export const builtinRules: readonly Rule[] = [
  dateWeekdayMismatch,
  scrapeDebris,
  chatbotLeftover,
  templatePlaceholder,
  aiDisclosure,
  aiCliche,
  totalPartsMismatch,
  countConflict,
  nameVariant,
  headlineBodyMismatch,
  duplicateParagraph,
];
