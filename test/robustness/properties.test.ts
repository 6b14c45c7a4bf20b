import fc from 'fast-check';
import { lint, stripBom } from '../../src/engine/lint.js';
import { applyFixes } from '../../src/engine/fix.js';
import { ruleDefaults, type RuleSettings } from '../../src/engine/rule-settings.js';
import { LineIndex } from '../../src/text/line-index.js';
import { builtinRules } from '../../rules/index.js';
import type { SeverityName } from '../../src/types.js';

/** Pieces of news copy and of the things that break parsers, to be shuffled into articles. */
const fragments = fc.oneof(
  fc.constantFrom(
    'Council Approves Budget',
    'January 21, 2024',
    'Jan. 21, 2024',
    '2024-01-21',
    'The vote was held on Sunday, January 20, 2024.',
    'At least 130 attacks, including 53 in Iraq and 77 in Syria, were reported.',
    '"We will rebuild," the mayor said.',
    '“It’s over,” she said.',
    'A US official, speaking on condition of anonymity, said the base was hit.',
    'Leave a Reply',
    'Share this article on Facebook',
    'Copyright 2024, Example News',
    '<!-- newslint-disable-next-line scrape-debris -->',
    '<!-- newslint-disable -->',
    '# Heading **bold** _it_',
    '- list item with [a link](https://example.com)',
    '> quoted block',
    '---\ntitle: x\ndate: 2024-01-21\n---',
    '\t  indented line',
    '    code block line',
    'Ünïcödé — “quotes” ‘single’ 😀 العربية 中文',
    'He said "unclosed quote',
    '1:05 a.m. and 1:32 a.m. on Sunday',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 60 }),
);

const breaks = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ');

const article = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fragments, breaks), { maxLength: 25 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.map(([text, gap]) => text + gap).join(''));

const severity = fc.constantFrom<SeverityName>('off', 'info', 'warn', 'error');
const ruleConfig = fc.array(severity, { minLength: builtinRules.length, maxLength: builtinRules.length }).map((severities) => {
  const settings: RuleSettings = ruleDefaults(builtinRules, 'all');
  builtinRules.forEach((rule, index) => settings.set(rule.meta.id, { severity: severities[index]!, options: {} }));
  return settings;
});
const filePath = fc.constantFrom('story.txt', 'story.md');

function fixAll(text: string, options: { filePath: string; rules: RuleSettings }): string {
  let output = stripBom(text);
  for (let pass = 0; pass < 10; pass++) {
    const fixed = applyFixes(output, lint(output, options).diagnostics);
    if (fixed.applied.length === 0) break;
    output = fixed.output;
  }
  return output;
}

describe('properties of the engine over random articles', () => {
  it('never throws, never reports an internal error, and keeps every range inside the text', () => {
    fc.assert(
      fc.property(article, ruleConfig, filePath, (text, rules, file) => {
        const result = lint(text, { filePath: file, rules });
        expect(result.internalError).toBe(false);
        const body = stripBom(text);
        const lines = new LineIndex(body);
        for (const d of result.diagnostics) {
          expect(0 <= d.start && d.start <= d.end && d.end <= body.length).toBe(true);
          expect(lines.point(d.start)).toEqual({ line: d.line, column: d.column });
          expect(lines.point(d.end)).toEqual({ line: d.endLine, column: d.endColumn });
          for (const fix of [d.fix, ...(d.suggestions ?? []).map((s) => s.fix)]) {
            if (fix) expect(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= body.length).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixed output re-lints without fixable problems, and fixing again changes nothing', () => {
    fc.assert(
      fc.property(article, filePath, (text, file) => {
        const options = { filePath: file, rules: ruleDefaults(builtinRules, 'all') };
        const fixed = fixAll(text, options);
        expect(lint(fixed, options).diagnostics.filter((d) => d.fix)).toEqual([]);
        expect(fixAll(fixed, options)).toBe(fixed);
      }),
      { numRuns: 200 },
    );
  });
});
