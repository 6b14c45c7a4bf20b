import type { Article } from '../article/article.js';
import type { ResolvedDate } from '../facts/resolve-dates.js';
import { formatDate, formatLong } from '../text/calendar.js';

function publicationLine(article: Article): string {
  const publication = article.publication;
  if (!publication) return 'publication date: none found (no dateline, front matter date or --date); relative dates stay unresolved';
  const where =
    publication.source === 'option'
      ? 'given by --date'
      : `from the ${publication.source === 'front-matter' ? 'front matter' : 'dateline'} on line ${article.lines.point(publication.candidate!.start).line}`;
  return `publication date: ${formatLong(publication.date)} (${where})`;
}

function resolvedText(resolved: ResolvedDate): string {
  if (resolved.date) return formatLong(resolved.date);
  if (resolved.period) {
    return resolved.period.from === resolved.period.to
      ? formatDate(resolved.period.from)
      : `${formatDate(resolved.period.from)} to ${formatDate(resolved.period.to)}`;
  }
  return '-';
}

/**
 * Every date expression of an article with the absolute date it resolved to and why: the same resolver the
 * rules read, printed for a person checking a story or a rule's finding.
 */
export function explainDates(article: Article, name: string): string {
  const rows = article.facts.resolvedDates.map((resolved) => {
    const point = article.lines.point(resolved.mention.start);
    const kind = resolved.isDateline ? 'dateline' : resolved.kind;
    return [`${point.line}:${point.column}`, resolved.mention.text, resolvedText(resolved), `${kind}: ${resolved.reason}`];
  });
  const lines = [name, `  ${publicationLine(article)}`];
  if (rows.length === 0) lines.push('  no date expressions found');
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    lines.push(`  ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
