import { probe } from '../helpers/probe.js';

describe('positions', () => {
  it('counts lines across CRLF and lone CR line breaks', () => {
    const text = 'Title\r\n\r\nFirst line of prose.\r\nThe target is here.\rAnother target.';
    const found = probe(text, 'target');
    expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual([
      [4, 5, 4, 11],
      [5, 9, 5, 15],
    ]);
  });

  it('counts a tab as one column', () => {
    const [d] = probe('Title\n\n\tThe target sits after a tab.', 'target');
    expect([d!.line, d!.column]).toEqual([3, 6]);
  });

  it('ignores a leading BOM: columns and offsets start after it', () => {
    const text = '\uFEFFThe target is on line one.';
    const [d] = probe(text, 'target');
    expect([d!.line, d!.column, d!.start]).toEqual([1, 5, 4]);
  });

  it('counts non-ASCII characters in UTF-16 code units, like editors', () => {
    const text = 'Café owners in São Paulo 😀 saw the target.';
    const [d] = probe(text, 'target');
    expect(d!.column).toBe(text.indexOf('target') + 1);
    expect(text.slice(d!.start, d!.end)).toBe('target');
  });

  it('maps through Markdown emphasis and links to the source', () => {
    const text = '# Title\n\nSome **bold** words and a [link to the target](https://example.com) here.\n';
    const [d] = probe(text, 'target', { filePath: 'a.md' });
    expect(text.slice(d!.start, d!.end)).toBe('target');
    expect([d!.line, d!.column]).toEqual([3, text.split('\n')[2]!.indexOf('target') + 1]);
  });

  it('keeps positions after YAML front matter', () => {
    const text = '---\ntitle: A story\ndate: 2024-01-21\n---\n\n# A story\n\nThe *target* is here.\n';
    const [d] = probe(text, 'target', { filePath: 'a.md' });
    expect([d!.line, d!.column]).toEqual([8, 6]);
  });

  it('keeps positions in Markdown with CRLF line breaks', () => {
    const text = '# Title\r\n\r\n- first item\r\n- the target item\r\n';
    const [d] = probe(text, 'target', { filePath: 'a.md' });
    expect([d!.line, d!.column]).toEqual([4, 7]);
  });
});
