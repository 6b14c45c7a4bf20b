import type { KnowledgePack, Person, Role, Tenure } from './pack.js';

/** One row of a SPARQL JSON result: variable name -> RDF term. */
type Binding = Record<string, { type: string; value: string; datatype?: string } | undefined>;

export interface ImportOptions {
  name: string;
  /** YYYY-MM: when the query was run. */
  verifiedThrough: string;
  /** The roles' `group`. */
  group: string;
}

export interface ImportResult {
  pack: KnowledgePack;
  /** Rows that could not become tenures, with the reason. */
  skipped: string[];
}

/** Wikidata time precision: 11 = day, 10 = month, 9 = year. */
const DAY = 11;
const MONTH = 10;
const ENTITY = /\/entity\/(Q\d+)$/;

export class WikidataImportError extends Error {}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function qidOf(binding: Binding, variable: string): string | undefined {
  const term = binding[variable];
  return term?.type === 'uri' ? ENTITY.exec(term.value)?.[1] : undefined;
}

function literal(binding: Binding, variable: string): string | undefined {
  const value = binding[variable]?.value.trim();
  return value ? value : undefined;
}

/** "2021-01-20T00:00:00Z" at day or month precision -> "2021-01-20" / "2021-01"; year precision cannot be used. */
function partialDate(binding: Binding, variable: string): { date?: string; problem?: string } {
  const value = literal(binding, variable);
  if (!value) return {};
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  if (!match) return { problem: `${variable} "${value}" is not a date` };
  const precision = Number(literal(binding, `${variable}Precision`) ?? DAY);
  if (precision >= DAY) return { date: `${match[1]}-${match[2]}-${match[3]}` };
  if (precision === MONTH) return { date: `${match[1]}-${match[2]}` };
  return { problem: `${variable} ${value.slice(0, 4)} is known only to the year` };
}

/** Adds the "|"-separated aliases of `variable` to `into`, skipping ones equal (ignoring case) to the label or each other. */
function addAliases(into: string[], binding: Binding, variable: string, label: string): void {
  const known = new Set([label, ...into].map((alias) => alias.toLowerCase()));
  for (const alias of (literal(binding, variable) ?? '').split('|').map((part) => part.trim())) {
    if (!alias || known.has(alias.toLowerCase())) continue;
    known.add(alias.toLowerCase());
    into.push(alias);
  }
}

/** Ids from labels, made unique with the Wikidata id when two entities share a label. */
class IdMaker {
  private readonly byQid = new Map<string, string>();
  private readonly used = new Set<string>();

  idFor(qid: string, label: string): string {
    const known = this.byQid.get(qid);
    if (known) return known;
    let id = slug(label) || qid.toLowerCase();
    if (this.used.has(id)) id = `${id}-${qid.toLowerCase()}`;
    this.byQid.set(qid, id);
    this.used.add(id);
    return id;
  }
}

/**
 * Converts a Wikidata SPARQL JSON result (positions held, P39, with start time P580 and end time P582) into a
 * knowledge pack. Expected variables: person, personLabel, position, positionLabel, start, end; optional:
 * startPrecision, endPrecision, personAliases and positionAliases ("|"-separated), organizationLabel.
 */
export function importWikidata(json: unknown, options: ImportOptions): ImportResult {
  const bindings = (json as { results?: { bindings?: unknown } } | null)?.results?.bindings;
  if (!Array.isArray(bindings)) throw new WikidataImportError('not a SPARQL JSON result: expected results.bindings to be an array');
  const roles = new Map<string, Role>();
  const people = new Map<string, Person>();
  const roleIds = new IdMaker();
  const personIds = new IdMaker();
  const seen = new Set<string>();
  const skipped: string[] = [];
  (bindings as Binding[]).forEach((binding, row) => {
    const personQid = qidOf(binding, 'person');
    const positionQid = qidOf(binding, 'position');
    const personLabel = literal(binding, 'personLabel');
    const positionLabel = literal(binding, 'positionLabel');
    if (!personQid || !positionQid || !personLabel || !positionLabel) {
      skipped.push(`row ${row + 1}: needs person, personLabel, position and positionLabel`);
      return;
    }
    const start = partialDate(binding, 'start');
    const end = partialDate(binding, 'end');
    const problem = start.problem ?? end.problem ?? (start.date ? undefined : 'no start time (P580)');
    if (problem) {
      skipped.push(`row ${row + 1} (${personLabel}, ${positionLabel}): ${problem}`);
      return;
    }
    const roleId = roleIds.idFor(positionQid, positionLabel);
    // Without an organization in the result, the post's own label is the best description of where it belongs.
    const role = roles.get(roleId) ?? { id: roleId, name: positionLabel, aliases: [], organization: positionLabel, group: options.group };
    addAliases(role.aliases, binding, 'positionAliases', positionLabel);
    const organization = literal(binding, 'organizationLabel');
    if (organization) role.organization = organization;
    roles.set(roleId, role);
    const personId = personIds.idFor(personQid, personLabel);
    const person = people.get(personId) ?? { id: personId, name: personLabel, variants: [], tenures: [] };
    addAliases(person.variants, binding, 'personAliases', personLabel);
    people.set(personId, person);
    const key = `${personId}|${roleId}|${start.date}|${end.date ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const tenure: Tenure = { role: roleId, start: start.date!, source: `Wikidata ${personQid}, position held (P39) ${positionQid}` };
    if (end.date) tenure.end = end.date;
    person.tenures.push(tenure);
  });
  for (const person of people.values()) person.tenures.sort((a, b) => a.start.localeCompare(b.start));
  return {
    pack: { name: options.name, verifiedThrough: options.verifiedThrough, roles: [...roles.values()], people: [...people.values()] },
    skipped,
  };
}
