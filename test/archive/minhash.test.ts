import { bandKeys, BANDS, jaccard, passageWords, shingleHashes } from '../../src/archive/minhash.js';

const keysOf = (text: string) => bandKeys(shingleHashes(passageWords(text)));

describe('passage words and shingles', () => {
  it('normalises case, punctuation, apostrophes and diacritics', () => {
    expect(passageWords('The U.S.-led coalition’s “café” said: 10 rockets!')).toEqual(['the', 'us', 'led', 'coalitions', 'cafe', 'said', '10', 'rockets']);
  });

  it('keeps one shingle per distinct run of three words', () => {
    expect(shingleHashes(passageWords('one two three four')).size).toBe(2);
    expect(shingleHashes(passageWords('one two')).size).toBe(1);
    expect(shingleHashes([]).size).toBe(0);
  });

  it('measures Jaccard similarity', () => {
    const a = shingleHashes(passageWords('the quick brown fox jumps over the lazy dog'));
    const b = shingleHashes(passageWords('the quick brown fox leaps over the lazy dog'));
    expect(jaccard(a, a)).toBe(1);
    // 7 shingles each, 4 shared: 4 / 10.
    expect(jaccard(a, b)).toBeCloseTo(0.4);
    expect(jaccard(a, new Set())).toBe(0);
  });
});

describe('LSH band keys', () => {
  it('are equal for texts equal after normalisation', () => {
    expect(keysOf('Early warning systems worked, the spokesman said.')).toEqual(keysOf('early  warning systems worked the Spokesman said'));
    expect(keysOf('anything at all here')).toHaveLength(BANDS);
  });

  it('share a band for a near-duplicate sentence and none for an unrelated one', () => {
    const original = keysOf('At least ten rockets struck the air base early on Wednesday, a coalition spokesman said in a statement posted online.');
    const edited = keysOf('At least ten rockets struck the air base early on Thursday, a coalition spokesman said in a statement posted online.');
    const unrelated = keysOf('The city council approved the harbor bridge budget after a long debate about cable inspections.');
    expect(original.some((key, band) => edited[band] === key)).toBe(true);
    expect(original.some((key, band) => unrelated[band] === key)).toBe(false);
  });

  it('stay below 2^47 so SQLite stores them in six bytes', () => {
    for (const key of keysOf('a b c d e f g h i j k l m n o p')) expect(key).toBeLessThan(2 ** 47);
  });
});
