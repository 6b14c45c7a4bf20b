import { parseArticle } from '../../src/article/parse.js';

function spanOf(text: string, part: string): [number, number] {
  const start = text.indexOf(part);
  return [start, start + part.length];
}

describe('QuotationIndex', () => {
  const text = 'He said "the \'inner\' words matter" and left. Later, "one" and "two" came.\n\n"Only a quotation here."\n\nIt read:\n\n"After a colon."';
  const article = parseArticle(text);
  const quotations = article.facts.quotations;

  it('finds the outermost quotation around a span, also for a span inside a nested one', () => {
    const inner = quotations.enclosing(...spanOf(text, 'inner'));
    expect(inner && text.slice(inner.start, inner.end)).toBe('"the \'inner\' words matter"');
    const two = quotations.enclosing(...spanOf(text, 'two'));
    expect(two && text.slice(two.start, two.end)).toBe('"two"');
  });

  it('finds nothing for unquoted text or a span that runs out of a quotation', () => {
    expect(quotations.enclosing(...spanOf(text, 'He said'))).toBeUndefined();
    expect(quotations.enclosing(...spanOf(text, 'matter" and'))).toBeUndefined();
    expect(quotations.enclosing(...spanOf(text, 'came'))).toBeUndefined();
  });

  it('tells framed quotations from bare ones', () => {
    const blockOf = (part: string) => article.blocks.find((b) => b.start <= text.indexOf(part) && text.indexOf(part) < b.end)!;
    const at = (part: string) => quotations.quoting(blockOf(part), ...spanOf(text, part));
    expect(at('He said')).toBe('unquoted');
    expect(at('words')).toBe('framed');
    expect(at('Only a quotation')).toBe('bare');
    expect(at('After a colon')).toBe('framed');
  });

  it('answers in constant memory per quotation for a paragraph of many quotations', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `"q${i}" and`).join(' ');
    const big = parseArticle(many);
    const index = big.facts.quotations;
    const probe = many.indexOf('q19999');
    expect(index.enclosing(probe, probe + 6)).toMatchObject({ text: 'q19999' });
    const gap = many.indexOf(' and', probe);
    expect(index.enclosing(gap, gap + 4)).toBeUndefined();
  });
});
