import { parseArticle } from '../../src/article/parse.js';
import type { ResolvedDate } from '../../src/facts/resolve-dates.js';

function resolve(text: string, date?: string): ResolvedDate[] {
  return parseArticle(text, { date }).facts.resolvedDates;
}

function one(text: string, date = '2024-01-21'): ResolvedDate {
  const found = resolve(text, date).filter((resolved) => !resolved.isDateline);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('date resolution', () => {
  it('reads a past-tense weekday as the most recent one on or before the publication date', () => {
    expect(one('An attack on the base on Saturday wounded four soldiers.')).toMatchObject({
      kind: 'weekday',
      date: '2024-01-20',
      weekday: 6,
      tense: { tense: 'past', cue: 'wounded' },
      reason: 'past tense ("wounded"): the most recent Saturday on or before the publication date',
    });
    expect(one('Missiles struck the base on Sunday.').date).toBe('2024-01-21');
  });

  it('reads a future-tense weekday forwards, and "last" and "next" strictly', () => {
    expect(one('Parliament will vote on Tuesday.')).toMatchObject({ date: '2024-01-23', tense: { tense: 'future', cue: 'will' } });
    expect(one('He was seen last Sunday.').date).toBe('2024-01-14');
    expect(one('They meet next Sunday.').date).toBe('2024-01-28');
  });

  it('resolves days counted from the publication date', () => {
    expect(one('Floods hit the town yesterday.')).toMatchObject({ kind: 'relative-day', date: '2024-01-20', reason: '"yesterday": 1 day before the publication date' });
    expect(one('Officials met three days ago.').date).toBe('2024-01-18');
  });

  it('resolves periods to their first and last day', () => {
    expect(one('Rain fell this week.')).toMatchObject({ kind: 'relative-period', period: { from: '2024-01-15', to: '2024-01-21' } });
    expect(one('Sales fell last month.').period).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('takes a missing year from the publication date and keeps written years', () => {
    expect(one('The war began on October 7.')).toMatchObject({ kind: 'month-day', date: '2023-10-07', yearImplied: true });
    expect(one('The treaty was signed on March 3, 2022.')).toMatchObject({ kind: 'absolute', date: '2022-03-03', yearImplied: false });
  });

  it('names no day for times, ranges, durations, months and years', () => {
    const kinds = resolve('Missiles fell between 1:05 a.m. and 1:32 a.m. The plant shut for two days. Attacks rose since mid-October. It began in 2020. Talks ran Jan. 3-5.', '2024-01-21');
    expect(kinds.map((resolved) => [resolved.mention.text, resolved.kind, resolved.date])).toEqual([
      ['1:05 a.m.', 'time', undefined],
      ['1:32 a.m.', 'time', undefined],
      ['for two days', 'duration', undefined],
      ['October', 'month', undefined],
      ['Jan. 3-5', 'range', undefined],
    ]);
  });

  it('ignores things that only look like dates', () => {
    const found = resolve('The helpline runs 24/7. He sat down. She Sat down.', '2024-01-21');
    expect(found.map((resolved) => [resolved.mention.text, resolved.kind])).toEqual([
      ['24/7', 'ignored'],
      ['sat', 'ignored'],
      ['Sat', 'ignored'],
    ]);
  });

  it('does not count named days or "the next Sunday" from the publication date', () => {
    const found = resolve('Sales on Cyber Monday rose. Voters in 14 states went to the polls on Super Tuesday. The union struck the next Sunday.', '2024-01-24');
    expect(found.map((resolved) => [resolved.mention.text, resolved.kind, resolved.date, resolved.reason])).toEqual([
      ['Monday', 'ignored', undefined, '"Cyber Monday" names a day, not a weekday of the publication week'],
      ['Tuesday', 'ignored', undefined, '"Super Tuesday" names a day, not a weekday of the publication week'],
      ['next Sunday', 'anaphoric', undefined, '"the next Sunday": counted from another event in the text, not from the publication date'],
    ]);
    expect(one('Prices fell on Monday, a black day for traders.').kind).toBe('weekday');
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const [saturday] = resolve('An attack on the base on Saturday wounded four soldiers.');
    expect(saturday).toMatchObject({ kind: 'weekday', weekday: 6, reason: 'no publication date to resolve it against' });
    expect(saturday!.date).toBeUndefined();
  });

  it('marks the article\'s own dateline', () => {
    const [dateline] = parseArticle('January 21, 2024\n\nStory.').facts.resolvedDates;
    expect(dateline).toMatchObject({ isDateline: true, kind: 'absolute', date: '2024-01-21' });
  });
});
