import { citation, citedValues, judge, listed, type Relation } from '../../src/story/minority.js';

interface Value {
  article: number;
  value: number | undefined;
}

/** Equal values agree, different ones conflict, an unknown value cannot be compared. */
const relate = (a: Value, b: Value): Relation => (a.value === undefined || b.value === undefined ? undefined : a.value === b.value ? 'agree' : 'conflict');

function dissenters(values: (number | undefined)[]) {
  const statements = values.map((value, article) => ({ article, value }));
  return judge(statements, relate).dissents.map((dissent) => [dissent.statement.article, dissent.against.map((other) => other.article)]);
}

describe('judge: the minority among the articles of a story', () => {
  it('finds the article whose value the others do not share, citing each of them', () => {
    expect(dissenters([53, 57, 53])).toEqual([[1, [0, 2]]]);
    expect(dissenters([57, 53, 53, 53])).toEqual([[0, [1, 2, 3]]]);
  });

  it('breaks a tie against the later article', () => {
    expect(dissenters([53, 57])).toEqual([[1, [0]]]);
    expect(dissenters([53, 57, 57, 53])).toEqual([
      [1, [0, 3]],
      [2, [0, 3]],
    ]);
  });

  it('three different values: every article but the first is in the minority', () => {
    expect(dissenters([1, 2, 3])).toEqual([
      [1, [0, 2]],
      [2, [0, 1]],
    ]);
  });

  it('reports nothing when the articles agree or cannot be compared', () => {
    expect(dissenters([53, 53, 53])).toEqual([]);
    expect(dissenters([53, undefined])).toEqual([]);
    const { compared } = judge([{ article: 0, value: 1 }, { article: 1, value: undefined }], relate);
    expect(compared.size).toBe(0);
  });

  it('does not count an article against a value it also states', () => {
    const statements = [
      { article: 0, value: 53 },
      { article: 1, value: 57 },
      { article: 1, value: 53 },
    ];
    const { dissents } = judge(statements, relate);
    expect(dissents.map((dissent) => [dissent.statement, dissent.against])).toEqual([[statements[1], [statements[0]]]]);
  });
});

describe('message helpers', () => {
  it('cites articles side by side by name, others by path', () => {
    expect(citation('desk/a.txt', 'desk/b.txt', 12)).toBe('b.txt:12');
    expect(citation('desk/a.txt', 'other/b.txt', 3)).toBe('other/b.txt:3');
  });

  it('lists places once per value', () => {
    expect(listed(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(citedValues([
      { text: '"57"', place: 'b.txt:1' },
      { text: '"58"', place: 'c.txt:2' },
      { text: '"57"', place: 'd.txt:3' },
    ])).toBe('"57" in b.txt:1 and d.txt:3; "58" in c.txt:2');
  });
});
