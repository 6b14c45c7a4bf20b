import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'quote-without-speaker';

describe(RULE, () => {
  it('flags a quoted clause nobody is credited with', () => {
    const text = 'Levee Holds\n\nThe water stopped a foot below the top. "Nobody expected the river to rise so fast."';
    const [d, ...rest] = lintRule(RULE, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 3, column: 41, endLine: 3, endColumn: 85 });
    expect(d!.message).toBe('Quotation "Nobody expected the river to rise so fast." has no speaker: attribute it in its sentence or the one before.');
    expect(spanOf(text, d!)).toBe('"Nobody expected the river to rise so fast."');
  });

  it('shortens a long quotation in the message', () => {
    const text = 'Levee Holds\n\nIn the town hall: “We have filled sandbags for three days and nights and we will keep going until the water drops.”';
    expect(lintRule(RULE, text)[0]!.message).toBe(
      'Quotation "We have filled sandbags for three days and nights and we..." has no speaker: attribute it in its sentence or the one before.',
    );
  });

  it('accepts a speaker before, after or around the quotation, or in the sentence before', () => {
    for (const text of [
      'Mayor Ruth Olsen said: "We were lucky this time."',
      '"We were lucky this time," Olsen said.',
      '"We were lucky," said Olsen, "and we know it."',
      '"We were lucky this time. The levee held," the mayor told reporters.',
      'Olsen said the levee held. "We were lucky this time."',
      'Olsen thanked the crews. She said "the levee held because of them."',
      'The sign on the gate read: "No entry until the water drops."',
      '"We were lucky this time." Olsen said that on Monday.',
      '“We were lucky this time.” — Mayor Ruth Olsen',
      'The flyer began "Dear neighbors, we are sorry for the delay" and listed new dates.',
    ]) {
      expect(lintRule(RULE, `Levee Holds\n\n${text}`)).toEqual([]);
    }
  });

  it('accepts a list of quotations introduced by an attributed lead-in', () => {
    const text = 'Flood Relief\n\nResidents told us what they needed:\n\n- "We need dry blankets for the children."\n- "Nobody has come to check on us."';
    expect(lintRule(RULE, text, { filePath: 'relief.md' })).toEqual([]);
  });

  it('accepts a quotation that runs on from the paragraph before', () => {
    expect(lintRule(RULE, 'Levee Holds\n\nOlsen said: "We were lucky this time.\n\n"Next year we may not be."')).toEqual([]);
  });

  it('exempts scare quotes, names, titles and phrases that are not clauses', () => {
    for (const text of [
      'The so-called "safe zone" flooded first.',
      'The crews called it "the long night" afterwards.',
      'Members of the "Friends of the River Valley Trust" helped.',
      'The novel "The water we did not expect" sold out.',
      'The plan was "a sensible and overdue step toward safety" for the town.',
    ]) {
      expect(lintRule(RULE, `Levee Holds\n\n${text}`)).toEqual([]);
    }
  });
});
