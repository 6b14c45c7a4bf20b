import { readFileSync } from 'node:fs';
import { Ajv } from '../helpers/ajv.js';
import { configSchema } from '../../src/config/schema.js';
import { builtinRules } from '../../rules/index.js';

const committed = JSON.parse(readFileSync(new URL('../../schemas/lintrc.schema.json', import.meta.url), 'utf8'));

describe('.lintrc.json JSON Schema', () => {
  const validate = new Ajv({ strict: false }).compile(configSchema(builtinRules));

  it('is the committed schema (run `npm run build` to regenerate)', () => {
    expect(committed).toEqual(configSchema(builtinRules));
  });

  it('accepts the project config and a full example', () => {
    const project = JSON.parse(readFileSync(new URL('../../.lintrc.json', import.meta.url), 'utf8'));
    expect(validate(project)).toBe(true);
    expect(
      validate({
        extends: ['newslint:recommended', './base.json'],
        rules: { 'scrape-debris': ['error'], 'date-weekday-mismatch': 'warn' },
        overrides: [{ files: ['opinion/**'], rules: { 'scrape-debris': 'off' } }],
        ignorePatterns: ['drafts/'],
      }),
    ).toBe(true);
  });

  it('rejects unknown rules and bad severities', () => {
    expect(validate({ rules: { 'no-such-rule': 'warn' } })).toBe(false);
    expect(validate({ rules: { 'scrape-debris': 'warning' } })).toBe(false);
  });
});
