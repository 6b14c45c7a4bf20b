import type { AnyRule, OptionSpec } from '../types.js';

const SEVERITY = { enum: ['off', 'info', 'warn', 'error'] };

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const base = { description: spec.description, default: spec.default };
  switch (spec.type) {
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } };
    case 'string':
      return { ...base, type: 'string', ...(spec.enum ? { enum: spec.enum } : {}) };
    case 'integer':
    case 'number':
      return {
        ...base,
        type: spec.type,
        ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
      };
    default:
      return { ...base, type: spec.type };
  }
}

function ruleEntrySchema(rule: AnyRule): Record<string, unknown> {
  const options = rule.meta.options ?? {};
  const optionsObject = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, optionSchema(spec)])),
  };
  return {
    description: `${rule.meta.description} Default: ${rule.meta.severity}${rule.meta.recommended ? '' : ' (off in newslint:recommended)'}.`,
    oneOf: [
      SEVERITY,
      { type: 'array', items: [SEVERITY, optionsObject], minItems: 1, maxItems: 2, additionalItems: false },
    ],
  };
}

/** The JSON Schema of .lintrc.json, generated from the rules so editors autocomplete ids and options. */
export function configSchema(registry: readonly AnyRule[]): Record<string, unknown> {
  const rules = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries([...registry].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((rule) => [rule.meta.id, ruleEntrySchema(rule)])),
    // Plugin rules are namespaced ("plugin/rule"); their options are the plugin's business.
    patternProperties: { '^[^/\\s]+(/[^/\\s]+)*/[^/\\s]+$': { oneOf: [SEVERITY, { type: 'array', items: [SEVERITY, { type: 'object' }], minItems: 1, maxItems: 2 }] } },
  };
  const globs = { type: 'array', items: { type: 'string' } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'newslint configuration (.lintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Presets ("newslint:recommended", "newslint:all") or relative paths of other config files, applied in order.',
        oneOf: [{ type: 'string' }, globs],
      },
      rules,
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: { ...globs, description: 'Globs relative to this config file.' }, excludedFiles: globs, rules },
        },
      },
      ignorePatterns: { ...globs, description: 'Gitignore-style patterns of files not to lint, relative to this config file.' },
      knowledge: { ...globs, description: 'Knowledge packs (JSON) that add or override role tenures.' },
      archive: {
        type: 'object',
        additionalProperties: false,
        properties: { db: { type: 'string', description: 'Path of the archive database.' } },
      },
      stories: { type: 'array', items: globs, description: 'Groups of globs; each group is one story linted across its articles.' },
      maxFileSize: { type: 'number', exclusiveMinimum: 0, description: 'Files larger than this many bytes are refused.' },
      plugins: { ...globs, description: 'Modules that add rules: paths relative to this config file, or package names. Each exports { rules: [...] }.' },
    },
  };
}
