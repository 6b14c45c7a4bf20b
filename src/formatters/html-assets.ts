import { FAMILIES } from './families.js';

/** Highlight styles per severity letter; each shows by its underline shape as well as its colour. */
const HIGHLIGHT = {
  i: 'background: var(--info-bg); text-decoration: underline dotted var(--info) 2px;',
  w: 'background: var(--warn-bg); text-decoration: underline wavy var(--warn) 1.5px;',
  e: 'background: var(--error-bg); text-decoration: underline solid var(--error) 2.5px;',
} as const;

/**
 * A highlight shows while its family is not hidden. The rules come in rising severity, so where findings
 * overlap the most severe visible one wins; a hidden family drops out and the next one shows through.
 */
function highlightRules(): string {
  const visible = (prefix: string) =>
    FAMILIES.map((family) => `body:not(.hide-${family.key}) .hl.${prefix}-${family.key}`).join(',\n');
  const severities = (Object.keys(HIGHLIGHT) as (keyof typeof HIGHLIGHT)[]).map((letter) => `${visible(letter)} { ${HIGHLIGHT[letter]} }`);
  const hidden = FAMILIES.map((family) => `.hide-${family.key} .fam-${family.key}`).join(',\n');
  return [
    `${visible('r')} { outline: 1.5px dashed var(--rel); outline-offset: 1px; background: var(--rel-bg); }`,
    ...severities,
    `${hidden} { display: none; }`,
  ].join('\n');
}

export function pageStyle(): string {
  return `
:root {
  color-scheme: light;
  --ink: #1d2433; --muted: #5b6475; --line: #dfe3ea; --paper: #ffffff; --desk: #f3f4f7;
  --error: #b42318; --error-bg: #fdd9d6; --error-ink: #912018;
  --warn: #b54708; --warn-bg: #fdf0c4; --warn-ink: #7a2e0e;
  --info: #1f5fd1; --info-bg: #e3ecfd; --info-ink: #1845a0;
  --rel: #6941c6; --rel-bg: #f2ecfd; --rel-ink: #53389e;
  --active: #ffd84d;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 9rem; }
body { margin: 0; background: var(--desk); color: var(--ink); font: 15px/1.5 var(--sans); }
a { color: #1849a9; }
a:focus-visible, input:focus-visible + span { outline: 3px solid #2e90fa; outline-offset: 2px; border-radius: 3px; }
code { font: 0.92em var(--mono); }
.top { position: sticky; top: 0; z-index: 2; background: var(--paper); border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgb(16 24 40 / 6%); }
.top-inner { max-width: 76rem; margin: 0 auto; padding: 0.8rem 1.5rem 0.7rem; display: grid; gap: 0.55rem; }
.title-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1rem; }
h1 { font-size: 1.15rem; margin: 0; letter-spacing: -0.01em; }
h1 .tool { color: var(--muted); font-weight: 500; }
.totals { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0; padding: 0; list-style: none; }
.pill { display: inline-flex; align-items: center; gap: 0.35em; padding: 0.1rem 0.6rem; border-radius: 999px; font-weight: 600; font-size: 0.85rem; border: 1px solid transparent; }
.pill.e { color: var(--error-ink); background: var(--error-bg); border-color: #fda29b; }
.pill.w { color: var(--warn-ink); background: var(--warn-bg); border-color: #fec84b; }
.pill.i { color: var(--info-ink); background: var(--info-bg); border-color: #a4bcfd; }
.pill.zero { color: var(--muted); background: var(--desk); border-color: var(--line); font-weight: 500; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; font-size: 0.85rem; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem; border: 0; margin: 0; padding: 0; }
.filters legend, .legend-title { float: left; margin-right: 0.4rem; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.72rem; padding: 0; }
.toggle { position: relative; cursor: pointer; }
.toggle input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.toggle > span { display: inline-flex; align-items: center; gap: 0.4em; padding: 0.2rem 0.65rem; border-radius: 6px; border: 1px solid #b9c0cc; background: var(--paper); }
.toggle > span::before { content: ""; display: inline-grid; place-items: center; width: 1.05em; height: 1.05em; border-radius: 3px; border: 1.5px solid #5b6475; background: var(--paper); color: #fff; font-size: 0.8em; font-weight: 700; }
.toggle input:checked + span { background: #eef2f8; border-color: #5b6475; }
.toggle input:checked + span::before { content: "✓"; background: #344054; border-color: #344054; }
.toggle input:not(:checked) + span { color: var(--muted); text-decoration: line-through; }
.toggle .count { font-variant-numeric: tabular-nums; color: var(--muted); font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.9rem; margin: 0; }
.legend .sample { font-family: var(--serif); font-size: 0.95rem; padding: 0 0.15em; }
.legend .sample.e { ${HIGHLIGHT.e} }
.legend .sample.w { ${HIGHLIGHT.w} }
.legend .sample.i { ${HIGHLIGHT.i} }
.legend .sample.rel { outline: 1.5px dashed var(--rel); outline-offset: 1px; background: var(--rel-bg); }
main { max-width: 76rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; display: grid; gap: 1.5rem; }
.toc, .file { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 1px 2px rgb(16 24 40 / 5%); }
.toc { padding: 1rem 1.25rem; }
.toc h2 { font-size: 0.95rem; margin: 0 0 0.5rem; }
.toc table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.toc th, .toc td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); }
.toc th { color: var(--muted); font-weight: 600; font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; }
.toc .tally { text-align: right; font-variant-numeric: tabular-nums; }
.story ol { margin: 0 0 0.6rem; padding-left: 2.2rem; font-size: 0.88rem; }
.story ol li::marker { content: "[" counter(list-item) "]  "; color: var(--muted); }
.story td.dissent { background: var(--warn-bg); color: var(--warn-ink); font-weight: 600; }
.story td.missing { color: var(--muted); }
.file-head { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); display: grid; gap: 0.5rem; }
.file-head h2 { margin: 0; font: 600 1.05rem var(--mono); word-break: break-all; }
.file-head .back { font-size: 0.85rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.4rem 2rem; margin: 0; font-size: 0.88rem; }
.facts div { display: flex; gap: 0.5rem; align-items: baseline; }
.facts dt { color: var(--muted); font-weight: 600; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; }
.facts dd { margin: 0; }
.facts .none { color: var(--muted); font-style: italic; }
.body { padding: 1.25rem 1.5rem 1.25rem; }
.para { display: grid; grid-template-columns: minmax(0, 42rem) minmax(15rem, 1fr); gap: 0 2.25rem; align-items: start; }
.text { font: 1.08rem/1.75 var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; margin: 0; }
.hl { color: inherit; background: none; border-radius: 2px; text-underline-offset: 0.22em; text-decoration-skip-ink: none; }
${highlightRules()}
.hl.active, .text .active { background: var(--active) !important; box-shadow: 0 0 0 2px var(--active); }
.ref::after { content: attr(data-ref); display: inline-block; margin: 0 0.15em 0 0.1em; padding: 0 0.35em; border-radius: 0.7em; font: 700 0.62rem/1.35 var(--sans); vertical-align: 0.55em; color: #fff; background: var(--muted); }
.ref.e::after { background: var(--error); }
.ref.w::after { background: var(--warn); }
.ref.i::after { background: var(--info); }
.ref.rel::after { background: var(--paper); color: var(--rel-ink); box-shadow: inset 0 0 0 1.5px var(--rel); }
.ref.pt::before { content: "‸"; font-weight: 700; color: var(--ink); }
.notes { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: 0.5rem; align-content: start; }
.note { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px; padding: 0.45rem 0.7rem; background: var(--paper); font-size: 0.86rem; }
.note.e { border-left-color: var(--error); }
.note.w { border-left-color: var(--warn); border-left-style: double; border-left-width: 5px; }
.note.i { border-left-color: var(--info); border-left-style: dotted; }
.note.cited { border-left-color: var(--rel); border-left-style: dashed; background: #fcfaff; }
.note.active { box-shadow: 0 0 0 2px var(--active); border-color: #e0b400; }
.note-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; }
.num { display: inline-block; min-width: 1.5em; text-align: center; padding: 0 0.35em; border-radius: 0.75em; font-weight: 700; font-size: 0.75rem; color: #fff; background: var(--muted); text-decoration: none; }
.num.e { background: var(--error); }
.num.w { background: var(--warn); }
.num.i { background: var(--info); }
.num.rel { background: var(--paper); color: var(--rel-ink); box-shadow: inset 0 0 0 1.5px var(--rel); }
.sev { font-weight: 700; font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; }
.sev.e { color: var(--error-ink); }
.sev.w { color: var(--warn-ink); }
.sev.i { color: var(--info-ink); }
.sev.rel { color: var(--rel-ink); }
.where { color: var(--muted); font-size: 0.78rem; margin-left: auto; font-variant-numeric: tabular-nums; }
.msg { margin: 0.2rem 0 0.15rem; line-height: 1.45; }
.rule { margin: 0; color: var(--muted); font-size: 0.8rem; }
.rule code { color: var(--ink); }
.cites { margin: 0.3rem 0 0; font-size: 0.8rem; color: var(--rel-ink); }
.clean { margin: 0.75rem 0 0; color: #067647; font-weight: 600; }
.missing { color: var(--muted); font-style: italic; }
@media (max-width: 56rem) {
  .para { grid-template-columns: minmax(0, 1fr); }
  .notes { margin: 0.6rem 0 1.25rem; }
  .top { position: static; }
}
@media print {
  .top { position: static; box-shadow: none; }
  .filters { display: none; }
  body { background: #fff; }
}
`;
}

/**
 * Filter toggles and the link between a note and its passage. It reads only the page it is in: finding
 * numbers come from data attributes the formatter wrote, never from the article text.
 */
export const PAGE_SCRIPT = `
(() => {
  const body = document.body;
  const sync = (box) => body.classList.toggle('hide-' + box.dataset.family, !box.checked);
  for (const box of document.querySelectorAll('input[data-family]')) {
    sync(box);
    box.addEventListener('change', () => {
      for (const other of document.querySelectorAll('input[data-family="' + box.dataset.family + '"]')) other.checked = box.checked;
      sync(box);
    });
  }
  let lit = [];
  const light = (elements) => {
    for (const element of lit) element.classList.remove('active');
    lit = [...elements];
    for (const element of lit) element.classList.add('active');
  };
  const passage = (section, finding, cited) =>
    section.querySelectorAll(cited === undefined ? '[data-f~="' + finding + '"]' : '[data-r~="' + finding + '.' + cited + '"]');
  const fromNote = (note) => {
    const [finding, cited] = note.dataset.f ? [note.dataset.f] : note.dataset.r.split('.');
    return passage(note.closest('section'), finding, cited);
  };
  const fromMark = (mark) => {
    const section = mark.closest('section');
    const notes = (mark.dataset.f || '').split(' ').filter(Boolean).map((n) => section.querySelector('#' + section.id + '-n' + n));
    return [mark, ...notes.filter(Boolean)];
  };
  const enter = (event) => {
    const note = event.target.closest && event.target.closest('.note');
    if (note) return light(fromNote(note));
    const mark = event.target.closest && event.target.closest('mark.hl');
    if (mark) light(fromMark(mark));
  };
  document.addEventListener('mouseover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('mouseout', (event) => { if (!event.relatedTarget || !event.relatedTarget.closest || !event.relatedTarget.closest('.note, mark.hl')) light([]); });
  const follow = () => {
    const match = /^#(a\\d+)-f(\\d+)(?:-r(\\d+))?$/.exec(location.hash);
    const section = match && document.getElementById(match[1]);
    if (section) light(passage(section, match[2], match[3]));
  };
  window.addEventListener('hashchange', follow);
  follow();
})();
`;
