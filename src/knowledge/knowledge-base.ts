import { PhraseMatcher } from '../text/phrase-matcher.js';
import { earliestDay, latestDay } from '../text/calendar.js';
import type { CompiledKnowledge } from './compile.js';
import type { Person, Role, Tenure } from './pack.js';
import { personNameKey } from './person-names.js';

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

export const OPEN_END = '9999-12-31';

/** Adds `value` to the list under `key`, once. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Packs merged (later packs add or replace roles and people by id) and indexed: role aliases in one phrase matcher,
 * people by "first last" name key and by surname. Built from a CompiledKnowledge, which holds the costly part.
 */
export class KnowledgeBase {
  readonly roles = new Map<string, RoleEntry>();
  readonly people = new Map<string, PersonEntry>();
  private readonly byNameKey = new Map<string, PersonEntry[]>();
  private readonly bySurname = new Map<string, PersonEntry[]>();
  private readonly aliasPhrases: CompiledKnowledge['aliases'];
  private aliasMatcher: PhraseMatcher<string[]> | undefined;
  private endingMatcher: PhraseMatcher<true> | undefined;

  constructor(compiled: CompiledKnowledge) {
    for (const { role, isUnitedStates } of compiled.roles) {
      this.roles.set(role.id, { role, isUnitedStates, tenures: [], coverageStart: OPEN_END, horizon: OPEN_END });
    }
    for (const { person, horizon, surname, nameKeys, surnameKeys } of compiled.people) {
      const entry: PersonEntry = { person, horizon, surname, tenures: [] };
      for (const tenure of person.tenures) {
        const role = this.roles.get(tenure.role)!;
        const held: HeldTenure = { person: entry, tenure, from: earliestDay(tenure.start), to: tenure.end ? latestDay(tenure.end) : OPEN_END };
        entry.tenures.push(held);
        role.tenures.push(held);
        if (held.from < role.coverageStart) role.coverageStart = held.from;
        if (horizon < role.horizon) role.horizon = horizon;
      }
      this.people.set(person.id, entry);
      for (const key of nameKeys) pushTo(this.byNameKey, key, entry);
      for (const key of surnameKeys) pushTo(this.bySurname, key, entry);
    }
    this.aliasPhrases = compiled.aliases;
  }

  /** Role alias forms; the matcher is built on first use, as most articles name no post the packs know. */
  get aliases(): PhraseMatcher<string[]> {
    return (this.aliasMatcher ??= new PhraseMatcher(this.aliasPhrases.map(([phrase, data]) => ({ phrase, data }))));
  }

  /**
   * A cheap test before the alias matcher: whether a text in canonical form has a word that ends some alias form.
   * Its matcher, of a few hundred words, is built in a fraction of the time the alias matcher takes.
   */
  mayHoldAlias(text: string): boolean {
    if (!this.endingMatcher) {
      const endings = new Set(this.aliasPhrases.map(([phrase]) => phrase.slice(phrase.lastIndexOf(' ') + 1)));
      this.endingMatcher = new PhraseMatcher([...endings].map((ending) => ({ phrase: ending, data: true as const })));
    }
    return this.endingMatcher.match(text).length > 0;
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
