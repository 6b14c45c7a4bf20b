import { parseArticle } from '../../src/article/parse.js';

const WRAPPED = [
  'Storm closes harbor',
  '',
  'NORTHPORT, March 3, 2024 - The harbor closed on Sunday after a storm.',
  'Officials said the docks would reopen on Tuesday. Crews worked through',
  'the night to clear debris from the main channel.',
  '',
  'The harbor master said 14 boats were damaged.',
  '',
];

function blocksOf(text: string): [string, string][] {
  return parseArticle(text).blocks.map((block) => [block.kind, block.text]);
}

describe('hard-wrapped paragraphs', () => {
  it('keeps a wrapped paragraph whose line ends with a full stop in one block, sentences and positions exact', () => {
    const text = WRAPPED.join('\n');
    const article = parseArticle(text);
    expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['line', 'Storm closes harbor'],
      ['paragraph', WRAPPED.slice(2, 5).join('\n')],
      ['paragraph', 'The harbor master said 14 boats were damaged.'],
    ]);
    const paragraph = article.blocks[1]!;
    expect(paragraph.sentences.map((sentence) => sentence.text)).toEqual([
      'NORTHPORT, March 3, 2024 - The harbor closed on Sunday after a storm.',
      'Officials said the docks would reopen on Tuesday.',
      'Crews worked through\nthe night to clear debris from the main channel.',
    ]);
    const [, officials, crews] = paragraph.sentences;
    expect(article.lines.point(officials!.start)).toMatchObject({ line: 4, column: 1 });
    expect(article.lines.point(crews!.start)).toMatchObject({ line: 4, column: 51 });
    expect(article.lines.point(crews!.end)).toMatchObject({ line: 5, column: 49 });
    expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
  });

  it('keeps positions exact with CRLF line breaks, tabs and non-ASCII text', () => {
    const lines = [
      'Café reopens',
      '',
      '\tThe Zürich café reopened on Monday after a two-week renovation.',
      'Its owners said the new kitchen would serve 200 guests a day. Staff',
      'were trained over the weekend to use the new ovens and the till.',
      '',
    ];
    const text = lines.join('\r\n');
    const article = parseArticle(text);
    expect(article.blocks.map((block) => [block.kind, text.slice(block.start, block.end)])).toEqual([
      ['line', 'Café reopens'],
      ['paragraph', lines.slice(2, 5).join('\r\n').trimStart()],
    ]);
    const staff = article.blocks[1]!.sentences[2]!;
    expect(staff.text).toBe('Staff\r\nwere trained over the weekend to use the new ovens and the till.');
    const at = staff.text.indexOf('ovens');
    const [start, end] = staff.view.range(at, at + 'ovens'.length);
    expect(text.slice(start, end)).toBe('ovens');
    expect(article.lines.point(start)).toMatchObject({ line: 5, column: lines[4]!.indexOf('ovens') + 1 });
  });

  it('ends a paragraph at a short line inside a wrapped stretch, and keeps the wraps around it', () => {
    const text = [
      'The council met on Tuesday to weigh the budget for the coming year.',
      'Members agreed to fund two new libraries in the northern districts,',
      'and the mayor signed the plan the same evening.',
      'The vote drew a crowd.',
      'Residents had asked for the libraries for a decade, and several of',
      'them spoke before the vote.',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      ['paragraph', text.split('\n').slice(0, 3).join('\n')],
      ['paragraph', 'The vote drew a crowd.'],
      ['paragraph', text.split('\n').slice(4).join('\n')],
    ]);
  });

  it('still separates a headline, a dateline and a byline at the top of a wrapped stretch, and chrome after it', () => {
    const text = [
      'Harbor reopens after storm',
      'March 5, 2024',
      'By Dana Reyes',
      'NORTHPORT - The harbor reopened on Tuesday, two days after the storm.',
      'Crews cleared the main channel overnight, the harbor master said, and',
      'the first ferries left at dawn with a full load of passengers aboard.',
      'Share this article',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      ['line', 'Harbor reopens after storm'],
      ['line', 'March 5, 2024'],
      ['line', 'By Dana Reyes'],
      ['paragraph', text.split('\n').slice(3, 6).join('\n')],
      ['line', 'Share this article'],
    ]);
    expect(parseArticle(text).publication).toMatchObject({ date: '2024-03-05', source: 'dateline' });
  });

  it('keeps one block per line for paragraphs written on one line each and separated by single newlines', () => {
    const long = [
      'Council Approves Budget',
      'The council voted 7-2 on Tuesday to approve a budget that funds two new libraries in the northern districts of the city.',
      'Opponents said the plan would raise property taxes by 3 percent and leave the road repair fund short next year,',
      'and they asked for a second vote.',
    ];
    expect(blocksOf(long.join('\n'))).toEqual([
      ['line', long[0]!],
      ['paragraph', long[1]!],
      ['paragraph', long.slice(2).join('\n')],
    ]);
  });

  it('keeps one block per line for short one-line paragraphs, even with a long headline or an odd break inside one', () => {
    const short = [
      'Council approves budget for two new libraries in the northern districts',
      'The council voted 7-2 on Tuesday to approve the budget for the coming year.',
      'The mayor said the vote was a victory for residents who had waited a decade.',
      'Opponents said the plan would raise property taxes by 3 percent next year,',
      'and leave the road repair fund short.',
      'A second vote on the road fund is due in the spring, officials said.',
    ];
    expect(blocksOf(short.join('\n'))).toEqual([
      ['paragraph', short.slice(0, 2).join('\n')],
      ['paragraph', short[2]!],
      ['paragraph', short.slice(3, 5).join('\n')],
      ['paragraph', short[5]!],
    ]);
  });

  it('keeps a wrapped Markdown paragraph in one block, mapping through its markup', () => {
    const text = 'The harbor closed on Sunday after a **storm** that hit the coast.\nOfficials said the docks would reopen on Tuesday. Crews worked\nthrough the night.\n';
    const article = parseArticle(text, { filePath: 'harbor.md' });
    expect(article.blocks.map((block) => [block.kind, block.sentences.length])).toEqual([['paragraph', 3]]);
    const crews = article.blocks[0]!.sentences[2]!;
    const [start, end] = crews.view.range(0, crews.text.length);
    expect(text.slice(start, end)).toBe('Crews worked\nthrough the night.');
  });

  it('keeps a paragraph break before a bullet list in a wrapped stretch', () => {
    const text = [
      'The council approved three items on Tuesday after a long debate that',
      'ran past midnight. The items were listed in the order of the vote.',
      '• Two new libraries in the northern districts',
      '• A new road repair fund for the coming year',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      ['paragraph', text.split('\n').slice(0, 2).join('\n')],
      ['line', '• Two new libraries in the northern districts'],
      ['line', '• A new road repair fund for the coming year'],
    ]);
  });
});
