import { ConfigError } from '../config/validate.js';
import { PhraseMatcher, type PhraseEntry } from '../text/phrase-matcher.js';
import { earliestDay, latestDay } from '../text/calendar.js';
import type { KnowledgePack, Person, Role, Tenure } from './pack.js';
import { aliasForms } from './role-phrases.js';
import { personNameKey, significantNameTokens } from './person-names.js';

/** A tenure with the person who held it and the last day its pack vouches for. */
export interface HeldTenure {
  person: PersonEntry;
  tenure: Tenure;
  /** YYYY-MM-DD bounds; an open tenure ends at +infinity. */
  from: string;
  to: string;
}

export interface PersonEntry {
  person: Person;
  /** Last day the person's pack is verified through. */
  horizon: string;
  /** The surname as written in the pack ("Langley"). */
  surname: string;
  tenures: HeldTenure[];
}

export interface RoleEntry {
  role: Role;
  /** A post of the United States: a leading "US" or "U.S." does not make it another post. */
  isUnitedStates: boolean;
  tenures: HeldTenure[];
  /** First day any holder of the role is known from: the pack says nothing about the role before it. */
  coverageStart: string;
  /** Last day every pack contributing holders is verified through. */
  horizon: string;
}

const OPEN_END = '9999-12-31';
/** A word as alias forms end in one: letters and digits, with inner hyphens and dots ("cjtf-oir", "u.n"). */
const ALIAS_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?/gu;

function displaySurname(person: Person): string {
  const words = person.name.split(/\s+/);
  const last = significantNameTokens(person.name).at(-1);
  const word = [...words].reverse().find((candidate) => significantNameTokens(candidate)[0] === last);
  return word?.replace(/[.,]$/, '') ?? person.name;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Packs merged (later packs add or replace roles and people by id) and indexed once: role aliases in one phrase
 * matcher, people by "first last" name key and by surname.
 */
export class KnowledgeBase {
  readonly roles = new Map<string, RoleEntry>();
  readonly people = new Map<string, PersonEntry>();
  private readonly byNameKey = new Map<string, PersonEntry[]>();
  private readonly bySurname = new Map<string, PersonEntry[]>();
  readonly aliases: PhraseMatcher<string[]>;
  /** The last word of every alias form: a text without any of them holds no alias. */
  private readonly aliasEndings = new Set<string>();

  constructor(packs: readonly { file: string; pack: KnowledgePack }[]) {
    const roles = new Map<string, Role>();
    const people = new Map<string, { person: Person; file: string; index: number; horizon: string }>();
    for (const { file, pack } of packs) {
      const horizon = latestDay(pack.verifiedThrough);
      for (const role of pack.roles) roles.set(role.id, role);
      pack.people.forEach((person, index) => people.set(person.id, { person, file, index, horizon }));
    }
    for (const role of roles.values()) {
      const isUnitedStates = /\bUnited States\b|\bU\.?S\.?\b/.test(`${role.name} ${role.organization}`);
      this.roles.set(role.id, { role, isUnitedStates, tenures: [], coverageStart: OPEN_END, horizon: OPEN_END });
    }
    for (const { person, file, index, horizon } of people.values()) {
      const entry: PersonEntry = { person, horizon, surname: displaySurname(person), tenures: [] };
      person.tenures.forEach((tenure, tenureIndex) => {
        const role = this.roles.get(tenure.role);
        if (!role) throw new ConfigError(file, `people[${index}].tenures[${tenureIndex}].role: unknown role "${tenure.role}"`);
        const held: HeldTenure = { person: entry, tenure, from: earliestDay(tenure.start), to: tenure.end ? latestDay(tenure.end) : OPEN_END };
        entry.tenures.push(held);
        role.tenures.push(held);
        if (held.from < role.coverageStart) role.coverageStart = held.from;
        if (horizon < role.horizon) role.horizon = horizon;
      });
      this.people.set(person.id, entry);
      for (const name of [person.name, ...(person.variants ?? [])]) {
        const key = personNameKey(name);
        if (!key) continue;
        pushTo(this.byNameKey, key, entry);
        const tokens = significantNameTokens(name);
        if (tokens.length > 1) pushTo(this.bySurname, tokens[tokens.length - 1]!, entry);
      }
    }
    this.aliases = new PhraseMatcher(this.aliasEntries());
  }

  private aliasEntries(): PhraseEntry<string[]>[] {
    const byPhrase = new Map<string, string[]>();
    for (const { role } of this.roles.values()) {
      for (const alias of [role.name, ...role.aliases]) {
        for (const form of aliasForms(alias)) pushTo(byPhrase, form, role.id);
      }
    }
    for (const phrase of byPhrase.keys()) this.aliasEndings.add(phrase.slice(phrase.lastIndexOf(' ') + 1));
    return [...byPhrase].map(([phrase, data]) => ({ phrase, data }));
  }

  /** A cheap test before the phrase matcher: whether a text in canonical form has a word that ends some alias. */
  mayHoldAlias(text: string): boolean {
    for (const word of text.matchAll(ALIAS_WORD)) {
      if (this.aliasEndings.has(word[0].toLowerCase())) return true;
    }
    return false;
  }

  /** People whose name (or a variant) has these first and last significant tokens. */
  peopleNamed(name: string): PersonEntry[] {
    const key = personNameKey(name);
    return key && key.includes(' ') ? (this.byNameKey.get(key) ?? []) : [];
  }

  /** People with this surname (a folded token). */
  peopleWithSurname(surname: string): PersonEntry[] {
    return this.bySurname.get(surname) ?? [];
  }
}
