import { PhraseMatcher, foldText, lazyMatcher, phraseProduct } from '../../src/text/phrase-matcher.js';

function matcherOf(phrases: string[], options = {}): PhraseMatcher<number> {
  return new PhraseMatcher(phrases.map((phrase, data) => ({ phrase, data })), options);
}

function spans(matcher: PhraseMatcher<number>, text: string): [string, number, number][] {
  return matcher.match(text).map((m) => [text.slice(m.start, m.end), m.start, m.end]);
}

describe('PhraseMatcher', () => {
  it('matches case-insensitively and reports source offsets', () => {
    const matcher = matcherOf(['delve into']);
    expect(spans(matcher, 'We DELVE Into it. We delve into it.')).toEqual([
      ['DELVE Into', 3, 13],
      ['delve into', 21, 31],
    ]);
  });

  it('treats curly and straight quotes and apostrophes alike, both ways', () => {
    const straight = matcherOf(["I'm sorry", '"quoted"']);
    expect(spans(straight, 'I\u2019m sorry and \u201Cquoted\u201D')).toEqual([
      ['I\u2019m sorry', 0, 9],
      ['\u201Cquoted\u201D', 14, 22],
    ]);
    const curly = matcherOf(['I\u2019m sorry']);
    expect(spans(curly, "Well, I'm sorry.")).toEqual([["I'm sorry", 6, 15]]);
  });

  it('treats any run of white space, line breaks and no-break spaces included, as one space', () => {
    const matcher = matcherOf(['a  stark\treminder']);
    expect(spans(matcher, 'It is a\r\n  stark\u00A0\u2009reminder.')).toEqual([['a\r\n  stark\u00A0\u2009reminder', 6, 26]]);
  });

  it('requires word boundaries where the phrase starts or ends with a word character', () => {
    const matcher = matcherOf(['TK', 'ipsum']);
    expect(spans(matcher, 'TKO, TKs, xTK, _TK and TK.')).toEqual([['TK', 23, 25]]);
    expect(spans(matcher, 'lorem ipsumdolor')).toEqual([]);
    expect(spans(matcher, 'ipsum')).toEqual([['ipsum', 0, 5]]);
  });

  it('needs no boundary beside a phrase edge that is punctuation', () => {
    const matcher = matcherOf(['[insert', '{{']);
    expect(spans(matcher, 'x[INSERT NAME] and a{{slot}}')).toEqual([
      ['[INSERT', 1, 8],
      ['{{', 20, 22],
    ]);
    expect(spans(matcher, '[inserted]')).toEqual([]);
  });

  it('treats letters outside ASCII and outside the BMP as word characters', () => {
    const matcher = matcherOf(['ai']);
    expect(spans(matcher, 'naïve ai')).toEqual([['ai', 6, 8]]);
    expect(spans(matcher, 'éai aié 𝐀ai ai𝐀')).toEqual([]);
  });

  it('keeps the leftmost, then the longest, of overlapping matches', () => {
    const matcher = matcherOf(['stark reminder', 'a stark reminder', 'reminder of']);
    expect(spans(matcher, 'a stark reminder of costs')).toEqual([['a stark reminder', 0, 16]]);
    expect(spans(matcher, 'the stark reminder of costs')).toEqual([['stark reminder', 4, 18]]);
  });

  it('finds phrases that are suffixes of other phrases (fail links)', () => {
    const matcher = matcherOf(['language model', 'as an ai language model here']);
    expect(spans(matcher, 'as an AI language model there')).toEqual([['language model', 9, 23]]);
  });

  it('matches the same way from a state the scan has reached before (the transition table)', () => {
    const matcher = matcherOf(['rocket attack', 'attack on the base', 'on the base']);
    const text = 'a rocket attack on the base, then another rocket attack on the base';
    expect(spans(matcher, text)).toEqual([['rocket attack', 2, 15], ['on the base', 16, 27], ['rocket attack', 42, 55], ['on the base', 56, 67]]);
    expect(spans(matcher, text.toUpperCase()).map(([, start, end]) => [start, end])).toEqual([[2, 15], [16, 27], [42, 55], [56, 67]]);
  });

  it('returns the phrase and data of the entry that matched', () => {
    const matcher = matcherOf(['alpha', 'beta']);
    expect(matcher.match('beta alpha').map((m) => [m.phrase, m.data])).toEqual([
      ['beta', 1],
      ['alpha', 0],
    ]);
    expect(matcher.size).toBe(2);
  });

  it('ignores empty phrases', () => {
    const matcher = matcherOf(['', '   ', 'word']);
    expect(matcher.size).toBe(1);
    expect(spans(matcher, ' word ')).toEqual([['word', 1, 5]]);
  });

  it('with acronymsExact, matches words written in capitals only in capitals', () => {
    const matcher = matcherOf(['written by AI', 'by an AI tool'], { acronymsExact: true });
    expect(spans(matcher, 'Written by AI. written by ai. Written by Ai Weiwei.')).toEqual([['Written by AI', 0, 13]]);
    expect(spans(matcher, 'made BY AN AI TOOL')).toEqual([['BY AN AI TOOL', 5, 18]]);
    expect(spans(matcherOf(['written by AI']), 'Written by Ai Weiwei')).toEqual([['Written by Ai', 0, 13]]);
  });

  it('checks capitals at the right offsets when white space is collapsed', () => {
    const matcher = matcherOf(['by  AI'], { acronymsExact: true });
    expect(spans(matcher, 'by \n\n AI and by \n ai')).toEqual([['by \n\n AI', 0, 8]]);
  });

  it('folds text keeping its length, so offsets stay 1:1', () => {
    expect(foldText('İ“A”–')).toBe('İ"a"-');
    expect(foldText('𝐀B')).toHaveLength('𝐀B'.length);
  });

  it('builds a lazy matcher once, on first use', () => {
    let builds = 0;
    const matcher = lazyMatcher(() => {
      builds++;
      return [{ phrase: 'TK', data: 0 }];
    }, { acronymsExact: true });
    expect(builds).toBe(0);
    expect(matcher().match('TK tk').map((m) => m.start)).toEqual([0]);
    expect(matcher()).toBe(matcher());
    expect(builds).toBe(1);
  });

  it('builds phrase lists as products of parts', () => {
    expect(phraseProduct(["I can't", 'I cannot'], ['assist', 'help with'])).toEqual([
      "I can't assist",
      "I can't help with",
      'I cannot assist',
      'I cannot help with',
    ]);
    expect(phraseProduct(['written'], ['', 'entirely'], ['by'])).toEqual(['written by', 'written entirely by']);
  });

  describe('adversarial input', () => {
    it('finds nothing inside one 1 MB word, and the phrase once the word ends', () => {
      const matcher = matcherOf(['a', 'aa', 'aaa b']);
      const word = 'a'.repeat(1 << 20);
      expect(matcher.match(word)).toEqual([]);
      expect(spans(matcher, `${word} aaa b`).map(([, start, end]) => [start, end])).toEqual([[(1 << 20) + 1, (1 << 20) + 6]]);
    });

    it('reports every one of a million single-letter words', () => {
      const matcher = matcherOf(['a', 'a a a a a a a a x']);
      const text = 'a '.repeat(1 << 19);
      const found = matcher.match(text);
      expect(found).toHaveLength(1 << 19);
      expect(found[found.length - 1]).toMatchObject({ start: (1 << 20) - 2, end: (1 << 20) - 1 });
    });

    it('survives 100k repeated partial prefixes and still finds the one full phrase', () => {
      const phrase = 'as an AI language model';
      const matcher = matcherOf([phrase, 'as of my last knowledge update']);
      const prefix = 'As an AI language ';
      const text = `${prefix.repeat(100_000)}model`;
      const found = matcher.match(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ start: prefix.length * 99_999, end: text.length, phrase });
    });

    it('handles a megabyte of white space and quote marks', () => {
      const matcher = matcherOf(['" "']);
      const text = ' \t\n'.repeat(300_000) + '\u201C \u201D' + '\u2019'.repeat(100_000);
      expect(matcher.match(text)).toMatchObject([{ start: 900_000, end: 900_003 }]);
    });

    it('matches without a transition table when phrases use too many distinct characters for one', () => {
      // 6,000 states × 6,000 character classes is over the table's limit: each step follows fail links instead.
      const phrases = Array.from({ length: 3000 }, (_, i) => `${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x9000 + i)}`);
      const matcher = matcherOf(phrases);
      expect(matcher.match(`x ${phrases[7]} ${phrases[2999]} ${phrases[12]!.slice(0, 1)}`).map((m) => m.data)).toEqual([7, 2999]);
    });

    it('builds from thousands of phrases sharing long prefixes', () => {
      const phrases = Array.from({ length: 5000 }, (_, i) => `the complex geopolitical landscape number ${i}`);
      const matcher = matcherOf(phrases);
      const text = phrases.slice(4990).join(', ');
      expect(matcher.match(text).map((m) => m.data)).toEqual([4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999]);
    });
  });
});
