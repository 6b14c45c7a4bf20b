import { parseArticle } from '../../src/article/parse.js';

/** Every claim in `text` as "kind:text". */
function claims(text: string, date?: string): string[] {
  const article = parseArticle(text, { date });
  return article.sentences.flatMap((sentence) => article.facts.claims.of(sentence).map((claim) => `${claim.kind}:${claim.text}`));
}

describe('check-worthy claims', () => {
  it('finds counts, percentages and amounts with their qualifier and counted noun', () => {
    expect(claims('The navy keeps about 2,500 sailors in the gulf and nearly 900 on land.')).toEqual([
      'count:about 2,500 sailors',
      'count:nearly 900',
    ]);
    expect(claims('Turnout reached 61.5% and the vote cost $4.2 million, or 3 billion yen.')).toEqual([
      'percentage:61.5%',
      'money:$4.2 million',
      'money:3 billion yen',
    ]);
    expect(claims('Some 40 percent of the 1,200 U.S. staff left.')).toEqual(['percentage:Some 40 percent', 'count:1,200 U.S. staff']);
  });

  it('finds casualty and damage figures, spelled-out ones too', () => {
    expect(claims('At least two guards were wounded and one driver was killed.')).toEqual([
      'casualty:At least two guards',
      'casualty:one driver',
    ]);
    expect(claims('The fire destroyed 300 homes and caused a 10-day halt at the plant.')).toEqual([
      'damage:300 homes',
      'damage:10-day halt',
    ]);
  });

  it('ignores dates, times, years, ordinals, labels, ages, distances and durations', () => {
    expect(
      claims(
        'On Jan. 21, 2024, at 1:05 a.m., the 3rd Brigade and the 1-487 FA met under Article 5 in Room 204 of Building 7 in 2020.',
        '2024-01-22',
      ),
    ).toEqual([]);
    expect(claims('A 45-year-old man drove 30 km north for three weeks in the 1990s with two F-16 jets.')).toEqual([]);
    expect(claims('The team won 3-1, joined the Fortune 500 and moved to 10 Downing Street on page 4.')).toEqual([]);
    expect(claims('Tom Reilly, 61, said no one was killed. One of the men left two years ago.')).toEqual([]);
  });

  it('finds allegations only with a wrongdoing noun nearby', () => {
    expect(claims('Police say the gang was behind the bombing. The attacks were attributed to a splinter group.')).toEqual([
      'allegation:was behind the bombing',
      'allegation:attributed to a splinter group',
    ]);
    expect(claims('The agency responsible for roads was attributed to the ministry.')).toEqual([]);
  });

  it('finds record claims: superlatives with a time scope and record phrases', () => {
    expect(claims('It was the largest protest since 2020 and prices hit a record high.')).toEqual([
      'record:the largest protest since 2020',
      'record:record high',
    ]);
    expect(claims('Rainfall was the heaviest in decades.')).toEqual(['record:the heaviest in decades']);
    expect(claims('It is the largest city in the region.')).toEqual([]);
  });
});
