/** Closed English word classes and crude inflection, enough to delimit noun phrases without a tagger. */

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', "it's", 'their', 'his', 'her', 'our', 'your', 'my',
  'such', 'each', 'every', 'any', 'no', 'another',
]);

export const AUXILIARIES = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
]);

/** Adverbs that may sit between a subject and its verb ("missiles were reportedly launched"). */
export const VERB_ADVERBS = new Set([
  'reportedly', 'allegedly', 'also', 'already', 'still', 'just', 'all', 'both', 'not', 'never', 'now', 'then',
  'later', 'each', 'only', 'eventually', 'initially', 'apparently', 'reportedly', 'subsequently', 'ultimately',
]);

export const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'against', 'from', 'near', 'across', 'inside', 'outside', 'within', 'into', 'aboard', 'to',
  'toward', 'towards', 'of', 'for', 'by', 'with', 'without', 'about', 'over', 'under', 'after', 'before', 'since',
  'during', 'between', 'among', 'amid', 'through', 'throughout', 'per', 'like', 'than', 'as', 'via', 'including',
  'until', 'till', 'upon', 'onto', 'off', 'along', 'around', 'behind', 'beyond', 'despite', 'following',
]);

export const CONJUNCTIONS = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'because', 'although', 'though', 'if', 'when',
  'where', 'who', 'whom', 'whose', 'which', 'that', 'what', 'whether', 'plus',
]);

export const PRONOUNS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'there', 'here', 'more', 'most', 'less',
  'few', 'fewer', 'many', 'much', 'several', 'some', 'other', 'others', 'one', 'ones',
]);

/** Words that end a noun phrase. */
export function isFunctionWord(word: string): boolean {
  return DETERMINERS.has(word) || AUXILIARIES.has(word) || VERB_ADVERBS.has(word) || PREPOSITIONS.has(word) || CONJUNCTIONS.has(word) || PRONOUNS.has(word);
}

/** Plurals that do not end in "s", and nouns that are their own plural. */
const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', personnel: 'personnel', police: 'police', staff: 'staff', crew: 'crew', aircraft: 'aircraft',
  cattle: 'cattle', sheep: 'sheep', fish: 'fish', deer: 'deer', livestock: 'livestock', infantry: 'infantry',
  clergy: 'clergy', spacecraft: 'spacecraft', militia: 'militia',
};

/** True for a word that reads as a plural noun ("attacks", "troops", "people", "personnel"). */
export function isPluralNoun(word: string): boolean {
  if (word in IRREGULAR_PLURALS && word !== 'militia') return true;
  if (!/^[\p{L}-]{3,}$/u.test(word) || isFunctionWord(word)) return false;
  return /s$/.test(word) && !/(?:ss|us|is|'s)$/.test(word);
}

/** Singular of a plural noun ("casualties" → "casualty"); other words come back unchanged. */
export function singular(word: string): string {
  if (word in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[word]!;
  if (!isPluralNoun(word)) return word;
  if (/[^aeiou]ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

const IRREGULAR_VERBS: Record<string, string> = {
  struck: 'strike', hit: 'strike', shot: 'shoot', fought: 'fight', sent: 'send', fell: 'fall', rose: 'rise',
  held: 'hold', took: 'take', taken: 'take', went: 'go', gone: 'go', saw: 'see', seen: 'see', left: 'leave',
  lost: 'lose', brought: 'bring', built: 'build', caught: 'catch', ran: 'run', won: 'win', flew: 'fly',
  flown: 'fly', drove: 'drive', driven: 'drive', threw: 'throw', thrown: 'throw', made: 'make', met: 'meet',
  found: 'find', told: 'tell', kept: 'keep', got: 'get', gave: 'give', given: 'give', began: 'begin', begun: 'begin',
  fled: 'flee', slain: 'slay', spent: 'spend', sold: 'sell', bought: 'buy', paid: 'pay', led: 'lead', fired: 'fire',
  wounded: 'wound', killed: 'kill', injured: 'injure', died: 'die', hurt: 'hurt', put: 'put', set: 'set', cut: 'cut',
};

/** Past tense and participles that need no auxiliary to read as verbs ("missiles struck"). */
export function looksLikeVerb(word: string): boolean {
  return word in IRREGULAR_VERBS || /[a-z]ed$/.test(word);
}

/** A crude stem shared by the forms of one verb: "launched", "launches", "launching" → "launch". */
export function verbLemma(word: string): string {
  let base = IRREGULAR_VERBS[word] ?? word;
  if (base === word) {
    if (/ing$/.test(base) && base.length > 5) base = base.slice(0, -3);
    else if (/ied$/.test(base)) base = `${base.slice(0, -3)}y`;
    else if (/ed$/.test(base) && base.length > 4) base = base.slice(0, -2);
    else if (/(?:sh|ch|x|z|ss)es$/.test(base)) base = base.slice(0, -2);
    else if (/[^s]s$/.test(base) && base.length > 3) base = base.slice(0, -1);
  }
  return base.replace(/e$/, '');
}

/**
 * Ordinary words that often open a sentence and so are seen capitalised only ("Details remained scarce",
 * "Meanwhile, ..."): never a name on their own. Lower case.
 */
export const SENTENCE_STARTERS = new Set([
  'separate', 'details', 'please', 'required', 'whilst', 'double', 'earlier', 'later', 'meanwhile', 'however',
  'despite', 'after', 'before', 'during', 'following', 'according', 'asked', 'speaking', 'officials', 'witnesses',
  'residents', 'analysts', 'experts', 'critics', 'police', 'authorities', 'sources', 'today', 'yesterday', 'tomorrow',
  'last', 'next', 'several', 'many', 'most', 'some', 'other', 'others', 'both', 'neither', 'either', 'once',
  'still', 'instead', 'overall', 'elsewhere', 'separately', 'similarly', 'previously', 'recently', 'currently',
  'yet', 'now', 'then', 'also', 'nevertheless', 'nonetheless', 'otherwise', 'indeed', 'thus', 'hence', 'therefore',
  'besides', 'here', 'there', 'again', 'often', 'sometimes', 'since', 'though', 'although', 'while', 'first',
  'second', 'third', 'finally',
]);

export const MONTH_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAY_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
