import type { AnyRule, Rule } from '../src/types.js';
import aiCliche from './ai-cliche.js';
import aiDisclosure from './ai-disclosure.js';
import anonymousSource from './anonymous-source.js';
import chatbotLeftover from './chatbot-leftover.js';
import countConflict from './count-conflict.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import datelineConflict from './dateline-conflict.js';
import duplicateParagraph from './duplicate-paragraph.js';
import eventDateConflict from './event-date-conflict.js';
import futureEvent from './future-event.js';
import headlineBodyMismatch from './headline-body-mismatch.js';
import missingDateline from './missing-dateline.js';
import nameVariant from './name-variant.js';
import quoteWithoutSpeaker from './quote-without-speaker.js';
import recycledPassage from './recycled-passage.js';
import scrapeDebris from './scrape-debris.js';
import staleAttribution from './stale-attribution.js';
import staleEvent from './stale-event.js';
import { storyRules } from './story/index.js';
import templatePlaceholder from './template-placeholder.js';
import totalPartsMismatch from './total-parts-mismatch.js';
import unsourcedClaim from './unsourced-claim.js';
import vagueAttribution from './vague-attribution.js';

/** Every built-in rule, in the order they run. The engine reads this list and names no rule itself. */
export const builtinRules: readonly Rule[] = [
  dateWeekdayMismatch,
  datelineConflict,
  missingDateline,
  eventDateConflict,
  futureEvent,
  staleEvent,
  scrapeDebris,
  unsourcedClaim,
  vagueAttribution,
  anonymousSource,
  quoteWithoutSpeaker,
  chatbotLeftover,
  templatePlaceholder,
  aiDisclosure,
  aiCliche,
  totalPartsMismatch,
  countConflict,
  nameVariant,
  headlineBodyMismatch,
  duplicateParagraph,
  staleAttribution,
  recycledPassage,
];

/** Rules of both kinds (the story rules are in rules/story/): what configuration, presets and reports know. */
export const allRules: readonly AnyRule[] = [...builtinRules, ...storyRules];
