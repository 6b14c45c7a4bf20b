import type { RuleCategory, RuleMeta } from '../types.js';

/** A group of rule categories an editor thinks of as one kind of problem. */
export interface Family {
  key: string;
  label: string;
  categories: readonly RuleCategory[];
}

/** In display order; "other" takes core findings and rules the report does not know (internal errors, invalid UTF-8). */
export const FAMILIES: readonly Family[] = [
  { key: 'dates', label: 'Dates', categories: ['dates'] },
  { key: 'consistency', label: 'Consistency', categories: ['consistency'] },
  { key: 'sourcing', label: 'Sourcing', categories: ['sourcing'] },
  { key: 'stale', label: 'Stale', categories: ['stale'] },
  { key: 'debris', label: 'Debris and AI', categories: ['debris', 'ai'] },
  { key: 'other', label: 'Other', categories: ['core'] },
];

const OTHER = FAMILIES[FAMILIES.length - 1]!;

/** Maps a rule id to its family through the rules' categories. */
export function familyFinder(rules: readonly RuleMeta[]): (ruleId: string) => Family {
  const byCategory = new Map(FAMILIES.flatMap((family) => family.categories.map((category) => [category, family] as const)));
  const byRule = new Map(rules.map((rule) => [rule.id, byCategory.get(rule.category) ?? OTHER]));
  return (ruleId) => byRule.get(ruleId) ?? OTHER;
}
