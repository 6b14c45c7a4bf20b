import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/engine/lint.js';
import { ConfigError } from '../../src/config/validate.js';
import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'stale-attribution';
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'knowledge');
const HARBOR = path.join(fixtures, 'harbor-pack.json');
const OVERRIDE = path.join(fixtures, 'harbor-override.json');

/** Lints with the fictional test pack added to the default pack. */
function check(text: string, options: { date?: string; filePath?: string; packs?: string[]; graceDays?: number } = {}) {
  return lintRule(RULE, text, {
    date: options.date,
    filePath: options.filePath,
    settings: { knowledge: options.packs ?? [HARBOR] },
    ruleOptions: options.graceDays === undefined ? {} : { graceDays: options.graceDays },
  });
}

describe(RULE, () => {
  describe('fires', () => {
    it('on a pre-title that no longer fits, naming the tenure and the holder at the date', () => {
      const text = 'June 25, 2024\n\nNorthport harbor master Oren Castellano said the channel would reopen.';
      const [d, ...rest] = check(text);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ ruleId: RULE, severity: 'warn', line: 3, column: 1, endLine: 3, endColumn: 40 });
      expect(spanOf(text, d!)).toBe('Northport harbor master Oren Castellano');
      expect(d!.message).toBe(
        "Oren J. Castellano was Harbor Master of Northport from April 1, 2015 to June 30, 2019, not on June 25, 2024 (the article's date); Tamsin Reyes held the post then.",
      );
    });

    it('on an appositive with a rank, a middle initial and a filler word in the title', () => {
      const text = 'March 2, 2024\n\nAccording to Col. Dario R. Venn, spokesman for the Meridian multinational coalition, the convoy was hit.';
      const [d, ...rest] = check(text);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ line: 3, column: 14 });
      expect(spanOf(text, d!)).toBe('Col. Dario R. Venn, spokesman for the Meridian multinational coalition');
      expect(d!.message).toBe(
        "Dario R. Venn was Spokesperson for Task Force Meridian from June 2020 to September 2021, not on March 2, 2024 (the article's date); Felix Osei held the post then.",
      );
    });

    it('on the possessive form "Y\'s spokeswoman, X"', () => {
      const text = 'Task Force Meridian’s spokeswoman, Nadia Holt, declined to comment.';
      const [d] = check(text, { date: '2024-05-01' });
      expect(spanOf(text, d!)).toBe('Task Force Meridian’s spokeswoman, Nadia Holt');
      expect(d!.message).toContain('Nadia Holt was Spokesperson for Task Force Meridian from September 2021 to March 2023');
    });

    it('on a person who never held the post, naming the holder and the post the person did hold', () => {
      const text = 'In a statement, Tamsin Reyes, spokeswoman for Task Force Meridian, said the port was closed.';
      const [d, ...rest] = check(text, { date: '2024-01-21' });
      expect(rest).toEqual([]);
      expect(spanOf(text, d!)).toBe('Tamsin Reyes, spokeswoman for Task Force Meridian');
      expect(d!.message).toBe(
        "Tamsin Reyes never held the post of Spokesperson for Task Force Meridian; on January 21, 2024 (the article's date) it was held by Felix Osei (since March 2023), while Reyes was Harbor Master of Northport.",
      );
    });

    it('on an article dated before the tenure began', () => {
      const [d] = check('Defense Minister Petra Lund-Okafor toured the border.', { date: '2021-05-04' });
      expect(d!.message).toBe(
        "Petra Lund-Okafor was Minister of Defense of Valdria since November 2022, not on May 4, 2021 (the article's date); Ilse Marrow held the post then.",
      );
    });

    it('on a surname when the full name appeared earlier in the article', () => {
      const text = 'Oren Castellano toured the docks on Monday.\n\nLater, Northport harbor master Castellano said the cranes were idle.';
      const [d, ...rest] = check(text, { date: '2024-02-07' });
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ line: 3, column: 8 });
      expect(spanOf(text, d!)).toBe('Northport harbor master Castellano');
    });

    it('on a United States post written with a leading "U.S."', () => {
      const text = 'U.S. ambassador to Valdria Gwen Arbuckle met the minister.';
      const [d] = check(text, { date: '2024-09-10' });
      expect(spanOf(text, d!)).toBe('U.S. ambassador to Valdria Gwen Arbuckle');
    });

    it('outside the grace period around a change of office', () => {
      expect(check('Northport harbor master Oren Castellano spoke.', { date: '2019-07-20' })).toHaveLength(1);
      expect(check('Northport harbor master Oren Castellano spoke.', { date: '2019-07-20', graceDays: 30 })).toEqual([]);
    });

    it('reports exact positions in Markdown with CRLF line ends and emphasis', () => {
      const text = '---\r\ndate: 2024-06-25\r\n---\r\n\r\n# Port news\r\n\r\nThe *Northport harbor master* Oren Castellano said so.\r\n';
      const [d] = check(text, { filePath: 'story.md' });
      expect(d).toMatchObject({ line: 7, column: 6 });
      expect(spanOf(text, d!)).toBe('Northport harbor master* Oren Castellano');
    });
  });

  describe('stays silent', () => {
    it('on a current title', () => {
      expect(check('Northport harbor master Tamsin Reyes said the channel would reopen.', { date: '2024-06-25' })).toEqual([]);
      expect(check('Felix Osei, spokesman for Task Force Meridian, said the convoy was safe.', { date: '2024-06-25' })).toEqual([]);
    });

    it('on an article dated inside the tenure', () => {
      expect(check('Col. Dario Venn, spokesman for Task Force Meridian, said the convoy was safe.', { date: '2021-03-15' })).toEqual([]);
    });

    it('inside the grace period after a change of office', () => {
      expect(check('Northport harbor master Oren Castellano spoke.', { date: '2019-07-04' })).toEqual([]);
    });

    it('when the text marks the title as past', () => {
      const date = '2024-06-25';
      expect(check('Former Northport harbor master Oren Castellano spoke.', { date })).toEqual([]);
      expect(check('The former Northport harbor master Oren Castellano spoke.', { date })).toEqual([]);
      expect(check('Oren Castellano, a former Northport harbor master, spoke.', { date })).toEqual([]);
      expect(check('Then-spokesman for Task Force Meridian Dario Venn spoke.', { date })).toEqual([]);
      expect(check('Dario Venn, then spokesman for Task Force Meridian, spoke.', { date })).toEqual([]);
      expect(check('Dario Venn, who served as spokesman for Task Force Meridian, spoke.', { date })).toEqual([]);
      expect(check('Dario Venn, spokesman for Task Force Meridian at the time, spoke.', { date })).toEqual([]);
      expect(check('Dario Venn, spokesman for Task Force Meridian until 2021, spoke.', { date })).toEqual([]);
    });

    it('when a date sets the sentence or its paragraph in the past', () => {
      const date = '2024-06-25';
      expect(check('In March 2021, Dario Venn, spokesman for Task Force Meridian, said the convoy was hit.', { date })).toEqual([]);
      expect(check('Dario Venn, spokesman for Task Force Meridian, said in 2021 that the convoy was hit.', { date })).toEqual([]);
      expect(check('The port flooded in 2018. Northport harbor master Oren Castellano ordered an evacuation.', { date })).toEqual([]);
    });

    it('but a past date far later in the sentence does not govern the title', () => {
      const text = 'Dario Venn, spokesman for Task Force Meridian, said the convoy took the same road that flooded badly in 2019.';
      expect(check(text, { date: '2024-06-25' })).toHaveLength(1);
    });

    it('without a publication date', () => {
      expect(check('Northport harbor master Oren Castellano spoke.')).toEqual([]);
    });

    it('on a person the packs do not know', () => {
      expect(check('Northport harbor master Jonas Whitfield spoke.', { date: '2024-06-25' })).toEqual([]);
    });

    it('on a bare surname the article never gave in full', () => {
      expect(check('Northport harbor master Castellano spoke.', { date: '2024-06-25' })).toEqual([]);
    });

    it('when a capitalised qualifier makes it another post', () => {
      expect(check('Deputy Northport harbor master Oren Castellano spoke.', { date: '2024-06-25' })).toEqual([]);
      expect(check('Ruritanian Defense Minister Ilse Marrow spoke.', { date: '2024-06-25' })).toEqual([]);
    });

    it('when the title goes on to name another body', () => {
      expect(check('Oren Castellano, harbor master of Eastport, spoke.', { date: '2024-06-25' })).toEqual([]);
    });

    it('when the title belongs to the name after it, not the one before', () => {
      expect(check('Ilse Marrow, Defense Minister Petra Lund-Okafor and others attended.', { date: '2024-06-25' })).toEqual([]);
    });

    it('when an ambiguous title could be a post the person never held', () => {
      expect(check('Harbor master Felix Osei spoke.', { date: '2024-06-25' })).toEqual([]);
    });

    it('after the month the packs are verified through', () => {
      expect(check('Northport harbor master Oren Castellano spoke.', { date: '2026-03-01' })).toEqual([]);
      expect(check('Tamsin Reyes, spokeswoman for Task Force Meridian, spoke.', { date: '2026-03-01' })).toEqual([]);
    });

    it('before anyone is known to have held the post', () => {
      expect(check('Tamsin Reyes, spokeswoman for Task Force Meridian, spoke.', { date: '2019-01-10' })).toEqual([]);
    });

    it('when a newsroom pack corrects the tenure', () => {
      expect(check('Northport harbor master Oren Castellano spoke.', { date: '2024-06-25', packs: [HARBOR, OVERRIDE] })).toEqual([]);
    });
  });

  it('rejects a broken newsroom pack with a configuration error naming the file and the key', () => {
    const broken = path.join(fixtures, 'broken-pack.json');
    expect(() => lint('Northport harbor master Oren Castellano spoke.', { date: '2024-06-25', settings: { knowledge: [HARBOR, broken] } })).toThrow(ConfigError);
    expect(() => lint('x', { date: '2024-06-25', settings: { knowledge: [broken] } })).toThrow(
      `${broken}: people[0].tenures[0].start: expected a date YYYY-MM-DD or YYYY-MM, got "21/01/2021"`,
    );
  });

  describe('with the default pack alone', () => {
    const pack = (text: string, date: string) => lintRule(RULE, text, { date });

    it('fires on a commander given the command of another general, naming the holder', () => {
      const text = 'January 14, 2024\n\nMarine Gen. Michael E. Langley, commander of US Central Command, visited the carrier group on Friday.';
      const [d, ...rest] = pack(text, undefined as unknown as string);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ line: 3, column: 1 });
      expect(spanOf(text, d!)).toBe('Marine Gen. Michael E. Langley, commander of US Central Command');
      expect(d!.message).toMatch(/^Michael E\. Langley never held the post of .*Central Command; on January 14, 2024 \(the article's date\) it was held by Michael E\. Kurilla \(since April 1, 2022\), while Langley was .*Africa Command\.$/);
    });

    it('stays silent on the actual holder', () => {
      expect(pack('Gen. Michael Kurilla, the CENTCOM commander, met troops in Jordan.', '2024-01-14')).toEqual([]);
      expect(pack('CENTCOM commander Gen. Erik Kurilla met troops in Jordan.', '2024-01-14')).toEqual([]);
    });

    it('fires on a coalition spokesman quoted years after his post, and not on a "former" one', () => {
      expect(pack('Col. Wayne Marotto, a spokesman for the U.S.-led coalition, said the drones were shot down.', '2024-02-03')).toHaveLength(1);
      const [e] = pack('Col. Wayne Marotto, spokesman for the U.S.-led coalition, said the drones were shot down.', '2024-02-03');
      expect(e!.message).toMatch(/^Wayne Marotto was Spokesperson, .*Inherent Resolve from September 9, 2020 to March 2022, not on February 3, 2024 \(the article's date\)/);
      expect(pack('Wayne Marotto, a former coalition spokesman, said the drones were shot down.', '2024-02-03')).toEqual([]);
      expect(pack('Former coalition spokesman Wayne Marotto said the drones were shot down.', '2024-02-03')).toEqual([]);
    });

    it('checks a cabinet title against the date inside and outside the tenure', () => {
      expect(pack('Defense Secretary Mark Esper said the base was safe.', '2020-01-08')).toEqual([]);
      const [d] = pack('Defense Secretary Mark Esper said the base was safe.', '2024-01-21');
      expect(d!.message).toBe(
        "Mark T. Esper was United States Secretary of Defense from June 24, 2019 to July 15, 2019 (acting) and from July 23, 2019 to November 9, 2020, not on January 21, 2024 (the article's date); Lloyd J. Austin III held the post then.",
      );
    });

    it('says nothing after the month the pack is verified through', () => {
      expect(pack('Defense Secretary Lloyd Austin said the base was safe.', '2031-05-01')).toEqual([]);
    });
  });
});
