import type { AnyRule, SeverityName } from '../types.js';

export interface RuleSetting {
  severity: SeverityName;
  options: Record<string, unknown>;
}

/** Effective severity and options per rule id. */
export type RuleSettings = Map<string, RuleSetting>;

export type Preset = 'recommended' | 'all';

/** The settings of a built-in preset: every rule at its default severity, or only the recommended ones. */
export function ruleDefaults(registry: readonly AnyRule[], preset: Preset): RuleSettings {
  const settings: RuleSettings = new Map();
  for (const rule of registry) {
    if (preset === 'all' || rule.meta.recommended) settings.set(rule.meta.id, { severity: rule.meta.severity, options: {} });
  }
  return settings;
}
