import { parseArticle } from '../../src/article/parse.js';
import { compareNames, isSpellingVariant, spellingSkeleton } from '../../src/text/name-spelling.js';

function names(text: string, filePath = 'a.txt'): string[] {
  return parseArticle(text, { filePath }).facts.names.map((name) => name.text);
}

describe('names fact', () => {
  it('finds runs of capitalised words with particles, initials and hyphenated prefixes', () => {
    expect(names('Prime Minister Mohammed Shia al-Sudani met Gen. Michael E. Langley near Ain al-Asad.')).toEqual([
      'Mohammed Shia al-Sudani',
      'Michael E. Langley',
      'Ain al-Asad',
    ]);
  });

  it('keeps the title apart and the key folded', () => {
    const [name] = parseArticle('Iraqi Prime Minister Mohamed Shia al-Sudani spoke.').facts.names;
    expect(name).toMatchObject({ text: 'Mohamed Shia al-Sudani', title: 'Iraqi Prime Minister', key: 'mohamedshiaalsudani' });
  });

  it('absorbs "of" inside a title and an organisation name', () => {
    expect(names('Secretary of State Antony Blinken called the Department of Defense.')).toEqual(['Antony Blinken', 'Department of Defense']);
  });

  it('cuts possessives and lower-case compounds, and skips ordinary words that open a sentence', () => {
    expect(names("Separate strikes hit Iraq's north. Iran-backed groups said so. Meanwhile Tehran was quiet.")).toEqual([
      'Iraq',
      'Iran',
      'Tehran',
    ]);
  });

  it('drops a capitalised opening word the article also writes in lower case', () => {
    expect(names('Militants fired rockets. The militants fled toward Kirkuk.')).toEqual(['Kirkuk']);
  });

  it('does not take a plural or an event noun opening a sentence for a name', () => {
    expect(names('Talks resumed on Monday. Protests spread to Basra. Clashes erupted near the port. Shelling went on.')).toEqual(['Basra']);
    expect(names('Negotiators met in Doha. Mediators from Oman joined.')).toEqual(['Doha', 'Oman']);
  });

  it('keeps a capitalised opener that the article also capitalises inside a sentence, or that a name follows', () => {
    expect(names('Mary Jones chairs the board. Jones said the vote was close.')).toEqual(['Mary Jones', 'Jones']);
    expect(names('Houthis fired two missiles, a spokesman for the Houthis said.')).toEqual(['Houthis', 'Houthis']);
    expect(names('Gardens Point Road was closed.')).toEqual(['Gardens Point Road']);
  });

  it('never joins a weekday or a month onto a name', () => {
    expect(names('Officials said on Monday Hezbollah fighters fired. In January Hamas said so.')).toEqual(['Hezbollah', 'Hamas']);
    expect(names('On Tuesday President Ali Reza spoke, and Smith March 3 wrote back.')).toEqual(['Ali Reza', 'Smith']);
    const [name] = parseArticle('On Tuesday President Ali Reza spoke.').facts.names;
    expect(name).toMatchObject({ text: 'Ali Reza', title: 'President' });
    // Named days are cut too: "Black" alone is a harmless mention, a weekday inside a name would join unrelated words.
    expect(names('The Good Friday Agreement held.')).toEqual(['Good', 'Agreement']);
  });

  it('keeps a month that ends a name', () => {
    expect(names('The former prime minister Theresa May spoke.')).toEqual(['Theresa May']);
  });

  it('marks names at the start of a sentence and in headline-style lines', () => {
    const found = parseArticle('Missile Attack Hits Base\n\nAl-Sudani spoke to Parliament.').facts.names;
    expect(found.map((name) => [name.text, name.sentenceInitial, name.titleCase])).toEqual([
      ['Missile Attack Hits Base', true, true],
      ['Al-Sudani', true, false],
      ['Parliament', false, false],
    ]);
  });

  it('reports source positions through Markdown markup', () => {
    const text = 'The talks with **Mohammed Shia al-Sudani** ended.';
    const [name] = parseArticle(text, { filePath: 'a.md' }).facts.names;
    expect(text.slice(name!.start, name!.end)).toBe('Mohammed Shia al-Sudani');
    expect(name!.tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Mohammed', 'Shia', 'al-Sudani']);
  });
});

describe('name spelling', () => {
  it('gives transliteration variants one skeleton', () => {
    expect(spellingSkeleton('Mohammed')).toBe(spellingSkeleton('Mohamed'));
    expect(spellingSkeleton('Hussein')).toBe(spellingSkeleton('Husain'));
    expect(spellingSkeleton('Iran')).not.toBe(spellingSkeleton('Iraq'));
  });

  it('tells spelling variants from different words', () => {
    expect(isSpellingVariant('Mohamed', 'Mohammed')).toBe(true);
    expect(isSpellingVariant('Qaddafi', 'Gaddafi')).toBe(true);
    expect(isSpellingVariant('Zelensky', 'Zelenskyy')).toBe(true);
    expect(isSpellingVariant('Joe', 'Hunter')).toBe(false);
    expect(isSpellingVariant('Mark', 'Mary')).toBe(false);
    expect(isSpellingVariant('Israel', 'Israeli')).toBe(false);
    expect(isSpellingVariant('Jake', 'Jack')).toBe(false);
  });

  it('tells a place from the word made from it, and one inflection from another', () => {
    expect(isSpellingVariant('Ukraine', 'Ukrainian')).toBe(false);
    expect(isSpellingVariant('Chile', 'Chileans')).toBe(false);
    expect(isSpellingVariant('Lebanon', 'Lebanese')).toBe(false);
    expect(isSpellingVariant('Argentina', 'Argentine')).toBe(false);
    expect(isSpellingVariant('Giovanni', 'Giovanna')).toBe(false);
    expect(isSpellingVariant('Hizbullah', 'Hezbollah')).toBe(true);
    expect(isSpellingVariant('Zelenskiy', 'Zelensky')).toBe(true);
  });

  it('compares whole names', () => {
    expect(compareNames(['Ain', 'al-Asad'], ['Ain', 'Al-Asad'])).toEqual({ kind: 'form' });
    expect(compareNames(['Mohamed', 'Shia', 'al-Sudani'], ['Mohammed', 'Shia', 'al-Sudani'])).toEqual({ kind: 'word', a: 0, b: 0 });
    expect(compareNames(['Mohamed', 'al-Sudani'], ['Mohammed', 'Shia', 'al-Sudani'])).toEqual({ kind: 'word', a: 0, b: 0 });
    expect(compareNames(['Hezbollah'], ['Hizbollah'])).toEqual({ kind: 'word', a: 0, b: 0 });
  });

  it('does not pair different people, short forms or acronym styles', () => {
    expect(compareNames(['Joe', 'Biden'], ['Hunter', 'Biden'])).toBeUndefined();
    expect(compareNames(['al-Sudani'], ['Mohammed', 'Shia', 'al-Sudani'])).toBeUndefined();
    expect(compareNames(['Michael', 'Langley'], ['Michael', 'E.', 'Langley'])).toBeUndefined();
    expect(compareNames(['U.S.', 'Central', 'Command'], ['US', 'Central', 'Command'])).toBeUndefined();
    expect(compareNames(['Sudan'], ['Sidon'])).toBeUndefined();
  });
});
