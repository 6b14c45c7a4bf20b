import { createHash } from 'node:crypto';
import { html, htmlPages, escapeHtml } from '../../src/formatters/html.js';
import { paragraphStarts, segment } from '../../src/formatters/html-segments.js';
import { loadFormatter } from '../../src/formatters/index.js';
import { fileResult, highlighted, marksOf, RULES } from '../helpers/html-report.js';

/** The offsets of the first `needle` in `text` at or after `from`. */
function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in the text`);
  return { start, end: start + needle.length };
}

const context = { color: false, rules: RULES };

describe('segment', () => {
  it('cuts crossing spans into runs that list every span covering them', () => {
    const spans = [
      { id: 0, start: 1, end: 5 },
      { id: 1, start: 3, end: 7 },
    ];
    expect(segment(8, spans)).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 3, ids: [0] },
      { start: 3, end: 5, ids: [0, 1] },
      { start: 5, end: 7, ids: [1] },
      { start: 7, end: 8, ids: [] },
    ]);
  });

  it('keeps a nested span inside its outer one and identical spans together', () => {
    const spans = [
      { id: 0, start: 0, end: 10 },
      { id: 1, start: 2, end: 4 },
      { id: 2, start: 2, end: 4 },
    ];
    expect(segment(10, spans)).toEqual([
      { start: 0, end: 2, ids: [0] },
      { start: 2, end: 4, ids: [0, 1, 2] },
      { start: 4, end: 10, ids: [0] },
    ]);
  });

  it('cuts at extra offsets and at empty spans, which cover nothing, and clamps spans to the text', () => {
    const spans = [
      { id: 0, start: 3, end: 3 },
      { id: 1, start: 4, end: 99 },
    ];
    expect(segment(6, spans, [2])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 3, ids: [] },
      { start: 3, end: 4, ids: [] },
      { start: 4, end: 6, ids: [1] },
    ]);
    expect(segment(0, spans)).toEqual([]);
  });
});

describe('paragraphStarts', () => {
  it('starts a paragraph after each run of blank lines, whatever the line breaks', () => {
    expect(paragraphStarts('One\ntwo\n\nThree\r\n \t\r\n\r\nFour\r\rFive')).toEqual([0, 9, 22, 28]);
  });

  it('does not start an empty paragraph after trailing blank lines', () => {
    expect(paragraphStarts('Only\n\n')).toEqual([0]);
    expect(paragraphStarts('One line\r\nand the next\rand one more')).toEqual([0]);
  });
});

describe('html formatter', () => {
  it('is loaded on demand under the name "html"', async () => {
    expect(await loadFormatter('html')).toBe(html);
    expect(await loadFormatter('htm')).toBeUndefined();
  });

  it('highlights each finding at its exact text with its severity and family', () => {
    const source = 'Headline\n\nThe vote was on Sunday, January 20, 2024.\nShare this article\n';
    const result = fileResult('a.txt', source, [
      { ...at(source, 'Sunday'), ruleId: 'date-weekday-mismatch', message: 'January 20, 2024 was a Saturday, not a Sunday.' },
      { ...at(source, 'Share this article'), ruleId: 'scrape-debris' },
    ]);
    const page = html([result], context);
    expect(highlighted(page, '1')).toBe('Sunday');
    expect(highlighted(page, '2')).toBe('Share this article');
    const [sunday, share] = marksOf(page);
    expect(sunday!.classes).toEqual(['hl', 'e-dates']);
    expect(share!.classes).toEqual(['hl', 'w-debris']);
    expect(page).toContain('<p class="msg">January 20, 2024 was a Saturday, not a Sunday.</p>');
    expect(page).toContain('<code title="Checks date-weekday-mismatch.">date-weekday-mismatch</code> · Dates');
    expect(page).toMatch(/<span class="sev e"><span aria-hidden="true">✖<\/span> Error<\/span>/);
    expect(page).toMatch(/<span class="sev w"><span aria-hidden="true">▲<\/span> Warning<\/span>/);
  });

  it('puts each note beside the paragraph its finding starts in', () => {
    const source = 'First paragraph here.\n\nSecond one, with a problem.\n\nThird.';
    const result = fileResult('a.txt', source, [{ ...at(source, 'problem'), ruleId: 'scrape-debris' }]);
    const paragraphs = html([result], context).split('<div class="para">').slice(1);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.map((paragraph) => paragraph.includes('<li class="note'))).toEqual([false, true, false]);
    expect(paragraphs[1]).toContain('line 3, col 20');
  });

  it('renders overlapping and crossing findings as runs that keep both highlights', () => {
    const source = 'ABCDEFGH';
    const result = fileResult('a.txt', source, [
      { start: 1, end: 5, ruleId: 'date-weekday-mismatch' },
      { start: 3, end: 7, ruleId: 'anonymous-source' },
      { start: 3, end: 4, ruleId: 'stale-title' },
    ]);
    const page = html([result], context);
    expect(highlighted(page, '1')).toBe('BCDE');
    expect(highlighted(page, '2')).toBe('DEFG');
    expect(highlighted(page, '3')).toBe('D');
    expect(marksOf(page).map((mark) => [mark.text, mark.classes.slice(1).join(' ')])).toEqual([
      ['BC', 'e-dates'],
      ['D', 'e-dates i-sourcing w-stale'],
      ['E', 'e-dates i-sourcing'],
      ['FG', 'i-sourcing'],
    ]);
    expect(page).toContain('<div class="text">A<span class="anchor" id="a0-f1"></span><mark');
  });

  it('links a finding and the place it cites both ways', () => {
    const source = 'Police said 12 people were hurt.\n\nLater the same police said 15 people were hurt.';
    const result = fileResult('a.txt', source, [
      {
        ...at(source, '15'),
        ruleId: 'count-conflict',
        message: 'The article gives 15 injured here but 12 earlier.',
        related: [{ ...at(source, '12'), message: 'The earlier count: 12.' }],
      },
    ]);
    const page = html([result], context);
    expect(highlighted(page, '1')).toBe('15');
    expect(highlighted(page, '1.0')).toBe('12');
    expect(marksOf(page)[0]!.classes).toEqual(['hl', 'r-consistency']);
    expect(page).toContain('<span class="anchor" id="a0-f1-r0"></span>');
    expect(page).toContain('See <a href="#a0-f1-r0">line 1, col 13</a>: The earlier count: 12.');
    expect(page).toContain('Cited by <a href="#a0-f1">finding 1</a>');
    const [first, second] = page.split('<div class="para">').slice(1);
    expect(first).toContain('<li class="note cited fam-consistency" data-r="1.0">');
    expect(second).toContain('<li class="note w fam-consistency" id="a0-n1" data-f="1">');
  });

  it('names a cited place in another file without a link', () => {
    const source = 'The toll rose to 40.';
    const result = fileResult('b.txt', source, [
      { ...at(source, '40'), ruleId: 'count-conflict', related: [{ start: 0, end: 3, message: 'Other story: 30.', filePath: 'a.txt' }] },
    ]);
    const page = html([result], context);
    expect(page).toContain('See a.txt, line 1, col 1: Other story: 30.');
    expect(page).not.toContain('id="a0-f1-r0"');
  });

  it('shows every character of the article as written, markup as text', () => {
    const source = 'Tabs\there,  two  spaces & <b>bold</b> "quoted" \'single\'\r\nnext line';
    const page = html([fileResult('a.txt', source, [])], context);
    expect(page).toContain(`<div class="text">${escapeHtml(source)}</div>`);
    expect(page).toContain('Tabs\there,  two  spaces &amp; &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; &#39;single&#39;\r\nnext line');
  });

  it('never lets an article, a message or a file name add markup or script', () => {
    const source = 'Intro <script>alert("x")</script>\n\n<img src=x onerror="alert(1)"> "><script>alert(2)</script>';
    const result = fileResult('<evil>.txt', source, [
      { ...at(source, '<script>'), ruleId: 'scrape-debris', message: 'Debris: "<script>" </li></ol><script>alert(3)</script>' },
      { ...at(source, '<img src=x onerror="alert(1)">'), ruleId: 'date-weekday-mismatch' },
    ]);
    const page = html([result], context);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<evil>|onerror="/);
    expect(highlighted(page, '1')).toBe('<script>');
    expect(highlighted(page, '2')).toBe('<img src=x onerror="alert(1)">');
    expect(page).toContain('&lt;/li&gt;&lt;/ol&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(page).toContain('<h2 id="a0-title">&lt;evil&gt;.txt</h2>');
  });

  it('allows only its own script, by hash, and loads nothing from outside', () => {
    const page = html([fileResult('a.txt', 'Text.', [{ start: 0, end: 4, ruleId: 'scrape-debris' }])], context);
    const script = /<script>([\s\S]*)<\/script>/.exec(page)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}';`);
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)|url\(|@import|https?:\/\//);
  });

  it('marks a finding with no width by a badge at its place', () => {
    const source = 'Word\n\nEnd';
    const page = html([fileResult('a.txt', source, [{ start: 4, end: 4, ruleId: 'anonymous-source' }, { start: 9, end: 9, ruleId: 'stale-title' }])], context);
    expect(marksOf(page)).toEqual([]);
    expect(page).toContain('Word<span class="anchor" id="a0-f1"></span><span class="ref i fam-sourcing pt" data-ref="1" aria-hidden="true"></span>\n\n</div>');
    expect(page).toContain('End<span class="anchor" id="a0-f2"></span><span class="ref w fam-stale pt" data-ref="2" aria-hidden="true"></span></div>');
  });

  it('sums severities and families in the header, with debris and AI as one family', () => {
    const source = 'abcdefghij';
    const result = fileResult('a.txt', source, [
      { start: 0, end: 1, ruleId: 'scrape-debris' },
      { start: 1, end: 2, ruleId: 'ai-disclosure' },
      { start: 2, end: 3, ruleId: 'date-weekday-mismatch' },
    ], '2024-01-21');
    const page = html([result], context);
    expect(page).toContain('<li class="pill e"><span aria-hidden="true">✖</span> 1 error</li>');
    expect(page).toContain('<li class="pill w"><span aria-hidden="true">▲</span> 1 warning</li>');
    expect(page).toContain('<li class="pill i"><span aria-hidden="true">●</span> 1 info</li>');
    expect(page).toContain('<input type="checkbox" data-family="debris" checked><span>Debris and AI <span class="count">2</span></span>');
    expect(page).toContain('<input type="checkbox" data-family="dates" checked><span>Dates <span class="count">1</span></span>');
    expect(page).toContain('<input type="checkbox" data-family="stale" checked><span>Stale <span class="count">0</span></span>');
    expect(page).not.toContain('data-family="other"');
    expect(page).toContain('<dt>Publication date</dt><dd><time datetime="2024-01-21">Sunday, January 21, 2024</time></dd>');
    expect(page).toContain('<dt>By family</dt><dd>Dates 1 · Debris and AI 2</dd>');
  });

  it('files findings of unknown rules under "Other" and says when no date was found', () => {
    const result = fileResult('a.txt', 'Text', [{ start: 0, end: 0, ruleId: 'internal-error', severity: 'error' }]);
    const page = html([result], context);
    expect(page).toContain('<input type="checkbox" data-family="other" checked><span>Other <span class="count">1</span></span>');
    expect(page).toContain('<dt>Publication date</dt><dd><span class="none">none found</span></dd>');
  });

  it('says so when a file is clean or its text is missing', () => {
    const page = html([fileResult('clean.txt', 'All good.', []), { filePath: 'gone.txt', diagnostics: [] }], context);
    expect(page).toContain('<p class="clean">No problems found.</p>');
    expect(page).toContain('<p class="missing">The text of this file is not available.</p>');
  });

  it('makes one page with a table of contents for several files', () => {
    const page = html([fileResult('one.txt', 'One.', [{ start: 0, end: 3, ruleId: 'date-weekday-mismatch' }], '2024-03-01'), fileResult('two.txt', 'Two.', [])], context);
    expect(page).toContain('<td><a href="#a0">one.txt</a></td><td>2024-03-01</td><td class="tally">1</td><td class="tally">0</td><td class="tally">0</td>');
    expect(page).toContain('<td><a href="#a1">two.txt</a></td>');
    expect(page).toContain('<section class="file" id="a0"');
    expect(page).toContain('<section class="file" id="a1"');
    expect(page).toContain('<title>newslint: 2 files</title>');
    expect(html([fileResult('one.txt', 'One.', [])], context)).not.toContain('class="toc"');
  });
});

describe('htmlPages', () => {
  it('writes a page per file under a safe, unique name and an index that links them', () => {
    const results = [
      fileResult('news/a b.txt', 'A.', []),
      fileResult('news_a b.txt', 'B.', []),
      fileResult('../up/c.md', 'C.', [{ start: 0, end: 1, ruleId: 'scrape-debris' }]),
      fileResult('index', 'D.', []),
    ];
    const pages = htmlPages(results, context);
    expect(pages.map((page) => page.name)).toEqual(['index.html', 'news_a_b.txt.html', 'news_a_b.txt-2.html', 'up_up_c.md.html', 'index-2.html']);
    const index = pages[0]!.content;
    expect(index).toContain('<td><a href="news_a_b.txt.html">news/a b.txt</a></td>');
    expect(index).toContain('<td><a href="up_up_c.md.html">../up/c.md</a></td>');
    expect(index).not.toContain('<section');
    const page = pages[3]!.content;
    expect(page).toContain('<a class="back" href="index.html">← All files</a>');
    expect(highlighted(page, '1')).toBe('C');
  });
});
