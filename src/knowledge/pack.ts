import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/validate.js';
import { earliestDay, isPartialDate, latestDay } from '../text/calendar.js';

/** A post that people hold in turn ("United States Secretary of Defense"). */
export interface Role {
  id: string;
  name: string;
  /** Ways articles name the post ("Defense Secretary", "Pentagon chief"); matched case-insensitively. */
  aliases: string[];
  organization?: string;
  group?: string;
}

/** One spell in a role. Dates are YYYY-MM-DD or YYYY-MM; no `end` means still in office as of `verifiedThrough`. */
export interface Tenure {
  role: string;
  start: string;
  end?: string;
  source?: string;
  acting?: boolean;
}

export interface Person {
  id: string;
  name: string;
  variants?: string[];
  tenures: Tenure[];
}

/** A knowledge pack: who held which post when, verified up to a month. */
export interface KnowledgePack {
  $schema?: string;
  name: string;
  description?: string;
  /** YYYY-MM or YYYY-MM-DD: the data says nothing about later dates. */
  verifiedThrough: string;
  roles: Role[];
  people: Person[];
}

type Json = Record<string, unknown>;

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the shape of one pack; every problem names the file and the key. */
class PackChecker {
  constructor(readonly file: string) {}

  fail(key: string, expected: string, value: unknown): never {
    throw new ConfigError(this.file, `${key}: expected ${expected}, got ${describe(value)}`);
  }

  object(key: string, value: unknown, allowed: string[]): Json {
    if (!isObject(value)) this.fail(key, 'an object', value);
    for (const name of Object.keys(value)) {
      if (!allowed.includes(name)) throw new ConfigError(this.file, `${key ? `${key}.` : ''}${name}: unknown key (expected one of ${allowed.join(', ')})`);
    }
    return value;
  }

  string(key: string, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(key, 'a non-empty string', value);
    return value;
  }

  optionalString(key: string, value: unknown): string | undefined {
    return value === undefined ? undefined : this.string(key, value);
  }

  date(key: string, value: unknown): string {
    if (typeof value !== 'string' || !isPartialDate(value)) this.fail(key, 'a date YYYY-MM-DD or YYYY-MM', value);
    return value;
  }

  strings(key: string, value: unknown): string[] {
    if (!Array.isArray(value)) this.fail(key, 'an array of strings', value);
    return value.map((item, index) => this.string(`${key}[${index}]`, item));
  }

  array(key: string, value: unknown): unknown[] {
    if (!Array.isArray(value)) this.fail(key, 'an array', value);
    return value;
  }
}

function checkRole(check: PackChecker, key: string, value: unknown): Role {
  const data = check.object(key, value, ['id', 'name', 'aliases', 'organization', 'group']);
  return {
    id: check.string(`${key}.id`, data.id),
    name: check.string(`${key}.name`, data.name),
    aliases: data.aliases === undefined ? [] : check.strings(`${key}.aliases`, data.aliases),
    organization: check.optionalString(`${key}.organization`, data.organization),
    group: check.optionalString(`${key}.group`, data.group),
  };
}

function checkTenure(check: PackChecker, key: string, value: unknown): Tenure {
  const data = check.object(key, value, ['role', 'start', 'end', 'source', 'acting']);
  const tenure: Tenure = { role: check.string(`${key}.role`, data.role), start: check.date(`${key}.start`, data.start) };
  if (data.end !== undefined) {
    tenure.end = check.date(`${key}.end`, data.end);
    if (latestDay(tenure.end) < earliestDay(tenure.start)) {
      throw new ConfigError(check.file, `${key}.end: ${tenure.end} is before the start ${tenure.start}`);
    }
  }
  if (data.source !== undefined) tenure.source = check.string(`${key}.source`, data.source);
  if (data.acting !== undefined) {
    if (typeof data.acting !== 'boolean') check.fail(`${key}.acting`, 'true or false', data.acting);
    tenure.acting = data.acting;
  }
  return tenure;
}

function checkPerson(check: PackChecker, key: string, value: unknown): Person {
  const data = check.object(key, value, ['id', 'name', 'variants', 'tenures']);
  return {
    id: check.string(`${key}.id`, data.id),
    name: check.string(`${key}.name`, data.name),
    variants: data.variants === undefined ? undefined : check.strings(`${key}.variants`, data.variants),
    tenures: check.array(`${key}.tenures`, data.tenures ?? []).map((tenure, index) => checkTenure(check, `${key}.tenures[${index}]`, tenure)),
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
  const check = new PackChecker(file);
  const top = check.object('', data, ['$schema', 'name', 'description', 'verifiedThrough', 'roles', 'people']);
  const pack: KnowledgePack = {
    name: check.string('name', top.name),
    verifiedThrough: check.date('verifiedThrough', top.verifiedThrough),
    roles: check.array('roles', top.roles ?? []).map((role, index) => checkRole(check, `roles[${index}]`, role)),
    people: check.array('people', top.people ?? []).map((person, index) => checkPerson(check, `people[${index}]`, person)),
  };
  if (top.$schema !== undefined) pack.$schema = check.string('$schema', top.$schema);
  if (top.description !== undefined) pack.description = check.string('description', top.description);
  uniqueIds(file, 'roles', pack.roles);
  uniqueIds(file, 'people', pack.people);
  return pack;
}

/** Reads and validates a pack file. */
export function readPack(file: string): KnowledgePack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read knowledge pack: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, `invalid JSON in knowledge pack: ${(error as Error).message}`);
  }
  return validatePack(file, data);
}
