import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { builtinRules } from '../../rules/index.js';

const SOURCING = ['unsourced-claim', 'vague-attribution', 'anonymous-source', 'quote-without-speaker'];
const FIXTURES = 'test/fixtures/sourcing';
const rules = new Map(
  builtinRules.filter((rule) => SOURCING.includes(rule.meta.id)).map((rule) => [rule.meta.id, { severity: rule.meta.severity, options: {} }]),
);

function findings(filePath: string): string[] {
  const { diagnostics } = lint(readFileSync(filePath, 'utf8'), { filePath, rules });
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}

/** Clean wire stories: every figure, allegation and quotation is attributed, so no sourcing rule may fire. */
describe('sourcing rules on clean wire stories', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.startsWith('clean-'));

  it('has several clean stories, in plain text and Markdown', () => {
    expect(files.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((name) => name.endsWith('.md')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s has no finding', (name) => {
    expect(findings(join(FIXTURES, name))).toEqual([]);
  });

  it.each(['clean-water-main-break.md', 'clean-harbor-bridge.txt'])('leaves the clean example %s clean', (name) => {
    expect(findings(join('examples', name))).toEqual([]);
  });
});

describe('sourcing rules on the example that shows them', () => {
  it('fires every sourcing rule where the example README says', () => {
    expect(findings('examples/border-post-attack.txt')).toEqual([
      '7:16 vague-attribution',
      '7:57 anonymous-source',
      '9:1 unsourced-claim',
      '9:118 unsourced-claim',
      '11:16 vague-attribution',
      '11:59 vague-attribution',
      '13:1 quote-without-speaker',
    ]);
  });
});
