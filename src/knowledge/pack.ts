import { readFileSync } from 'node:fs';
import { ConfigError, describe, isObject } from '../config/validate.js';
import { earliestDay, isPartialDate, latestDay } from '../text/calendar.js';

/** A post that people hold in turn ("United States Secretary of Defense"). */
export interface Role {
  id: string;
  name: string;
  /** Ways articles name the post ("Defense Secretary", "Pentagon chief"); matched case-insensitively. */
  aliases: string[];
  organization: string;
  group: string;
}

/** One spell in a role. Dates are YYYY-MM-DD or YYYY-MM; no `end` means still in office as of `verifiedThrough`. */
export interface Tenure {
  role: string;
  start: string;
  end?: string;
  acting?: boolean;
  /** The basis for the dates, in one sentence. */
  source: string;
}

export interface Person {
  id: string;
  name: string;
  variants: string[];
  tenures: Tenure[];
}

/** A knowledge pack (schemas/knowledge.schema.json): who held which post when, verified up to a month. */
export interface KnowledgePack {
  $schema?: string;
  name: string;
  /** YYYY-MM: the data says nothing about later dates. */
  verifiedThrough: string;
  roles: Role[];
  people: Person[];
}

type Json = Record<string, unknown>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const MIN_SOURCE = 10;

/** Validates one pack against the format of schemas/knowledge.schema.json; every problem names the file and the key. */
class PackChecker {
  constructor(readonly file: string) {}

  fail(key: string, expected: string, value: unknown): never {
    throw new ConfigError(this.file, `${key}: expected ${expected}, got ${describe(value)}`);
  }

  object(key: string, value: unknown, required: string[], optional: string[] = []): Json {
    if (!isObject(value)) this.fail(key || 'the pack', 'an object', value);
    const allowed = [...required, ...optional];
    const prefix = key ? `${key}.` : '';
    for (const name of Object.keys(value)) {
      if (!allowed.includes(name)) throw new ConfigError(this.file, `${prefix}${name}: unknown key (expected one of ${allowed.join(', ')})`);
    }
    for (const name of required) {
      if (value[name] === undefined) throw new ConfigError(this.file, `${prefix}${name}: missing (required)`);
    }
    return value;
  }

  string(key: string, value: unknown, minLength = 1): string {
    if (typeof value !== 'string' || value.trim().length < minLength) this.fail(key, minLength > 1 ? `a string of at least ${minLength} characters` : 'a non-empty string', value);
    return value;
  }

  id(key: string, value: unknown): string {
    if (typeof value !== 'string' || !ID.test(value)) this.fail(key, 'a lowercase kebab-case id', value);
    return value;
  }

  date(key: string, value: unknown): string {
    if (typeof value !== 'string' || !isPartialDate(value)) this.fail(key, 'a date YYYY-MM-DD or YYYY-MM', value);
    return value;
  }

  /** Distinct strings of at least two characters (aliases, name variants). */
  strings(key: string, value: unknown): string[] {
    if (!Array.isArray(value)) this.fail(key, 'an array of strings', value);
    const seen = new Set<string>();
    return value.map((item, index) => {
      const text = this.string(`${key}[${index}]`, item, 2);
      if (seen.has(text)) throw new ConfigError(this.file, `${key}[${index}]: duplicate "${text}"`);
      seen.add(text);
      return text;
    });
  }

  array(key: string, value: unknown): unknown[] {
    if (!Array.isArray(value)) this.fail(key, 'an array', value);
    return value;
  }
}

function checkRole(check: PackChecker, key: string, value: unknown): Role {
  const data = check.object(key, value, ['id', 'name', 'aliases', 'organization', 'group']);
  return {
    id: check.id(`${key}.id`, data.id),
    name: check.string(`${key}.name`, data.name),
    aliases: check.strings(`${key}.aliases`, data.aliases),
    organization: check.string(`${key}.organization`, data.organization),
    group: check.string(`${key}.group`, data.group),
  };
}

function checkTenure(check: PackChecker, key: string, value: unknown): Tenure {
  const data = check.object(key, value, ['role', 'start', 'source'], ['end', 'acting']);
  const tenure: Tenure = {
    role: check.id(`${key}.role`, data.role),
    start: check.date(`${key}.start`, data.start),
    source: check.string(`${key}.source`, data.source, MIN_SOURCE),
  };
  if (data.end !== undefined) {
    tenure.end = check.date(`${key}.end`, data.end);
    if (latestDay(tenure.end) < earliestDay(tenure.start)) throw new ConfigError(check.file, `${key}.end: ${tenure.end} is before the start ${tenure.start}`);
  }
  if (data.acting !== undefined) {
    if (typeof data.acting !== 'boolean') check.fail(`${key}.acting`, 'true or false', data.acting);
    tenure.acting = data.acting;
  }
  return tenure;
}

function checkPerson(check: PackChecker, key: string, value: unknown): Person {
  const data = check.object(key, value, ['id', 'name', 'variants', 'tenures']);
  const tenures = check.array(`${key}.tenures`, data.tenures);
  if (tenures.length === 0) check.fail(`${key}.tenures`, 'at least one tenure', tenures);
  return {
    id: check.id(`${key}.id`, data.id),
    name: check.string(`${key}.name`, data.name),
    variants: check.strings(`${key}.variants`, data.variants),
    tenures: tenures.map((tenure, index) => checkTenure(check, `${key}.tenures[${index}]`, tenure)),
  };
}

function uniqueIds(file: string, where: string, items: { id: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) throw new ConfigError(file, `${where}[${index}].id: duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

/** Checks parsed JSON against the pack format; throws a ConfigError naming the file and the offending key. */
export function validatePack(file: string, data: unknown): KnowledgePack {
  const check: PackChecker = new PackChecker(file);
  const top = check.object('', data, ['name', 'verifiedThrough', 'roles', 'people'], ['$schema']);
  const verifiedThrough = top.verifiedThrough;
  if (typeof verifiedThrough !== 'string' || !MONTH.test(verifiedThrough)) check.fail('verifiedThrough', 'a month YYYY-MM', verifiedThrough);
  const pack: KnowledgePack = {
    name: check.string('name', top.name),
    verifiedThrough,
    roles: check.array('roles', top.roles).map((role, index) => checkRole(check, `roles[${index}]`, role)),
    people: check.array('people', top.people).map((person, index) => checkPerson(check, `people[${index}]`, person)),
  };
  if (top.$schema !== undefined) pack.$schema = check.string('$schema', top.$schema);
  uniqueIds(file, 'roles', pack.roles);
  uniqueIds(file, 'people', pack.people);
  return pack;
}

/** A pack file's text; a file that cannot be read is a ConfigError naming it. */
export function readPackText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read knowledge pack: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Parses and validates a pack's text. */
export function parsePack(file: string, text: string): KnowledgePack {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, `invalid JSON in knowledge pack: ${(error as Error).message}`);
  }
  return validatePack(file, data);
}

/** Reads and validates a pack file. */
export function readPack(file: string): KnowledgePack {
  return parsePack(file, readPackText(file));
}
