import type { createColors } from 'picocolors';
import type { StorySummary } from './result.js';

/** Marks a value that the other articles of the story do not share; shown with and without colour. */
export const DISSENT_MARK = '≠';
const NONE = '—';

type Colors = ReturnType<typeof createColors>;
const MAX_CELL = 30;

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** The kind of fact a row holds, from the rule that compared it: "count" for story-count. */
function kindOf(ruleId: string): string {
  return ruleId.replace(/^story-/, '');
}

/**
 * The facts of one story with each article's value, one row per fact and one numbered column per article (the
 * articles are listed above, so long paths do not widen the table). A value only a minority of the articles give is
 * marked with ≠, and coloured when colour is on.
 */
export function storyTable(story: StorySummary, c: Colors): string[] {
  const lines = [c.bold(`Story of ${story.files.length} articles`)];
  story.files.forEach((file, index) => lines.push(`  [${index + 1}] ${file}`));
  if (story.facts.length === 0) {
    lines.push('  No fact is stated by two of the articles in a form that can be compared.');
    return lines;
  }
  const header = ['', 'kind', 'fact', ...story.files.map((_, index) => `[${index + 1}]`)];
  const rows = story.facts.map((fact) => {
    const dissent = new Set(fact.disagreeing);
    return {
      dissent,
      cells: [
        dissent.size ? DISSENT_MARK : '',
        kindOf(fact.ruleId),
        clip(fact.label),
        ...fact.values.map((value, index) => (value === undefined ? NONE : `${dissent.has(index) ? `${DISSENT_MARK} ` : ''}${clip(value)}`)),
      ],
    };
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row.cells[i]!.length)));
  const pad = (cell: string, i: number) => (i < header.length - 1 ? cell.padEnd(widths[i]!) : cell);
  lines.push(`  ${header.map((cell, i) => c.dim(pad(cell, i))).join('  ')}`.trimEnd());
  for (const { dissent, cells } of rows) {
    const painted = cells.map((cell, i) => {
      const padded = pad(cell, i);
      if (i === 0) return c.yellow(padded);
      if (i >= 3 && dissent.has(i - 3)) return c.yellow(padded);
      return cell === NONE ? c.dim(padded) : padded;
    });
    lines.push(`  ${painted.join('  ')}`.trimEnd());
  }
  const disagreeing = rows.filter((row) => row.dissent.size > 0).length;
  lines.push(
    disagreeing
      ? `  ${DISSENT_MARK} marks a value most of the other articles do not share (${disagreeing} of ${rows.length} facts disagree).`
      : `  The articles agree on all ${rows.length} facts they share.`,
  );
  return lines;
}
