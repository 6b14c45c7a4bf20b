import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'name-variant';

describe(RULE, () => {
  it('points at the less frequent spelling of a person and suggests the other', () => {
    const text = [
      'Iraqi Prime Minister Mohamed Shia al-Sudani spoke on Sunday.',
      '',
      'Prime Minister Mohammed Shia al-Sudani said the mission should end. Mohammed Shia al-Sudani later met envoys.',
    ].join('\n');
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 1, column: 22, endLine: 1, endColumn: 44 });
    expect(d!.message).toBe('"Mohamed Shia al-Sudani" is written "Mohammed Shia al-Sudani" on line 3; use one spelling.');
    expect(d!.related).toEqual([{ message: '"Mohammed Shia al-Sudani" is written here.', line: 3, column: 16, endLine: 3, endColumn: 39 }]);
    expect(d!.suggestions).toEqual([{ desc: 'Write "Mohammed"', fix: { range: [21, 28], text: 'Mohammed' } }]);
  });

  it('flags a place written with a different capital, the later one on a tie', () => {
    const text = 'Missiles struck the Ain al-Asad air base.\n\nDanish troops stationed at Ain Al-Asad were also hurt.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 3, column: 28, endColumn: 39 });
    expect(d!.message).toBe('"Ain Al-Asad" is written "Ain al-Asad" on line 1; use one spelling.');
    expect(d!.suggestions![0]!.fix).toEqual({ range: [d!.start, d!.end], text: 'Ain al-Asad' });
  });

  it('flags a respelled word in a short form of a full name', () => {
    const text = 'Prime Minister Mohammed Shia al-Sudani spoke. Critics said Mohamed al-Sudani had waited too long.';
    const [d] = lintRule(RULE, text);
    expect(spanOf(text, d!)).toBe('Mohamed al-Sudani');
    expect(d!.message).toBe('"Mohamed al-Sudani" is written "Mohammed Shia al-Sudani" on line 1; use one spelling.');
  });

  it('flags every occurrence of a respelled one-word name', () => {
    const text = 'Hezbollah fired rockets. Israel struck Hizbollah positions. Hezbollah denied it. Hizbollah later fired again.';
    const found = lintRule(RULE, text);
    expect(found.map((d) => [d.column, spanOf(text, d)])).toEqual([
      [40, 'Hizbollah'],
      [82, 'Hizbollah'],
    ]);
  });

  it('reports positions through Markdown markup', () => {
    const text = '# Strike on base\n\nMissiles hit **Ain al-Asad**.\n\nTroops at *Ain Al-Asad* took cover.';
    const [d] = lintRule(RULE, text, { filePath: 'story.md' });
    expect(d).toMatchObject({ line: 5, column: 12, endColumn: 23 });
    expect(spanOf(text, d!)).toBe('Ain Al-Asad');
  });

  it('compares a name that follows a weekday without the weekday', () => {
    const text = 'Hezbollah denied the report.\n\nOfficials said on Monday Hizbollah fighters fired rockets.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, line: 3, column: 26, endColumn: 35 });
    expect(d!.message).toBe('"Hizbollah" is written "Hezbollah" on line 1; use one spelling.');
  });

  describe('stays silent on names that differ for a reason', () => {
    it.each([
      ['two people sharing a surname', 'President Joe Biden spoke with his son Hunter Biden on Sunday.'],
      [
        'short forms and a capital that opens a sentence',
        'Prime Minister Mohammed Shia al-Sudani spoke. Al-Sudani said the coalition must leave. Sudani repeated it, and al-Sudani left.',
      ],
      ['a name without its middle initial', 'Gen. Michael E. Langley spoke. Michael Langley said the attack was deliberate.'],
      ['a headline in title case', 'Missile Attack Hits Ain Al-Asad Base\n\nMissiles struck the Ain al-Asad air base in western Iraq.'],
      ['a country and its adjective, and two neighbours', 'Israel struck targets. Israeli jets flew north. Iran and Iraq were silent.'],
      ['different given names', 'Jake Sullivan spoke. Jack Sullivan, a reporter, asked questions. Mark Kelly spoke. Mary Kelly did not.'],
      ['a country and the word for its people', 'Crews in Ukraine restored power. Ukrainian officials said the grid held. A Ukrainian envoy agreed.'],
      ['a country and its adjective ending in a vowel', 'Argentina voted on Sunday. Argentine markets rose on Monday.'],
      ['a group and a city', 'Hamas fighters attacked. Residents of Hama in Syria were safe.'],
      ['a place and a longer place', 'Gaza is under siege. Gaza City is dark.'],
      ['a full name and its surname', 'Adel Abdul Mahdi spoke. Abdul Mahdi then left.'],
      ['abbreviation style', 'U.S. forces left. US officials spoke.'],
      ['a month before a surname', 'Jane Smith leads the agency. In June Smith said it would grow.'],
      ['plural nouns opening sentences', 'Protesters gathered outside the ministry on Monday. Protestors returned on Tuesday.'],
      ['an all-capitals wire dateline', 'CARDEW — Talks over the Cardew harbor resumed. Officials in Cardew said so.'],
    ])('%s', (_label, text) => {
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
