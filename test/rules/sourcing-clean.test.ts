import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { builtinRules } from '../../rules/index.js';

const SOURCING = ['unsourced-claim', 'vague-attribution', 'anonymous-source', 'quote-without-speaker'];
const FIXTURES = 'test/fixtures/sourcing';

/** Clean wire stories: every figure, allegation and quotation is attributed, so no sourcing rule may fire. */
describe('sourcing rules on clean wire stories', () => {
  const rules = new Map(
    builtinRules.filter((rule) => SOURCING.includes(rule.meta.id)).map((rule) => [rule.meta.id, { severity: rule.meta.severity, options: {} }]),
  );
  const files = readdirSync(FIXTURES).filter((name) => name.startsWith('clean-'));

  it('has several clean stories, in plain text and Markdown', () => {
    expect(files.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((name) => name.endsWith('.md')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s has no finding', (name) => {
    const filePath = join(FIXTURES, name);
    const { diagnostics } = lint(readFileSync(filePath, 'utf8'), { filePath, rules });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
  });
});
