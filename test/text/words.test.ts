import { isTitleCase, tokenizeWords } from '../../src/text/words.js';

function shown(text: string): string[] {
  return tokenizeWords(text).map((token) => `${token.kind[0]}:${token.text}`);
}

describe('tokenizeWords', () => {
  it('keeps figures, initials, abbreviations and joined words whole', () => {
    expect(shown('Gen. E. Langley saw 2,500.5 U.S. troops at 1:05 a.m. near al-Sudani’s twenty-one posts.')).toEqual([
      'w:Gen.', 'w:E.', 'w:Langley', 'w:saw', 'n:2,500.5', 'w:U.S.', 'w:troops', 'w:at', 'n:1', 'p::', 'n:05', 'w:a.m.',
      'w:near', 'w:al-Sudani’s', 'w:twenty-one', 'w:posts', 'p:.',
    ]);
  });

  it('reads letters beyond ASCII, combining marks and astral characters by code point', () => {
    const tokens = tokenizeWords('Zürich cafe\u0301 😀 İstanbul');
    expect(tokens.map((token) => [token.kind, token.text, token.start, token.end])).toEqual([
      ['word', 'Zürich', 0, 6],
      ['word', 'cafe\u0301', 7, 12],
      ['punct', '😀', 13, 15],
      ['word', 'İstanbul', 16, 24],
    ]);
  });

  it('lower-cases without abbreviation dots and with straight apostrophes', () => {
    expect(tokenizeWords('U.S. Iraq’s').map((token) => token.lower)).toEqual(['us', "iraq's"]);
  });
});

describe('isTitleCase', () => {
  it('is true only for lines and headings whose long words are all capitalised', () => {
    const headline = tokenizeWords('Militias Launch Missile Attack on US Base Near al-Asad');
    expect(isTitleCase('line', headline)).toBe(true);
    expect(isTitleCase('paragraph', headline)).toBe(false);
    expect(isTitleCase('line', tokenizeWords('Troops injured in attack on base'))).toBe(false);
  });
});
