/** The library: the one entry point the CLI, the git hook and the language server share, plus what they need. */
export { lint, type LintOptions, type LintResult } from './engine/lint.js';
export { applyFixes } from './engine/fix.js';
export { ruleDefaults, type RuleSettings } from './engine/rule-settings.js';
export { ConfigLoader } from './config/load.js';
export { ConfigError } from './config/validate.js';
export { formatters, formatterNames, loadFormatter } from './formatters/index.js';
export { allRules, builtinRules } from '../rules/index.js';
export { storyRules } from '../rules/story/index.js';
export { lintStory, type StoryMember, type StoryResult } from './engine/story.js';
export type * from './types.js';
export type { Article, Block, Sentence, Quote } from './article/article.js';
export { configSchema } from './config/schema.js';
/** For the build, which writes the default knowledge pack compiled. */
export { compileDefaultPack } from './knowledge/load.js';
