import { readFileSync } from 'node:fs';
import { Ajv } from '../helpers/ajv.js';
import { configSchema } from '../../src/config/schema.js';
import { allRules } from '../../rules/index.js';

const committed = JSON.parse(readFileSync(new URL('../../schemas/lintrc.schema.json', import.meta.url), 'utf8'));

describe('.lintrc.json JSON Schema', () => {
  const validate = new Ajv({ strict: false }).compile(configSchema(allRules));

  it('is the committed schema (run `npm run build` to regenerate)', () => {
    expect(committed).toEqual(configSchema(allRules));
  });

  it('accepts the project config and a full example', () => {
    const project = JSON.parse(readFileSync(new URL('../../.lintrc.json', import.meta.url), 'utf8'));
    expect(validate(project)).toBe(true);
    expect(
      validate({
        extends: ['newslint:recommended', './base.json'],
        rules: { 'scrape-debris': ['error'], 'date-weekday-mismatch': 'warn', 'story-count': 'error', 'story-name': 'off' },
        overrides: [{ files: ['opinion/**'], rules: { 'scrape-debris': 'off' } }],
        ignorePatterns: ['drafts/'],
        stories: [['desk/attack/*.txt']],
      }),
    ).toBe(true);
  });

  it('rejects unknown rules and bad severities', () => {
    expect(validate({ rules: { 'no-such-rule': 'warn' } })).toBe(false);
    expect(validate({ rules: { 'scrape-debris': 'warning' } })).toBe(false);
  });
});
