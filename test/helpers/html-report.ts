import type { FileResult } from '../../src/formatters/result.js';
import type { RuleMeta, Severity } from '../../src/types.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { Diagnostic } from '../../src/types.js';

/** Rules as the HTML formatter sees them: one per family, and two that share "Debris and AI". */
export const RULES: RuleMeta[] = [
  meta('date-weekday-mismatch', 'dates', 'error'),
  meta('count-conflict', 'consistency', 'warn'),
  meta('anonymous-source', 'sourcing', 'info'),
  meta('stale-title', 'stale', 'warn'),
  meta('scrape-debris', 'debris', 'warn'),
  meta('ai-disclosure', 'ai', 'info'),
];

function meta(id: string, category: RuleMeta['category'], severity: Severity): RuleMeta {
  return { id, category, severity, description: `Checks ${id}.`, recommended: true, fixable: false, docs: `docs/rules/${id}.md` };
}

export interface Mark {
  start: number;
  end: number;
  ruleId: string;
  severity?: Severity;
  message?: string;
  related?: { start: number; end: number; message: string; filePath?: string }[];
}

/** A FileResult whose diagnostics point at [start, end) of `source`, with lines and columns to match. */
export function fileResult(filePath: string, source: string, marks: Mark[], publicationDate?: string): FileResult {
  const lines = new LineIndex(source);
  const diagnostics = marks.map((mark): Diagnostic => {
    const from = lines.point(mark.start);
    const to = lines.point(mark.end);
    const rule = RULES.find((candidate) => candidate.id === mark.ruleId);
    return {
      ruleId: mark.ruleId,
      severity: mark.severity ?? rule?.severity ?? 'warn',
      message: mark.message ?? `${mark.ruleId} at ${mark.start}`,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: mark.start,
      end: mark.end,
      ...(mark.related
        ? {
            related: mark.related.map((related) => {
              const a = lines.point(related.start);
              const b = lines.point(related.end);
              return { message: related.message, filePath: related.filePath, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
            }),
          }
        : {}),
    };
  });
  return { filePath, diagnostics, source, ...(publicationDate ? { publicationDate } : {}) };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

export interface RenderedMark {
  classes: string[];
  findings: string[];
  cited: string[];
  text: string;
}

/** The highlight elements of a report, in order (they never nest: overlapping spans are cut into runs). */
export function marksOf(html: string): RenderedMark[] {
  return [...html.matchAll(/<mark class="([^"]*)"(?: data-f="([^"]*)")?(?: data-r="([^"]*)")? title="[^"]*">([^<]*)<\/mark>/g)].map((match) => ({
    classes: match[1]!.split(' '),
    findings: match[2] ? match[2].split(' ') : [],
    cited: match[3] ? match[3].split(' ') : [],
    text: unescapeHtml(match[4]!),
  }));
}

/** The text highlighted for finding `n` (or cited place "n.k"), its runs joined. */
export function highlighted(html: string, id: string): string {
  return marksOf(html)
    .filter((mark) => (id.includes('.') ? mark.cited : mark.findings).includes(id))
    .map((mark) => mark.text)
    .join('');
}
