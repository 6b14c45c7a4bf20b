import { createHash } from 'node:crypto';
import type { Diagnostic, RuleMeta, Severity } from '../types.js';
import { countOf, plural, type FileResult, type FormatContext, type Formatter, type StorySummary } from './result.js';
import { DISSENT_MARK } from './story-table.js';
import { FAMILIES, familyFinder, type Family } from './families.js';
import { paragraphStarts, segment, type Span } from './html-segments.js';
import { PAGE_SCRIPT, pageStyle } from './html-assets.js';
import { LineIndex } from '../text/line-index.js';
import { formatLong } from '../text/calendar.js';
import { version } from '../version.js';

interface SeverityLook {
  letter: 'e' | 'w' | 'i';
  label: string;
  icon: string;
}

/** Each severity has its own letter (CSS class), label and icon, so none is told apart by colour alone. */
const SEVERITY: Record<Severity, SeverityLook> = {
  error: { letter: 'e', label: 'Error', icon: '✖' },
  warn: { letter: 'w', label: 'Warning', icon: '▲' },
  info: { letter: 'i', label: 'Info', icon: '●' },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** One diagnostic placed in the text: `n` numbers it within its file, in reading order. */
interface Finding {
  n: number;
  diagnostic: Diagnostic;
  family: Family;
  start: number;
  end: number;
  cited: Cited[];
}

/** A place a finding refers to (`related`); `start` is undefined when it is not in this file's text. */
interface Cited {
  finding: Finding;
  k: number;
  message: string;
  where: string;
  start?: number;
  end?: number;
  /** Where the report shows another file that is cited (story mode). */
  href?: string;
}

type Placed = Finding | (Cited & { start: number; end: number });

function isFinding(item: Placed): item is Finding {
  return 'diagnostic' in item;
}

/** Where a report shows each of its files: a section of the page, or a page of its own. */
type FileLinks = ReadonlyMap<string, string>;

function findingsOf(result: FileResult, familyOf: (ruleId: string) => Family, links: FileLinks): Finding[] {
  const source = result.source ?? '';
  const lines = new LineIndex(source);
  const clamp = (offset: number) => Math.max(0, Math.min(offset, source.length));
  return result.diagnostics.map((diagnostic, index) => {
    const start = clamp(diagnostic.start);
    const finding: Finding = {
      n: index + 1,
      diagnostic,
      family: familyOf(diagnostic.ruleId),
      start,
      end: Math.max(start, clamp(diagnostic.end)),
      cited: [],
    };
    finding.cited = (diagnostic.related ?? []).map((related, k) => {
      const elsewhere = related.filePath !== undefined && related.filePath !== result.filePath;
      const where = `${elsewhere ? `${related.filePath}, ` : ''}line ${related.line}, col ${related.column}`;
      if (elsewhere) return { finding, k, message: related.message, where, href: links.get(related.filePath!) };
      if (result.source === undefined) return { finding, k, message: related.message, where };
      const from = lines.offset({ line: related.line, column: related.column });
      const to = Math.max(from, lines.offset({ line: related.endLine, column: related.endColumn }));
      return { finding, k, message: related.message, where, start: from, end: to };
    });
    return finding;
  });
}

function anchorId(section: string, item: Placed): string {
  return isFinding(item) ? `${section}-f${item.n}` : `${section}-f${item.finding.n}-r${item.k}`;
}

/** The empty element that marks where a finding or cited place starts: the target of links to it. */
function anchor(section: string, item: Placed): string {
  return `<span class="anchor" id="${anchorId(section, item)}"></span>`;
}

/** The numbered badge after a passage (drawn by CSS, so it is not part of the article's text). */
function badge(item: Placed): string {
  const point = item.start === item.end ? ' pt' : '';
  if (isFinding(item)) {
    return `<span class="ref ${SEVERITY[item.diagnostic.severity].letter} fam-${item.family.key}${point}" data-ref="${item.n}" aria-hidden="true"></span>`;
  }
  return `<span class="ref rel fam-${item.finding.family.key}${point}" data-ref="↔${item.finding.n}" aria-hidden="true"></span>`;
}

function tooltip(item: Placed): string {
  if (isFinding(item)) {
    const d = item.diagnostic;
    return `${item.n}. ${SEVERITY[d.severity].label} (${d.ruleId}): ${d.message}`;
  }
  return `Cited by ${item.finding.n} (${item.finding.diagnostic.ruleId}): ${item.message}`;
}

function mark(text: string, covering: Placed[]): string {
  const classes = new Set(['hl']);
  const findings: number[] = [];
  const cited: string[] = [];
  for (const item of covering) {
    if (isFinding(item)) {
      classes.add(`${SEVERITY[item.diagnostic.severity].letter}-${item.family.key}`);
      findings.push(item.n);
    } else {
      classes.add(`r-${item.finding.family.key}`);
      cited.push(`${item.finding.n}.${item.k}`);
    }
  }
  const data = `${findings.length ? ` data-f="${findings.join(' ')}"` : ''}${cited.length ? ` data-r="${cited.join(' ')}"` : ''}`;
  const title = escapeHtml(covering.map(tooltip).join('\n'));
  return `<mark class="${[...classes].join(' ')}"${data} title="${title}">${text}</mark>`;
}

function findingNote(section: string, finding: Finding, rule: RuleMeta | undefined): string {
  const d = finding.diagnostic;
  const look = SEVERITY[d.severity];
  const cites = finding.cited
    .map((cited) => {
      const href = cited.start === undefined ? cited.href : `#${section}-f${finding.n}-r${cited.k}`;
      const place = href === undefined ? escapeHtml(cited.where) : `<a href="${escapeHtml(href)}">${escapeHtml(cited.where)}</a>`;
      return `<p class="cites"><span aria-hidden="true">↔</span> See ${place}: ${escapeHtml(cited.message)}</p>`;
    })
    .join('');
  const description = rule ? ` title="${escapeHtml(rule.description)}"` : '';
  return (
    `<li class="note ${look.letter} fam-${finding.family.key}" id="${section}-n${finding.n}" data-f="${finding.n}">` +
    `<div class="note-head"><a class="num ${look.letter}" href="#${section}-f${finding.n}" aria-label="Finding ${finding.n}: show the passage">${finding.n}</a>` +
    `<span class="sev ${look.letter}"><span aria-hidden="true">${look.icon}</span> ${look.label}</span>` +
    `<span class="where">line ${d.line}, col ${d.column}</span></div>` +
    `<p class="msg">${escapeHtml(d.message)}</p>` +
    `<p class="rule"><code${description}>${escapeHtml(d.ruleId)}</code> · ${finding.family.label}</p>${cites}</li>`
  );
}

function citedNote(section: string, cited: Cited): string {
  const finding = cited.finding;
  return (
    `<li class="note cited fam-${finding.family.key}" data-r="${finding.n}.${cited.k}">` +
    `<div class="note-head"><a class="num rel" href="#${section}-f${finding.n}-r${cited.k}" aria-label="Cited passage: show it">↔${finding.n}</a>` +
    `<span class="sev rel">Cited passage</span><span class="where">${escapeHtml(cited.where)}</span></div>` +
    `<p class="msg">${escapeHtml(cited.message)}</p>` +
    `<p class="rule">Cited by <a href="#${section}-f${finding.n}">finding ${finding.n}</a> (<code>${escapeHtml(finding.diagnostic.ruleId)}</code>)</p></li>`
  );
}

function note(section: string, item: Placed, rules: Map<string, RuleMeta>): string {
  return isFinding(item) ? findingNote(section, item, rules.get(item.diagnostic.ruleId)) : citedNote(section, item);
}

function notesList(section: string, items: Placed[], rules: Map<string, RuleMeta>): string {
  const label = items.length === 1 ? 'Finding' : 'Findings';
  return `<ol class="notes" aria-label="${label}">${items.map((item) => note(section, item, rules)).join('')}</ol>`;
}

function pushAt(map: Map<number, string[]>, offset: number, html: string): void {
  const list = map.get(offset);
  if (list) list.push(html);
  else map.set(offset, [html]);
}

/** The article as written, cut into paragraphs, each with its findings' notes beside it. */
function renderText(section: string, source: string, findings: Finding[], rules: Map<string, RuleMeta>): string {
  const placed: Placed[] = [...findings];
  for (const finding of findings) {
    for (const cited of finding.cited) if (cited.start !== undefined) placed.push(cited as Placed);
  }
  const spans: Span[] = placed.map((item, id) => ({ id, start: item.start, end: item.end }));
  const starts = paragraphStarts(source);
  const segments = segment(source.length, spans, starts);

  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  const notesBy: Placed[][] = starts.map(() => []);
  let paragraph = 0;
  const byStart = [...placed].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const item of byStart) {
    while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= item.start) paragraph++;
    notesBy[paragraph]!.push(item);
    pushAt(opens, item.start, anchor(section, item));
    if (item.start === item.end) pushAt(opens, item.start, badge(item));
    else pushAt(closes, item.end, badge(item));
  }

  const html: string[] = [];
  let next = 0;
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? source.length;
    const text: string[] = [];
    for (; next < segments.length && segments[next]!.start < end; next++) {
      const piece = segments[next]!;
      if (piece.start !== start) text.push(...(closes.get(piece.start) ?? []));
      text.push(...(opens.get(piece.start) ?? []));
      const escaped = escapeHtml(source.slice(piece.start, piece.end));
      text.push(piece.ids.length ? mark(escaped, piece.ids.map((id) => placed[id]!)) : escaped);
    }
    text.push(...(closes.get(end) ?? []));
    if (end === source.length) text.push(...(opens.get(end) ?? []));
    const notes = notesBy[index]!;
    html.push(
      `<div class="para"><div class="text">${text.join('')}</div>${notes.length ? notesList(section, notes, rules) : '<div></div>'}</div>`,
    );
  });
  return html.join('\n');
}

function severityPills(counts: { error: number; warn: number; info: number }): string {
  const pill = (severity: Severity, word: string) => {
    const count = counts[severity];
    const look = SEVERITY[severity];
    const text = severity === 'info' ? `${count} info` : plural(count, word);
    return `<li class="pill ${look.letter}${count ? '' : ' zero'}"><span aria-hidden="true">${look.icon}</span> ${text}</li>`;
  };
  return `<ul class="totals" aria-label="Findings by severity">${pill('error', 'error')}${pill('warn', 'warning')}${pill('info', 'info')}</ul>`;
}

function familyCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.family.key, (counts.get(finding.family.key) ?? 0) + 1);
  return counts;
}

/** The families a page shows: the five an editor knows, and "Other" only when something landed there. */
function shownFamilies(counts: Map<string, number>): Family[] {
  return FAMILIES.filter((family) => family.key !== 'other' || counts.has('other'));
}

function fileSection(result: FileResult, section: string, findings: Finding[], rules: Map<string, RuleMeta>, back?: string): string {
  const counts = countOf(result.diagnostics);
  const families = familyCounts(findings);
  const byFamily = shownFamilies(families)
    .filter((family) => families.has(family.key))
    .map((family) => `${family.label} ${families.get(family.key)}`)
    .join(' · ');
  const date = result.publicationDate
    ? `<time datetime="${escapeHtml(result.publicationDate)}">${escapeHtml(formatLong(result.publicationDate))}</time>`
    : '<span class="none">none found</span>';
  const head =
    `<header class="file-head">${back ? `<a class="back" href="${escapeHtml(back)}">← All files</a>` : ''}` +
    `<h2 id="${section}-title">${escapeHtml(result.filePath)}</h2>` +
    `<dl class="facts"><div><dt>Publication date</dt><dd>${date}</dd></div>` +
    `<div><dt>Findings</dt><dd>${plural(counts.error, 'error')} · ${plural(counts.warn, 'warning')} · ${counts.info} info</dd></div>` +
    (byFamily ? `<div><dt>By family</dt><dd>${byFamily}</dd></div>` : '') +
    `</dl>${findings.length ? '' : '<p class="clean">No problems found.</p>'}</header>`;
  const body =
    result.source === undefined
      ? `<p class="missing">The text of this file is not available.</p>${findings.length ? notesList(section, findings, rules) : ''}`
      : renderText(section, result.source, findings, rules);
  return `<section class="file" id="${section}" aria-labelledby="${section}-title">${head}<div class="body">${body}</div></section>`;
}

interface TocEntry {
  result: FileResult;
  href: string;
}

function tableOfContents(entries: readonly TocEntry[]): string {
  const rows = entries
    .map(({ result, href }) => {
      const counts = countOf(result.diagnostics);
      return (
        `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(result.filePath)}</a></td>` +
        `<td>${result.publicationDate ? escapeHtml(result.publicationDate) : '<span class="missing">none</span>'}</td>` +
        `<td class="tally">${counts.error}</td><td class="tally">${counts.warn}</td><td class="tally">${counts.info}</td></tr>`
      );
    })
    .join('');
  return (
    `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Files</h2><table>` +
    `<thead><tr><th>File</th><th>Publication date</th><th class="tally">Errors</th><th class="tally">Warnings</th><th class="tally">Info</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></nav>`
  );
}

function filters(findings: readonly Finding[]): string {
  const counts = familyCounts(findings);
  const toggles = shownFamilies(counts)
    .map(
      (family) =>
        `<label class="toggle"><input type="checkbox" data-family="${family.key}" checked>` +
        `<span>${family.label} <span class="count">${counts.get(family.key) ?? 0}</span></span></label>`,
    )
    .join('');
  return `<fieldset class="filters"><legend>Show</legend>${toggles}</fieldset>`;
}

const LEGEND =
  '<p class="legend" aria-label="Legend"><span class="legend-title">Legend</span>' +
  '<span class="sample e">✖ error</span><span class="sample w">▲ warning</span><span class="sample i">● info</span>' +
  '<span class="sample rel">↔ cited passage</span></p>';

function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

interface PageParts {
  title: string;
  heading: string;
  findings: readonly Finding[];
  counts: { error: number; warn: number; info: number };
  controls: boolean;
  content: string;
}

/**
 * A whole page. The Content-Security-Policy allows only this page's own script (by hash) and inline styles,
 * so nothing is fetched and no script that slipped into the text could run.
 */
function page(parts: PageParts): string {
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash(PAGE_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="newslint ${escapeHtml(version())}">
<title>${escapeHtml(parts.title)}</title>
<style>${pageStyle()}</style>
</head>
<body>
<header class="top"><div class="top-inner">
<div class="title-row"><h1>${parts.heading}</h1>${severityPills(parts.counts)}</div>
${parts.controls ? `<div class="controls">${filters(parts.findings)}${LEGEND}</div>` : ''}
</div></header>
<main>
${parts.content}
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function totalsOf(results: readonly FileResult[]) {
  return countOf(results.flatMap((result) => result.diagnostics));
}

function prepare(results: readonly FileResult[], context: FormatContext, links: FileLinks) {
  const familyOf = familyFinder(context.rules);
  return {
    rules: new Map(context.rules.map((rule) => [rule.id, rule])),
    findings: results.map((result) => findingsOf(result, familyOf, links)),
  };
}

function heading(results: readonly FileResult[]): string {
  const scope = results.length === 1 ? escapeHtml(results[0]!.filePath) : plural(results.length, 'file');
  return `<span class="tool">newslint report ·</span> ${scope}`;
}

/** Each story's facts with the value every article gives, a value few articles share marked (≠) and highlighted. */
function storyTables(stories: readonly StorySummary[], links: FileLinks): string {
  return stories
    .map((story, n) => {
      const title = `story-${n}-title`;
      const files = story.files
        .map((file, index) => {
          const href = links.get(file);
          const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(file)}</a>` : escapeHtml(file);
          return `<li value="${index + 1}">${name}</li>`;
        })
        .join('');
      const head = `<tr><th>Kind</th><th>Fact</th>${story.files.map((_, index) => `<th>[${index + 1}]</th>`).join('')}</tr>`;
      const rows = story.facts
        .map((fact) => {
          const dissent = new Set(fact.disagreeing);
          const cells = fact.values
            .map((value, index) => {
              if (value === undefined) return '<td class="missing">—</td>';
              return dissent.has(index) ? `<td class="dissent"><span aria-label="disagrees">${DISSENT_MARK}</span> ${escapeHtml(value)}</td>` : `<td>${escapeHtml(value)}</td>`;
            })
            .join('');
          return `<tr><td>${escapeHtml(fact.ruleId.replace(/^story-/, ''))}</td><td>${escapeHtml(fact.label)}</td>${cells}</tr>`;
        })
        .join('');
      const body = story.facts.length
        ? `<table><thead>${head}</thead><tbody>${rows}</tbody></table>`
        : '<p class="missing">No fact is stated by two of the articles in a form that can be compared.</p>';
      return `<section class="toc story" aria-labelledby="${title}"><h2 id="${title}">Story of ${story.files.length} articles</h2><ol>${files}</ol>${body}</section>`;
    })
    .join('\n');
}

/** One self-contained page: the articles with their findings highlighted, a table of contents for several files. */
export const html: Formatter = (results, context) => {
  const links: FileLinks = new Map(results.map((result, index) => [result.filePath, `#a${index}`]));
  const { rules, findings } = prepare(results, context, links);
  const sections = results.map((result, index) => fileSection(result, `a${index}`, findings[index]!, rules));
  const toc = results.length > 1 ? tableOfContents(results.map((result, index) => ({ result, href: `#a${index}` }))) : '';
  const stories = storyTables(context.stories ?? [], links);
  return page({
    title: results.length === 1 ? `newslint: ${results[0]!.filePath}` : `newslint: ${plural(results.length, 'file')}`,
    heading: heading(results),
    findings: findings.flat(),
    counts: totalsOf(results),
    controls: true,
    content: `${toc}${stories}${sections.join('\n')}`,
  });
};

export interface HtmlPage {
  /** File name inside the output directory. */
  name: string;
  content: string;
}

const INDEX = 'index.html';

/** A file name for a report page: the path flattened to safe characters, unique within the set. */
function pageName(filePath: string, taken: Set<string>): string {
  const flat =
    filePath
      .replace(/^[a-zA-Z]:/, '')
      .split(/[\\/]+/)
      .filter((part) => part && part !== '.')
      .map((part) => (part === '..' ? 'up' : part.replace(/[^\w.-]+/g, '_')))
      .join('_')
      .replace(/^[._]+/, '') || 'article';
  let name = `${flat}.html`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${flat}-${n}.html`;
  taken.add(name.toLowerCase());
  return name;
}

/** One page per file and an index page that links them, for `--output-dir`. */
export function htmlPages(results: readonly FileResult[], context: FormatContext): HtmlPage[] {
  const taken = new Set([INDEX]);
  const names = results.map((result) => pageName(result.filePath, taken));
  const links: FileLinks = new Map(results.map((result, index) => [result.filePath, names[index]!]));
  const { rules, findings } = prepare(results, context, links);
  const pages = results.map((result, index) => {
    const name = names[index]!;
    const content = page({
      title: `newslint: ${result.filePath}`,
      heading: heading([result]),
      findings: findings[index]!,
      counts: countOf(result.diagnostics),
      controls: true,
      content: fileSection(result, 'a0', findings[index]!, rules, INDEX),
    });
    return { name, content };
  });
  const index = page({
    title: `newslint: ${plural(results.length, 'file')}`,
    heading: heading(results),
    findings: findings.flat(),
    counts: totalsOf(results),
    controls: false,
    content: tableOfContents(results.map((result, i) => ({ result, href: pages[i]!.name }))) + storyTables(context.stories ?? [], links),
  });
  return [{ name: INDEX, content: index }, ...pages];
}
