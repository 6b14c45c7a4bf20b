import { parseArticle } from '../../src/article/parse.js';
import type { Quantity } from '../../src/facts/quantities.js';

function quantities(text: string, filePath = 'a.txt'): Quantity[] {
  return parseArticle(text, { filePath }).facts.quantities;
}

function summary(quantity: Quantity): Record<string, unknown> {
  return {
    text: quantity.text,
    value: quantity.value,
    bound: quantity.bound,
    kind: quantity.kind,
    key: quantity.thing?.key,
  };
}

describe('quantities fact', () => {
  it('reads a total, its bound and elided parts with their places', () => {
    const found = quantities('The Pentagon counts at least 130 attacks, including 53 in Iraq and 77 in Syria.');
    expect(found.map(summary)).toEqual([
      { text: 'at least 130', value: 130, bound: 'at-least', kind: 'count', key: 'attack' },
      { text: '53', value: 53, bound: 'exact', kind: 'count', key: 'attack in iraq' },
      { text: '77', value: 77, bound: 'exact', kind: 'count', key: 'attack in syria' },
    ]);
    expect(found[0]!.interval).toEqual({ min: 130, max: Infinity, minOpen: false, maxOpen: true });
    expect(found[1]!.thing).toMatchObject({ head: 'attack', headText: 'attacks', elided: true });
  });

  it('reads figures with separators, scale words and number words', () => {
    const found = quantities('Some 2,500 troops, 1.5 million voters, twenty-one ships, two dozen drones and a hundred tanks.');
    expect(found.map((q) => [q.value, q.bound, q.thing?.head])).toEqual([
      [2500, 'approximate', 'troop'],
      [1_500_000, 'exact', 'voter'],
      [21, 'exact', 'ship'],
      [24, 'approximate', 'drone'],
      [100, 'exact', 'tank'],
    ]);
    expect(found[1]!.interval).toMatchObject({ min: 1_450_000, max: 1_550_000 });
  });

  it('turns bound words into intervals', () => {
    const found = quantities('More than 10 boats, nearly 90 soldiers, up to 40 jets, fewer than 5 tanks and between 10 and 12 drones.');
    expect(found.map((q) => [q.text, q.bound, q.interval.min, q.interval.max, q.interval.minOpen, q.interval.maxOpen])).toEqual([
      ['More than 10', 'more-than', 10, Infinity, true, true],
      ['nearly 90', 'nearly', 81, 90, false, false],
      ['up to 40', 'at-most', 0, 40, false, false],
      ['fewer than 5', 'less-than', 0, 5, false, true],
      ['between 10 and 12', 'range', 10, 12, false, false],
    ]);
    const [dashed] = quantities('Officials counted 10-12 drones.');
    expect(dashed).toMatchObject({ text: '10-12', bound: 'range', interval: { min: 10, max: 12 }, thing: { head: 'drone' } });
  });

  it('keeps modifiers, qualifiers and the verb apart', () => {
    const [launched, struck] = quantities("Iraq's military said 33 missiles were launched. At least 10 missiles struck the base.");
    expect(launched).toMatchObject({ predicate: 'launch', thing: { key: 'missile' } });
    expect(struck).toMatchObject({ predicate: 'strik', thing: { key: 'missile' } });
    const [attacks] = quantities('There were 140 militia attacks on U.S. troops in Iraq and Syria.');
    expect(attacks!.thing).toMatchObject({ modifiers: ['militia'], qualifiers: ['on us troop', 'in iraq and syria'] });
    const [fired] = quantities('Hezbollah fired 40 rockets at the town.');
    expect(fired).toMatchObject({ predicate: 'fir', agent: 'hezbollah' });
  });

  it('reads round figures as rounded, by at most 2 %', () => {
    const [big, exact, small] = quantities('Some 38,000 people fled, 2,437 stayed and 900 soldiers came.');
    expect(big!.interval).toMatchObject({ min: 38_000 - 490 - 3_800, max: 38_000 + 490 + 3_800 });
    expect(exact!.interval).toMatchObject({ min: 2_437, max: 2_437 });
    expect(small!.interval).toMatchObject({ min: 882, max: 918 });
  });

  it('gives a count whose noun is left out the verb of the count it follows', () => {
    const [died, fled] = quantities('At least 31 people died, including 19 in Kandor. More than 60,000 people fled, with 38,000 in Kandor.').filter(
      (quantity) => quantity.thing?.elided,
    );
    expect(died).toMatchObject({ predicate: 'di', thing: { key: 'person in kandor' } });
    expect(fled).toMatchObject({ predicate: 'fle', thing: { key: 'person in kandor' } });
  });

  it('does not take a noun from a number inside a place phrase', () => {
    const found = quantities('Floods killed 31 people across two provinces, including 19 in Kandor.');
    expect(found.map((q) => [q.text, q.preposition, q.thing?.key])).toEqual([
      ['31', undefined, 'person'],
      ['two', 'across', 'province'],
      ['19', 'including', 'person in kandor'],
    ]);
  });

  it('skips dates, times, years, ordinals, labels and compounds', () => {
    const text =
      'On October 7, 2023, at 1:05 a.m., Flight 370 and the F-16 left; a 10-day pause followed the 21st meeting in 2020 and Article 5 applied.';
    expect(quantities(text).map((quantity) => quantity.text)).toEqual([]);
  });

  it('skips the numbers of a numbered list written as plain paragraphs', () => {
    const text = 'What changes for riders\n\n1. Fares stay the same.\n\n2) Service grows by 40 trips a day.\n\n3. 12 stations get lifts.\n';
    expect(quantities(text).map((quantity) => quantity.text)).toEqual(['40', '12']);
  });

  it('tells money, percentages, durations and measures from counts', () => {
    const found = quantities('It cost $5 million, rose 12%, took three months and covered 40 miles.');
    expect(found.map((q) => [q.text, q.kind, q.unit])).toEqual([
      ['$5 million', 'money', '$'],
      ['12%', 'percent', '%'],
      ['three', 'duration', 'month'],
      ['40', 'measure', 'mile'],
    ]);
  });

  it('marks partitive counts and leaves a bare number without a thing', () => {
    const [five, three] = quantities('The strike killed five of its commanders. Three were wounded.');
    expect(five!.thing).toMatchObject({ head: 'commander', partitive: true });
    expect(three!.thing).toBeUndefined();
  });

  it('maps positions to the source through Markdown markup', () => {
    const text = '# Title\n\nThe army lost **2,500** soldiers in *Iraq*.';
    const [quantity] = quantities(text, 'a.md');
    expect(text.slice(quantity!.start, quantity!.end)).toBe('2,500');
    expect(text.slice(quantity!.start, quantity!.phraseEnd)).toBe('2,500** soldiers in *Iraq');
    expect(quantity!.thing!.key).toBe('soldier in iraq');
  });
});
