import type { StoryRule } from '../../src/types.js';
import storyAttribution from './story-attribution.js';
import storyCount from './story-count.js';
import storyEventDate from './story-event-date.js';
import storyName from './story-name.js';

/** Every built-in story rule (rules that compare the articles of one story), in the order they run. */
export const storyRules: readonly StoryRule[] = [storyEventDate, storyCount, storyName, storyAttribution];
