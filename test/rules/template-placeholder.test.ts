import { lintRule, spanOf } from '../helpers/lint.js';

const RULE = 'template-placeholder';
const TK_MESSAGE = (token: string) => `Unfilled placeholder "${token}" (newsroom shorthand for "to come").`;

describe(RULE, () => {
  describe('TK', () => {
    it('flags TK in a headline and TKTK in the body', () => {
      const text = 'Fire Destroys Warehouse TK\n\nCrews fought the blaze for TKTK hours.';
      const [headline, body, ...rest] = lintRule(RULE, text);
      expect(rest).toHaveLength(0);
      expect(headline).toMatchObject({ ruleId: RULE, severity: 'error', line: 1, column: 25, endLine: 1, endColumn: 27 });
      expect(headline!.message).toBe(TK_MESSAGE('TK'));
      expect(body).toMatchObject({ line: 3, column: 28, endColumn: 32 });
      expect(body!.message).toBe(TK_MESSAGE('TKTK'));
    });

    it('flags TK standing for a name between commas', () => {
      const text = 'The fire chief, TK, said the cause was unknown.';
      const [d] = lintRule(RULE, text);
      expect(d).toMatchObject({ line: 1, column: 17, endColumn: 19 });
    });

    it('does not flag TKO, names, codes or a quoted acronym', () => {
      expect(lintRule(RULE, 'He won by TKO in the second round.')).toEqual([]);
      expect(lintRule(RULE, 'TK Maxx opened a store downtown.')).toEqual([]);
      expect(lintRule(RULE, 'Flight TK 1878 landed late.')).toEqual([]);
      expect(lintRule(RULE, 'The clone TK-421 left his post. The ex-TK unit closed.')).toEqual([]);
      expect(lintRule(RULE, 'Editors write "TK" for facts still to come, or ‘TKTK’.')).toEqual([]);
      expect(lintRule(RULE, 'The tk key and the Tk toolkit are lower case.')).toEqual([]);
      expect(lintRule(RULE, 'Style guides spell it `TK` in code.', { filePath: 'guide.md' })).toEqual([]);
    });
  });

  describe('XX standing for a number', () => {
    it('flags XX after a currency sign, before a percent sign, a unit or after a number word', () => {
      const text = 'About XX% of the stock, worth $XX million, was lost. At least XX workers went home. It took XX hours.';
      const found = lintRule(RULE, text);
      expect(found.map((d) => [d.column, spanOf(text, d)])).toEqual([
        [7, 'XX'],
        [32, 'XX'],
        [63, 'XX'],
        [93, 'XX'],
      ]);
      expect(found[0]!.message).toBe('Unfilled placeholder "XX" where a number belongs.');
    });

    it('flags a grouped placeholder as one, a day after a month, and a year', () => {
      const text = 'Some XX,XXX square feet burned on March XX. Profit fell to $X billion in 20XX.';
      const found = lintRule(RULE, text);
      expect(found.map((d) => spanOf(text, d))).toEqual(['XX,XXX', 'XX', 'X', '20XX']);
      expect(found[0]).toMatchObject({ column: 6, endColumn: 12 });
      expect(found[3]!.message).toBe('Unfilled placeholder "20XX" where a year belongs.');
    });

    it('does not flag Roman numerals, sizes, names or lower case', () => {
      expect(lintRule(RULE, 'Super Bowl XX was played in 1986. Chapter XX covers it.')).toEqual([]);
      expect(lintRule(RULE, 'Women have XX chromosomes. She bought an XXL shirt.')).toEqual([]);
      expect(lintRule(RULE, 'The Model X sold well. X, formerly Twitter, said so. XXX-rated films.')).toEqual([]);
      expect(lintRule(RULE, 'At least xx people signed it with xx.')).toEqual([]);
      expect(lintRule(RULE, 'The 20XX series is a game.')).toEqual([]);
    });
  });

  describe('bracketed and template slots', () => {
    it('flags a named slot, an INSERT slot to its closing bracket and a {{ }} slot', () => {
      const text = 'The mayor, [Name], said [INSERT QUOTE FROM MAYOR] and thanked {{ sponsor_name }}.';
      const found = lintRule(RULE, text);
      expect(found.map((d) => [d.column, d.endColumn, d.message])).toEqual([
        [12, 18, 'Unfilled placeholder (bracketed slot): "[Name]".'],
        [25, 50, 'Unfilled placeholder (bracketed slot): "[INSERT QUOTE FROM MAYOR]".'],
        [63, 81, 'Unfilled placeholder (template slot): "{{ sponsor_name }}".'],
      ]);
    });

    it('reports a slot once even when another slot name sits inside it, and not again as TK', () => {
      const text = 'Shares rose [Insert [Name] figure] and [TK].';
      const found = lintRule(RULE, text);
      expect(found.map((d) => spanOf(text, d))).toEqual(['[Insert [Name] figure]', '[TK]']);
    });

    it('reports through Markdown markup and in a front-matter title', () => {
      const text = '---\ntitle: Headline goes here\n---\n\n# {{ headline }}\n\nThe **[Company Name]** board met.\n';
      const found = lintRule(RULE, text, { filePath: 'a.md' });
      expect(found.map((d) => [d.line, d.column, spanOf(text, d)])).toEqual([
        [2, 8, 'Headline goes here'],
        [5, 3, '{{ headline }}'],
        [7, 7, '[Company Name]'],
      ]);
    });

    it('does not flag editorial brackets, empty or unclosed slots', () => {
      expect(lintRule(RULE, 'He said they [the council] would act [sic] soon.')).toEqual([]);
      expect(lintRule(RULE, 'The form has a [Your] field and an [Insert] key.')).toEqual([]);
      expect(lintRule(RULE, 'Press [Insert to add a row.')).toEqual([]);
      expect(lintRule(RULE, 'Type {{ to open a slot on the next line\nthen }} to close it.')).toEqual([]);
      expect(lintRule(RULE, 'Officials [in the city] said so.')).toEqual([]);
    });
  });

  describe('dummy text and page-builder prompts', () => {
    it('flags Lorem ipsum inside a paragraph without a fix', () => {
      const text = 'Intro.\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.';
      const [d] = lintRule(RULE, text);
      expect(d).toMatchObject({ line: 3, column: 1, endColumn: 12 });
      expect(d!.message).toBe('Unfilled placeholder (dummy text): "Lorem ipsum".');
      expect(d!.fix).toBeUndefined();
      expect(d!.suggestions).toBeUndefined();
    });

    it('fixes a line holding only an ad slot or a caption prompt', () => {
      const text = 'The vote passed.\n\nPut your ad code here\n\nAdd caption\n\nIt takes effect in June.';
      const [ad, caption] = lintRule(RULE, text);
      expect(ad).toMatchObject({ line: 3, column: 1, endColumn: 22 });
      expect(ad!.message).toBe('Unfilled placeholder (ad slot): "Put your ad code here".');
      expect(text.slice(...ad!.fix!.range)).toBe('Put your ad code here\n');
      expect(caption).toMatchObject({ line: 5, column: 1, endColumn: 12 });
      expect(text.slice(...caption!.fix!.range)).toBe('Add caption\n');
    });

    it('only suggests removing a headline slot', () => {
      const text = 'Headline goes here\n\nThe vote passed.';
      const [d] = lintRule(RULE, text);
      expect(d!.fix).toBeUndefined();
      expect(d!.suggestions).toEqual([{ desc: 'Remove the line', fix: { range: [0, 19], text: '' } }]);
    });

    it('lowers a placeholder quoted in reporting to info', () => {
      const text = 'The page still read "Put your ad code here" on Monday.';
      const [d] = lintRule(RULE, text);
      expect(d).toMatchObject({ severity: 'info', line: 1, column: 22, endColumn: 43 });
      expect(d!.message).toBe('Quoted template text (ad slot): "Put your ad code here" — fine when reporting on it, unfilled otherwise.');
    });

    it('does not flag prompt words inside a sentence', () => {
      expect(lintRule(RULE, 'Tap Add caption to label a photo, then click to edit it.')).toEqual([]);
      expect(lintRule(RULE, 'The sample text of the treaty was leaked.')).toEqual([]);
    });
  });
});
