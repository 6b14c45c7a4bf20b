import type { AnyRule } from '../types.js';

/**
 * A plain table of every rule: id, default severity, presets, scope (one article, or the articles of a story),
 * fixable, description and docs page.
 */
export function listRules(registry: readonly AnyRule[]): string {
  const rows = [...registry]
    .sort((a, b) => a.meta.category.localeCompare(b.meta.category) || a.meta.id.localeCompare(b.meta.id))
    .map(({ meta }) => [
      meta.id,
      meta.severity,
      meta.category,
      meta.recommended ? 'recommended' : 'all',
      meta.scope ?? 'article',
      meta.fixable ? 'fixable' : '',
      meta.description,
      meta.docs,
    ]);
  const header = ['rule', 'default', 'category', 'preset', 'scope', 'fix', 'description', 'docs'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
