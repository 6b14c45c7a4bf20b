import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AjvDraft04 as Ajv } from '../helpers/ajv.js';
import { runCli, tempProject } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

describe('--format sarif', () => {
  const dir = tempProject({
    'bad.txt': 'Vote Set\n\nJanuary 10, 2024\n\nThe council will vote on Sunday, January 20, 2024.\n\nLeave a Reply\n',
  });
  const log = JSON.parse(runCli(['bad.txt', '-f', 'sarif'], { cwd: dir }).stdout);

  it('validates against the SARIF 2.1.0 schema', () => {
    // The official schema has a pattern that is not valid in Unicode mode; validate it as the schema's authors do.
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('describes the tool and every rule with help links', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('newslint');
    const rule = driver.rules.find((r: { id: string }) => r.id === 'date-weekday-mismatch');
    expect(rule.shortDescription.text).toBe('A weekday written with a date it does not fall on.');
    expect(rule.helpUri).toMatch(/^file:\/\/.*\/docs\/rules\/date-weekday-mismatch\.md$/);
    expect(rule.defaultConfiguration.level).toBe('error');
  });

  it('gives each result a level and a physical location', () => {
    const results = log.runs[0].results;
    expect(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['date-weekday-mismatch', 'error'],
      ['scrape-debris', 'warning'],
    ]);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'bad.txt' },
      region: { startLine: 5, startColumn: 26, endLine: 5, endColumn: 32 },
    });
    expect(log.runs[0].tool.driver.rules[results[0].ruleIndex].id).toBe('date-weekday-mismatch');
  });
});
