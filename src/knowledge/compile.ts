import { ConfigError } from '../config/validate.js';
import { latestDay } from '../text/calendar.js';
import { pushTo } from './knowledge-base.js';
import type { KnowledgePack, Person, Role } from './pack.js';
import { personNameKey, significantNameTokens } from './person-names.js';
import { aliasForms } from './role-phrases.js';

/**
 * Knowledge packs merged and their names worked out, as plain data: the costly part of building a KnowledgeBase
 * (name folding and alias forms for every person and post). The default pack's is written at build time.
 */
export interface CompiledKnowledge {
  roles: { role: Role; isUnitedStates: boolean }[];
  people: {
    person: Person;
    /** Last day the person's pack is verified through. */
    horizon: string;
    /** The surname as written in the pack ("Langley"). */
    surname: string;
    /** "first last" keys of the name and its variants. */
    nameKeys: string[];
    /** Folded surnames of the names of more than one token. */
    surnameKeys: string[];
  }[];
  /** Alias forms, each with the ids of the posts it names. */
  aliases: [phrase: string, roleIds: string[]][];
}

function displaySurname(person: Person): string {
  const words = person.name.split(/\s+/);
  const last = significantNameTokens(person.name).at(-1);
  const word = [...words].reverse().find((candidate) => significantNameTokens(candidate)[0] === last);
  return word?.replace(/[.,]$/, '') ?? person.name;
}

/** Later packs add or replace roles and people by id; a tenure of an unknown role names its file and key. */
export function compileKnowledge(packs: readonly { file: string; pack: KnowledgePack }[]): CompiledKnowledge {
  const roles = new Map<string, Role>();
  const people = new Map<string, { person: Person; file: string; index: number; horizon: string }>();
  for (const { file, pack } of packs) {
    const horizon = latestDay(pack.verifiedThrough);
    for (const role of pack.roles) roles.set(role.id, role);
    pack.people.forEach((person, index) => people.set(person.id, { person, file, index, horizon }));
  }
  const compiled: CompiledKnowledge = { roles: [], people: [], aliases: [] };
  for (const role of roles.values()) {
    compiled.roles.push({ role, isUnitedStates: /\bUnited States\b|\bU\.?S\.?\b/.test(`${role.name} ${role.organization}`) });
  }
  for (const { person, file, index, horizon } of people.values()) {
    person.tenures.forEach((tenure, tenureIndex) => {
      if (!roles.has(tenure.role)) throw new ConfigError(file, `people[${index}].tenures[${tenureIndex}].role: unknown role "${tenure.role}"`);
    });
    const nameKeys = new Set<string>();
    const surnameKeys = new Set<string>();
    for (const name of [person.name, ...(person.variants ?? [])]) {
      const key = personNameKey(name);
      if (!key) continue;
      nameKeys.add(key);
      const tokens = significantNameTokens(name);
      if (tokens.length > 1) surnameKeys.add(tokens[tokens.length - 1]!);
    }
    compiled.people.push({ person, horizon, surname: displaySurname(person), nameKeys: [...nameKeys], surnameKeys: [...surnameKeys] });
  }
  const byPhrase = new Map<string, string[]>();
  for (const role of roles.values()) {
    for (const alias of [role.name, ...role.aliases]) {
      for (const form of aliasForms(alias)) pushTo(byPhrase, form, role.id);
    }
  }
  compiled.aliases = [...byPhrase];
  return compiled;
}
