import type { Diagnostic, Fix } from '../types.js';

export interface FixOutcome {
  output: string;
  /** Fixes that were applied, in order. */
  applied: Fix[];
}

/** Applies non-overlapping fixes in source order; a fix that overlaps one already taken waits for the next pass. */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixOutcome {
  const fixes = diagnostics
    .map((diagnostic) => diagnostic.fix)
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let output = '';
  let cursor = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied };
}
