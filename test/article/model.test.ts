import { parseArticle } from '../../src/article/parse.js';

describe('article model', () => {
  it('finds headline, dateline, paragraphs and sentences in plain text', () => {
    const text = 'Council Approves Budget\nJan 21, 2024\n\nThe council voted 7-2. The mayor said "we are ready."\n\nShare this article\n';
    const article = parseArticle(text);
    expect(article.headline?.text).toBe('Council Approves Budget');
    expect(article.publication).toMatchObject({ date: '2024-01-21', source: 'dateline' });
    expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['line', 'Council Approves Budget'],
      ['line', 'Jan 21, 2024'],
      ['paragraph', 'The council voted 7-2. The mayor said "we are ready."'],
      ['line', 'Share this article'],
    ]);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'Council Approves Budget',
      'Jan 21, 2024',
      'The council voted 7-2.',
      'The mayor said "we are ready."',
      'Share this article',
    ]);
    expect(article.quotes.map((quote) => [quote.text, quote.closed])).toEqual([['we are ready.', true]]);
  });

  it('reads datelines in several forms', () => {
    for (const [line, iso] of [
      ['January 21, 2024', '2024-01-21'],
      ['Jan. 21, 2024', '2024-01-21'],
      ['2024-01-21', '2024-01-21'],
      ['21 January 2024', '2024-01-21'],
      ['Sunday, January 21, 2024', '2024-01-21'],
      ['Updated: Jan 21, 2024 10:30 AM', '2024-01-21'],
      ['\u00a0January 21, 2024', '2024-01-21'],
    ]) {
      expect(parseArticle(`Headline\n\n${line}\n\nBody text here.`).publication?.date).toBe(iso);
    }
  });

  it('reads a wire dateline opening the first paragraph', () => {
    const article = parseArticle('Headline\n\nBAGHDAD, Jan. 21, 2024 — Rockets hit the base, officials said.');
    expect(article.publication?.date).toBe('2024-01-21');
  });

  it('reads a wire dateline that names the state or country after the city', () => {
    for (const [lead, iso] of [
      ['PORTLAND, Ore., Nov. 3, 2023 — Crews reopened the bridge, the city said.', '2023-11-03'],
      ['LYON, France, 14 May 2022 – Rail workers walked out, the union said.', '2022-05-14'],
      ['SÃO PAULO, Brazil, Aug. 2, 2021 — The central bank raised rates, it said.', '2021-08-02'],
      ['SPRINGFIELD, Ill., South District, Jan. 9, 2020 — Lawmakers met.', '2020-01-09'],
    ]) {
      const article = parseArticle(`Headline\n\n${lead}`);
      expect(article.publication?.date).toBe(iso);
      expect(article.datelines[0]!.text).toBe(lead.slice(0, lead.search(/ [—–]/) + 2));
    }
  });

  it('reads datelines with a time first, a time with a dot, a byline after "by", or a reading time', () => {
    for (const line of [
      'Monday 4 March 2024 09.15 GMT',
      'Updated 7:05 PM EST, Mon March 4, 2024',
      'Published 6:30 AM ET Mar 4, 2024',
      'March 4, 2024 / 11:20 AM / Updated 3 hours ago',
      'By Omar Reyes, City Desk | Published March 4, 2024 8:02 a.m. CT',
      'Mar 4, 2024 • 4 min read',
      'Posted on March 4, 2024 by newsroom',
    ]) {
      expect([line, parseArticle(`Headline\n\n${line}\n\nBody text here.`).publication?.date]).toEqual([line, '2024-03-04']);
    }
  });

  it('does not read a line of labels, or a date with a trailing sentence, as a dateline', () => {
    for (const line of ['11:20 AM / Updated 3 hours ago', 'March 4, 2024 / Council votes on the budget', '12 p.m. March 4, 2024 was chosen by the council']) {
      expect([line, parseArticle(`Headline\n\n${line}\n\nBody text here.`).publication]).toEqual([line, undefined]);
    }
  });

  it('reads a line that gives the publication and the update dates', () => {
    const text = 'Headline\n\nPublished Jan. 14, 2025 | Updated Jan. 15, 2025, 9:10 a.m.\n\nBody text here.';
    const article = parseArticle(text);
    expect(article.publication?.date).toBe('2025-01-14');
    expect(article.datelines.map((d) => [d.date, d.updated ?? false, text.slice(d.start, d.end)])).toEqual([
      ['2025-01-14', false, 'Published Jan. 14, 2025'],
      ['2025-01-15', true, 'Updated Jan. 15, 2025, 9:10 a.m.'],
    ]);
    expect(parseArticle('Headline\n\nJan. 14, 2025 | Local News | Opinion\n\nBody.').publication).toBeUndefined();
  });

  it('does not take a mixed-case opening clause with a date for a wire dateline', () => {
    const article = parseArticle('Headline\n\nIn Denver, Colo., Nov. 3, 2023 — the first snow fell.');
    expect(article.publication).toBeUndefined();
  });

  it('does not take a date inside prose for a dateline', () => {
    const article = parseArticle('Headline\n\nThe vote on January 21, 2024 was close.\n\nMore text.');
    expect(article.publication).toBeUndefined();
  });

  it('prefers --date, then front matter, then the dateline', () => {
    const markdown = '---\ntitle: "Budget passes"\ndate: 2024-02-01\n---\n\nJan 21, 2024\n\nBody.';
    expect(parseArticle(markdown, { filePath: 'a.md' }).publication).toMatchObject({ date: '2024-02-01', source: 'front-matter' });
    expect(parseArticle(markdown, { filePath: 'a.md', date: '2024-03-03' }).publication).toEqual({ date: '2024-03-03', source: 'option' });
    const article = parseArticle(markdown, { filePath: 'a.md' });
    expect(article.headline?.text).toBe('Budget passes');
    expect(markdown.slice(article.headline!.start, article.headline!.end)).toBe('Budget passes');
    expect(article.datelines.map((d) => [d.source, d.date])).toEqual([
      ['front-matter', '2024-02-01'],
      ['dateline', '2024-01-21'],
    ]);
  });

  it('uses the first Markdown heading as headline and knows block kinds', () => {
    const article = parseArticle('Intro line\n\n# The Headline\n\n> A quoted block.\n\n- an item\n', { filePath: 'a.md' });
    expect(article.headline?.text).toBe('The Headline');
    expect(article.blocks.map((block) => block.kind)).toEqual(['line', 'heading', 'blockquote', 'list-item']);
  });

  it('finds curly, straight and single quotations, not apostrophes', () => {
    const text = 'He said “it’s over” and added "we\'ll see." Officials called it ‘a blatant attack’ on the town\'s people.';
    const article = parseArticle(text);
    expect(article.quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual([
      '“it’s over”',
      '"we\'ll see."',
      '‘a blatant attack’',
    ]);
  });

  it('lets an unclosed quotation run to the end of its paragraph', () => {
    const article = parseArticle('"We will rebuild the market, the mayor said.\n\nNext paragraph.');
    expect(article.quotes).toHaveLength(1);
    expect(article.quotes[0]!.closed).toBe(false);
  });

  it('keeps hard-wrapped prose lines in one paragraph', () => {
    const text =
      'Headline\n\nThe council met on Tuesday to discuss the budget for the coming\nyear, and members agreed to fund two new libraries in the\nnorthern districts.\n';
    const article = parseArticle(text);
    expect(article.blocks.map((block) => block.kind)).toEqual(['line', 'paragraph']);
    expect(article.sentences).toHaveLength(2);
  });
});
