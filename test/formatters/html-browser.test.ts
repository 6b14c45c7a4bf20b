import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { html } from '../../src/formatters/html.js';
import { LineIndex } from '../../src/text/line-index.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { fileResult, RULES } from '../helpers/html-report.js';

const OUTPUT = path.join(ROOT, 'test/output');
const EXAMPLE = path.join(ROOT, 'examples/council-budget-vote.txt');
const REPORT = 'council-budget-vote.html';
const CHROMIUM = '/usr/bin/chromium';
const SLOW = 30_000;

// .ci/run installs Debian's chromium, so CI always runs these; a machine without it skips them.
const suite = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The text of each finding of `file`, found from the JSON report's lines and columns. */
function expectedPassages(file: string): { ruleId: string; text: string }[] {
  const source = readFileSync(file, 'utf8');
  const lines = new LineIndex(source);
  const [report] = JSON.parse(runCli(['--format', 'json', file]).stdout) as { messages: JsonMessage[] }[];
  return report!.messages.map((m) => ({
    ruleId: m.ruleId,
    text: source.slice(lines.offset({ line: m.line, column: m.column }), lines.offset({ line: m.endLine, column: m.endColumn })),
  }));
}

suite('html report in a browser', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    profile = mkdtempSync(path.join(os.tmpdir(), 'newslint-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    });
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a report from disk, collecting any dialog it opens and any console error (a refused script shows there). */
  async function open(file: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, dialogs, errors };
  }

  function reportOf(article: string, name: string): string {
    const out = path.join(OUTPUT, name);
    const run = runCli(['--format', 'html', '-o', out, article]);
    expect(run.stderr).toBe('');
    return out;
  }

  const passage = (page: Page, n: number) =>
    page.$$eval(`#a0 mark[data-f~="${n}"]`, (marks) => marks.map((mark) => mark.textContent).join(''));
  const decoration = (page: Page, selector: string) =>
    page.$eval(selector, (element) => {
      const style = element.ownerDocument.defaultView!.getComputedStyle(element);
      return `${style.textDecorationLine} ${style.textDecorationStyle}`;
    });

  it('highlights every finding of an example article at its text, by underline style as well as colour', async () => {
    const expected = expectedPassages(EXAMPLE);
    expect(expected.map((finding) => finding.ruleId)).toEqual(['date-weekday-mismatch', 'scrape-debris', 'scrape-debris', 'scrape-debris']);
    const { page, errors } = await open(reportOf(EXAMPLE, REPORT));
    for (const [index, finding] of expected.entries()) expect(await passage(page, index + 1)).toBe(finding.text);
    expect(await passage(page, 1)).toBe('Monday');
    expect(await decoration(page, '#a0 mark[data-f~="1"]')).toBe('underline solid');
    expect(await decoration(page, '#a0 mark[data-f~="2"]')).toBe('underline wavy');
    expect(await page.textContent('#a0-n1 .msg')).toBe('February 27, 2024 was a Tuesday, not a Monday (year taken from the publication date).');
    expect(await page.textContent('#a0 .facts')).toContain('Tuesday, March 5, 2024');
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, 'council-budget-vote.png'), fullPage: true });
    await page.close();
  }, SLOW);

  it('hides a family with its toggle and shows it again', async () => {
    const { page } = await open(reportOf(EXAMPLE, REPORT));
    const toggle = page.locator('label.toggle', { has: page.locator('input[data-family="debris"]') });
    await toggle.click();
    expect(await page.locator('li.note.fam-debris').first().isHidden()).toBe(true);
    expect(await decoration(page, '#a0 mark[data-f~="2"]')).toBe('none solid');
    expect(await page.locator('#a0-n1').isVisible()).toBe(true);
    expect(await decoration(page, '#a0 mark[data-f~="1"]')).toBe('underline solid');
    await toggle.click();
    expect(await page.locator('li.note.fam-debris').first().isVisible()).toBe(true);
    expect(await decoration(page, '#a0 mark[data-f~="2"]')).toBe('underline wavy');
    await page.close();
  }, SLOW);

  it('lights the passage of a note that gets keyboard focus', async () => {
    const { page } = await open(reportOf(EXAMPLE, REPORT));
    await page.focus('#a0-n1 a.num');
    expect(await page.$eval('#a0 mark[data-f~="1"]', (mark) => mark.classList.contains('active'))).toBe(true);
    expect(await page.$eval('#a0 mark[data-f~="2"]', (mark) => mark.classList.contains('active'))).toBe(false);
    await page.close();
  }, SLOW);

  it('shows markup in an article as text and runs none of it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newslint-html-'));
    const article = path.join(dir, 'injected.txt');
    writeFileSync(
      article,
      [
        'Council meets <script>alert("script tag")</script> on budget',
        '',
        'March 14, 2024',
        '',
        'The hearing on Monday, March 12, 2024 <img src=x onerror="alert(\'img\')"> drew a crowd.',
        '',
        '<svg onload="alert(\'svg\')"></svg> <a href="javascript:alert(\'link\')">read more</a> </div></body>',
        'Leave a Reply',
        '',
      ].join('\n'),
    );
    const { page, dialogs, errors } = await open(reportOf(article, 'injected.html'));
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate('document.scripts.length')).toBe(1);
    expect(await page.locator('main img, main svg, main iframe, main a[href^="javascript"]').count()).toBe(0);
    const text = await page.textContent('#a0 .body');
    expect(text).toContain('Council meets <script>alert("script tag")</script> on budget');
    expect(text).toContain('<img src=x onerror="alert(\'img\')">');
    expect(await passage(page, 1)).toBe('Monday');
    expect(await passage(page, 2)).toBe('Leave a Reply');
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  it('links a finding to the passage it cites and back, and files to the table of contents', async () => {
    const first = 'Police said 12 people were hurt in the fire.\n\nBy evening the same police said 15 people were hurt.';
    const second = 'A clean second story.';
    const page0 = html(
      [
        fileResult('fire.txt', first, [
          { start: first.indexOf('Police said'), end: first.indexOf(' people'), ruleId: 'anonymous-source', message: 'Unnamed police source.' },
          {
            start: first.indexOf('15'),
            end: first.indexOf('15') + 2,
            ruleId: 'count-conflict',
            message: 'The article gives 15 injured here but 12 earlier.',
            related: [{ start: first.indexOf('12'), end: first.indexOf('12') + 2, message: 'The earlier count: 12.' }],
          },
        ], '2024-02-02'),
        fileResult('second.txt', second, []),
      ],
      { color: false, rules: RULES },
    );
    const file = path.join(OUTPUT, 'cited.html');
    writeFileSync(file, page0);
    const { page, errors } = await open(file);
    expect(await page.$$eval('#a0 mark[data-r~="2.0"]', (marks) => marks.map((mark) => mark.textContent).join(''))).toBe('12');
    await page.click('#a0-n2 .cites a');
    expect(await page.evaluate('location.hash')).toBe('#a0-f2-r0');
    expect(await page.$eval('#a0 mark[data-r~="2.0"]', (mark) => mark.classList.contains('active'))).toBe(true);
    await page.click('#a0 .note.cited .rule a');
    expect(await page.evaluate('location.hash')).toBe('#a0-f2');
    expect(await page.$eval('#a0 mark[data-f~="2"]', (mark) => mark.classList.contains('active'))).toBe(true);
    await page.click('nav.toc a[href="#a1"]');
    expect(await page.evaluate('location.hash')).toBe('#a1');
    expect(errors).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(OUTPUT, 'cited.png'), fullPage: true });
    await page.close();
  }, SLOW);
});
