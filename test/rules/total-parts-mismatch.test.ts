import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'total-parts-mismatch';

describe(RULE, () => {
  it('flags parts that exceed an "including" total, over the whole construction', () => {
    const text = 'Attacks on US bases rise\n\nThe Pentagon counted 120 attacks, including 53 in Iraq and 77 in Syria, since mid-October.';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'error', line: 3, column: 22, endLine: 3, endColumn: 71 });
    expect(d!.message).toBe('The parts (53 + 77) add up to 130, exceeding the stated total of 120 attacks.');
    expect(spanOf(text, d!)).toBe('120 attacks, including 53 in Iraq and 77 in Syria');
  });

  it('reads past a short phrase between the total and its breakdown', () => {
    const text = 'Militias have carried out 96 attacks on coalition outposts since January, including 41 in Iraq and 62 in Syria.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 1, column: 27, endColumn: 111 });
    expect(d!.message).toBe('The parts (41 + 62) add up to 103, exceeding the stated total of 96 attacks.');
  });

  it('flags "with" parts that do not add up to the total', () => {
    const text = 'There have been 140 militia attacks on U.S. troops, with 57 in Iraq and 80 in Syria.';
    const [d] = lintRule(RULE, text);
    expect(d).toMatchObject({ line: 1, column: 17, endColumn: 84 });
    expect(d!.message).toBe('The parts (57 + 80) add up to 137, not the stated total of 140 attacks.');
  });

  it('flags a total stated after its parts', () => {
    const [sum] = lintRule(RULE, 'Officials found 12 launchers in Iraq and five in Syria, a total of 18.');
    expect(sum).toMatchObject({ line: 1, column: 17, endColumn: 70 });
    expect(sum!.message).toBe('The parts (12 + five) add up to 17, not the stated total of 18 launchers.');
    const [tail] = lintRule(RULE, 'The militia lost 40 fighters in Iraq and 25 in Syria, 60 in total.');
    expect(tail!.message).toBe('The parts (40 + 25) add up to 65, exceeding the stated total of 60 fighters.');
  });

  it('flags "of which", "among them" and a colon list', () => {
    const [ofWhich] = lintRule(RULE, 'Up to 130 attacks were recorded, of which 90 were in Iraq and 50 in Syria.');
    expect(ofWhich).toMatchObject({ line: 1, column: 1, endColumn: 74 });
    expect(ofWhich!.message).toBe('The parts (90 + 50) add up to 140, exceeding the stated total of up to 130 attacks.');
    const [among] = lintRule(RULE, 'Twelve people were hurt, among them eight in Kabul and six in Herat.');
    expect(among!.message).toBe('The parts (eight + six) add up to 14, exceeding the stated total of twelve people.');
    const [colon] = lintRule(RULE, 'Police found seven rocket launchers: three in the Al-Baghdadi area and five in Dulab.');
    expect(colon).toMatchObject({ column: 14, endColumn: 85 });
    expect(colon!.message).toBe('The parts (three + five) add up to 8, exceeding the stated total of seven launchers.');
  });

  it('reads bounds on the parts and numbers in words', () => {
    const [bounded] = lintRule(RULE, 'At most 100 soldiers died, including at least 60 in the north and more than 45 in the south.');
    expect(bounded!.message).toBe(
      'The parts (at least 60 + more than 45) add up to more than 105, exceeding the stated total of at most 100 soldiers.',
    );
    const [words] = lintRule(RULE, 'The storm killed twenty-one people, including 12 in Texas and 10 in Oklahoma.');
    expect(words!.message).toBe('The parts (12 + 10) add up to 22, exceeding the stated total of twenty-one people.');
  });

  it('reports exact positions through Markdown markup and CRLF line ends', () => {
    const text = '# Attacks rise\r\n\r\nThe Pentagon counted **120** attacks, including 53 in *Iraq* and 77 in Syria.\r\n';
    const [d] = lintRule(RULE, text, { filePath: 'story.md' });
    expect(d).toMatchObject({ line: 3, column: 24, endLine: 3, endColumn: 77 });
    expect(spanOf(text, d!)).toBe('120** attacks, including 53 in *Iraq* and 77 in Syria');
  });

  describe('stays silent on consistent breakdowns', () => {
    it.each([
      ['parts that fill an "at least" total exactly', 'The Pentagon reports at least 130 attacks, including 53 in Iraq and 77 in Syria, since mid-October.'],
      ['parts that add up', 'Over the past three months, there have been 140 militia attacks on U.S. troops, with 57 in Iraq and 83 in Syria.'],
      ['parts within an approximate total', 'There have been approximately 140 attacks on U.S. troops, with 57 in Iraq and 80 in Syria.'],
      ['"including" parts below the total', 'The group claimed 130 attacks, including 53 in Iraq and 40 in Syria.'],
      ['a single "with" part', 'The company has 500 employees, with 200 in London.'],
      ['a list that goes on without numbers', 'There were 140 attacks, with 57 in Iraq, 60 in Syria and others in Jordan.'],
      ['overlapping groups of other nouns', 'Forty people were killed, including 30 civilians and 15 women.'],
      ['"two dozen" as a round figure', 'The storm killed two dozen people, including 12 in Texas and 10 in Oklahoma.'],
      ['a running toll', 'Five more people died in Gaza and three in Rafah, bringing the toll to 40.'],
      ['places beside the total, not inside it', 'The army keeps 2,500 troops in Iraq, with 900 in Syria and 300 in Jordan.'],
      ['two counts and no total', 'The U.S. has about 2,500 soldiers in Iraq and nearly 900 in Syria.'],
      ['a colon list that adds up', "Iraq's military said it found seven rocket launchers: three in the Al-Baghdadi area and four in Dulab."],
      ['rounded parts of a rounded total', 'Some 2,000 people live there, with 1,200 in the old town and 750 in the new town.'],
      ['round parts of a lower bound', 'More than 60,000 people were displaced, with 38,000 in Kandor and 22,000 in Vessa.'],
      ['a number inside a place phrase', 'At least 31 people died across two provinces, including 19 in Kandor and 12 in Vessa.'],
      [
        'a number inside a place phrase with a determiner',
        'The contract covers 3,300 teachers in the four districts: 1,400 at Northside, 1,100 at Eastfield and 800 at Lowell.',
      ],
    ])('%s', (_label, text) => {
      expect(lintRule(RULE, text)).toEqual([]);
    });
  });
});
