/**
 * Abbreviations with a full stop that is not a sentence's: for the repair of the English parser's sentence breaks
 * (src/article/abbreviation-breaks.ts) and the word tokenizer (src/text/words.ts). Entries are written without the
 * final full stop.
 */

/** Written before a number and never last in a sentence: "No. 10", "approx. 40", "Fig. 3". Case-insensitive. */
export const BEFORE_NUMBER = new Set([
  'approx', 'est', 'ext', 'fig', 'figs', 'vol', 'vols', 'art', 'arts', 'ch', 'chap', 'para', 'paras', 'pp', 'pt',
  'pts', 'nos', 'tel', 'vs',
]);

/** "No." before a number only with its capital: a lower-case "no." may well end a sentence. */
export const BEFORE_NUMBER_CASED = new Set(['No', 'NO', 'Nos']);

/**
 * Titles written before a name and never last in a sentence: "Adm. Cooper", "Reps. Smith and Jones". Case-sensitive
 * (the parser already joins the common ones: Gen., Sen., Rep., Gov., Lt., Dr., St., Mt.; they are listed so the
 * repair does not depend on that).
 */
export const BEFORE_NAME = new Set([
  'Adm', 'Brig', 'Capt', 'Cmdr', 'Col', 'Cpl', 'Det', 'Dr', 'Ft', 'Gen', 'Gens', 'Gov', 'Govs', 'Hon', 'Insp', 'Lt',
  'Lts', 'Maj', 'Messrs', 'Mr', 'Mrs', 'Ms', 'Msgr', 'Mt', 'Pfc', 'Pres', 'Prof', 'Pvt', 'Rep', 'Reps', 'Rev', 'Sen',
  'Sens', 'Sgt', 'Spc', 'St', 'Supt', 'Amb', 'Atty', 'Cmdt', 'vs', 'Vs',
]);

/** Suffixes of a name: "John Smith Jr. said", "Smith Sr." */
export const NAME_SUFFIXES = ['Jr', 'Sr'];

/**
 * Abbreviations that can end a sentence although the parser never ends one there: company and name suffixes, street
 * words ("Main St."), US state abbreviations (AP style). Dotted initialisms ("U.S.", "Ph.D.") are recognised by shape.
 */
export const SENTENCE_FINAL = new Set([
  'Inc', 'Corp', 'Co', 'Ltd', 'Bros', ...NAME_SUFFIXES, 'etc', 'St', 'Ave', 'Rd', 'Blvd', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla',
  'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla',
  'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
]);

/** Dotted initialisms of letters and pairs of letters: "U.S.", "D.C.", "a.m.", "Ph.D.". Written with the full stop. */
export const DOTTED_INITIALISM = /^(?:\p{L}{1,2}\.){2,}$/u;

/** Dotted abbreviations that introduce what follows and so never end a sentence ("e.g. The Times"). */
export const DOTTED_NON_FINAL = new Set(['e.g.', 'i.e.', 'E.g.', 'I.e.']);

/**
 * Capitalised words that open sentences and are never part of a name, so after a sentence-final abbreviation they
 * start a new sentence: "based in the U.S. It employs 40 people."
 */
export const SENTENCE_OPENERS = new Set([
  'The', 'It', 'He', 'She', 'They', 'We', 'This', 'These', 'Those', 'There', 'His', 'Its', 'Their', 'Our', 'But',
  'However', 'Meanwhile', 'Yet',
]);
