import { closest } from 'fastest-levenshtein';
import type { AnyRule, OptionSpec, SeverityName } from '../types.js';

/** A configuration problem: always names the file and the key (or JSON position). */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ConfigError';
  }
}

export type RuleEntry = SeverityName | [SeverityName] | [SeverityName, Record<string, unknown>];

export interface OverrideData {
  files: string[];
  excludedFiles?: string[];
  rules: Record<string, RuleEntry>;
}

/** The shape of a .lintrc.json file. */
export interface ConfigData {
  $schema?: string;
  extends?: string[];
  rules?: Record<string, RuleEntry>;
  overrides?: OverrideData[];
  ignorePatterns?: string[];
  /** Knowledge packs (JSON files) that add or override role tenures. */
  knowledge?: string[];
  /** Archive of earlier articles for recycled-passage. */
  archive?: { db?: string };
  /** Groups of files that cover one story, linted against each other. */
  stories?: string[][];
  /** Files larger than this many bytes are refused. */
  maxFileSize?: number;
  /** Modules (relative paths or package names) that export `{ rules: Rule[] }`. */
  plugins?: string[];
}

export const SEVERITY_NAMES: readonly SeverityName[] = ['off', 'info', 'warn', 'error'];

export function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function suggestion(name: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  return ` (did you mean "${closest(name, known as string[])}"?)`;
}

export function unknownRuleMessage(id: string, registry: readonly AnyRule[]): string {
  return `unknown rule "${id}"${suggestion(id, registry.map((rule) => rule.meta.id))}`;
}

function validateOption(file: string, key: string, spec: OptionSpec, value: unknown): void {
  const fail = (expected: string) => {
    throw new ConfigError(file, `${key}: expected ${expected}, got ${describe(value)}`);
  };
  switch (spec.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
        fail(spec.type === 'integer' ? 'an integer' : 'a number');
      }
      const number = value as number;
      if (spec.minimum !== undefined && number < spec.minimum) fail(`a value >= ${spec.minimum}`);
      if (spec.maximum !== undefined && number > spec.maximum) fail(`a value <= ${spec.maximum}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail('true or false');
      return;
    case 'string':
      if (typeof value !== 'string') fail('a string');
      if (spec.enum && !spec.enum.includes(value as string)) fail(`one of ${spec.enum.map((v) => `"${v}"`).join(', ')}`);
      return;
    case 'string[]':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) fail('an array of strings');
      return;
  }
}

function validateRules(file: string, where: string, value: unknown, registry: readonly AnyRule[]): void {
  if (!isObject(value)) throw new ConfigError(file, `${where}: expected an object, got ${describe(value)}`);
  for (const [id, entry] of Object.entries(value)) {
    const key = `${where}["${id}"]`;
    const rule = registry.find((candidate) => candidate.meta.id === id);
    if (!rule) throw new ConfigError(file, `${where}: ${unknownRuleMessage(id, registry)}`);
    const [severity, options, ...rest] = Array.isArray(entry) ? entry : [entry];
    if (!SEVERITY_NAMES.includes(severity as SeverityName)) {
      throw new ConfigError(file, `${key}: invalid severity ${describe(severity)} (expected "off", "info", "warn" or "error")`);
    }
    if (rest.length > 0) throw new ConfigError(file, `${key}: expected [severity] or [severity, { options }]`);
    if (options === undefined) continue;
    if (!isObject(options)) throw new ConfigError(file, `${key}[1]: expected an options object, got ${describe(options)}`);
    const specs = rule.meta.options ?? {};
    for (const [name, optionValue] of Object.entries(options)) {
      const spec = specs[name];
      if (!spec) {
        const known = Object.keys(specs);
        const hint = known.length ? suggestion(name, known) : ' (this rule takes no options)';
        throw new ConfigError(file, `${key}[1]: unknown option "${name}"${hint}`);
      }
      validateOption(file, `${key}[1].${name}`, spec, optionValue);
    }
  }
}

function validateStringArray(file: string, key: string, value: unknown): void {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ConfigError(file, `${key}: expected an array of strings, got ${describe(value)}`);
  }
}

const TOP_LEVEL_KEYS = ['$schema', 'extends', 'rules', 'overrides', 'ignorePatterns', 'knowledge', 'archive', 'stories', 'maxFileSize', 'plugins'];

/** Checks a parsed .lintrc.json against its shape and the known rules; throws a ConfigError naming the key. */
export function validateConfig(file: string, data: unknown, registry: readonly AnyRule[]): ConfigData {
  if (!isObject(data)) throw new ConfigError(file, `expected a JSON object at the top level, got ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new ConfigError(file, `unknown key "${key}"${suggestion(key, TOP_LEVEL_KEYS)}`);
  }
  if (data.$schema !== undefined && typeof data.$schema !== 'string') throw new ConfigError(file, '$schema: expected a string');
  if (typeof data.extends === 'string') data.extends = [data.extends];
  if (data.extends !== undefined) validateStringArray(file, 'extends', data.extends);
  if (data.rules !== undefined) validateRules(file, 'rules', data.rules, registry);
  if (data.ignorePatterns !== undefined) validateStringArray(file, 'ignorePatterns', data.ignorePatterns);
  if (data.knowledge !== undefined) validateStringArray(file, 'knowledge', data.knowledge);
  if (data.plugins !== undefined) validateStringArray(file, 'plugins', data.plugins);
  if (data.overrides !== undefined) {
    if (!Array.isArray(data.overrides)) throw new ConfigError(file, `overrides: expected an array, got ${describe(data.overrides)}`);
    data.overrides.forEach((override: unknown, index: number) => {
      const where = `overrides[${index}]`;
      if (!isObject(override)) throw new ConfigError(file, `${where}: expected an object, got ${describe(override)}`);
      for (const key of Object.keys(override)) {
        if (!['files', 'excludedFiles', 'rules'].includes(key)) throw new ConfigError(file, `${where}: unknown key "${key}"`);
      }
      validateStringArray(file, `${where}.files`, override.files);
      if (override.excludedFiles !== undefined) validateStringArray(file, `${where}.excludedFiles`, override.excludedFiles);
      validateRules(file, `${where}.rules`, override.rules ?? {}, registry);
    });
  }
  if (data.archive !== undefined) {
    if (!isObject(data.archive) || (data.archive.db !== undefined && typeof data.archive.db !== 'string')) {
      throw new ConfigError(file, `archive: expected { "db": "path" }, got ${describe(data.archive)}`);
    }
  }
  if (data.stories !== undefined) {
    if (!Array.isArray(data.stories)) throw new ConfigError(file, `stories: expected an array of glob groups, got ${describe(data.stories)}`);
    data.stories.forEach((group: unknown, index: number) => validateStringArray(file, `stories[${index}]`, group));
  }
  if (data.maxFileSize !== undefined && (typeof data.maxFileSize !== 'number' || !(data.maxFileSize > 0))) {
    throw new ConfigError(file, `maxFileSize: expected a positive number of bytes, got ${describe(data.maxFileSize)}`);
  }
  return data as ConfigData;
}
