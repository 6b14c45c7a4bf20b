import { lint } from '../../src/engine/lint.js';
import { ruleDefaults } from '../../src/engine/rule-settings.js';
import { lintStory } from '../../src/engine/story.js';
import { allRules, builtinRules } from '../../rules/index.js';

/** Inputs built to trigger super-linear behaviour in parsers and regular expressions. */
const adversarialInputs: Record<string, string> = {
  'spaces': `Headline\n\n${' '.repeat(60_000)}end.`,
  'comma-separated digits': Array.from({ length: 40_000 }, (_, i) => String(i % 10)).join(','),
  'quote marks': '"'.repeat(15_000) + '“”'.repeat(7_500),
  'repeated date phrases': 'on Sunday, January 21, 2024 and '.repeat(5_000),
  '1 MB single line': 'The council met and the mayor said the budget was fine. '.repeat(18_000).slice(0, 1_000_000),
  'name-like tokens': Array.from({ length: 20_000 }, (_, i) => `Name${i} Al-Sudani`).join(' '),
  'nested brackets': '('.repeat(20_000) + '[' .repeat(10_000) + ']'.repeat(10_000) + ')'.repeat(20_000),
  'long debris-like line': `Share this article ${'on Facebook '.repeat(10_000)}`,
  'repeated chatbot-phrase prefixes': 'As an AI language '.repeat(50_000),
  'placeholder tokens and unclosed slots': 'TK XX $XX [Insert {{ '.repeat(10_000),
  'quoted stock phrases': '"a stark reminder" underscores the '.repeat(20_000),
};

describe('adversarial inputs', () => {
  const rules = ruleDefaults(builtinRules, 'all');
  it.each(Object.entries(adversarialInputs))('lints %s without failing', (_name, text) => {
    for (const filePath of ['input.txt', 'input.md']) {
      const result = lint(text, { filePath, rules, ruleTimeBudgetMs: 60_000 });
      expect(result.internalError).toBe(false);
      for (const d of result.diagnostics) expect(d.end).toBeLessThanOrEqual(text.length);
    }
  }, 60_000);
});

describe('adversarial inputs in story mode', () => {
  const rules = ruleDefaults(allRules, 'all');
  it.each(Object.entries(adversarialInputs))('compares three articles of %s without failing', (_name, text) => {
    // The same input twice and once with its digits changed, so counts and names land in the same buckets.
    const texts = [text, text, text.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10))];
    const members = texts.map((article, index) => ({
      filePath: `input-${index}.txt`,
      article: lint(article, { filePath: `input-${index}.txt`, rules: new Map() }).article,
      rules,
    }));
    const result = lintStory(members, { ruleTimeBudgetMs: 60_000 });
    expect(result.internalError).toBe(false);
    result.diagnostics.forEach((found, index) => {
      for (const d of found) expect(d.end).toBeLessThanOrEqual(texts[index]!.length);
    });
  }, 60_000);
});
