import { roleFillerWords } from '../../rules/data/role-context.js';

/**
 * Role phrases are matched in a canonical spelling, so one alias covers "U.S."/"US"/"United States",
 * "spokeswoman"/"spokesperson"/"spokesman", "Defence"/"Defense" and "the US-led military coalition"/"the US-led
 * coalition". The canonical text keeps a map back to the original offsets.
 */
const SUBSTITUTIONS: [RegExp, string][] = [
  [/^u\.?s\.?(?=-|$)/i, 'us'],
  [/^united\s+states$/i, 'us'],
  [/^spokes(?:woman|person|people|men|women)$/i, 'spokesman'],
  [/^defence$/i, 'defense'],
  [/^secretary-general$/i, 'secretary general'],
];

const FILLERS = new Set(roleFillerWords);
/** A word, with internal dots, hyphens and apostrophes; "United States" is read as one unit. */
const WORD = /united\s+states|[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?\.?/giu;

export interface CanonicalText {
  text: string;
  /** Source range [start, end) of each canonical character. */
  starts: number[];
  ends: number[];
}

function canonicalWord(word: string): string {
  // A sentence's full stop is not part of the word; the dots of "U.S." are.
  const dot = word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) ? '.' : '';
  const bare = dot ? word.slice(0, -1) : word;
  if (FILLERS.has(bare.toLowerCase())) return dot;
  for (const [pattern, replacement] of SUBSTITUTIONS) {
    if (pattern.test(bare)) return bare.replace(pattern, replacement) + dot;
  }
  return word;
}

/** The canonical spelling of `text`, with every canonical character mapped to the source range it came from. */
export function canonicalRoleText(text: string): CanonicalText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      out += text[i];
      starts.push(i);
      ends.push(i + 1);
    }
  };
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    copy(last, start);
    const replacement = canonicalWord(match[0]);
    if (replacement === match[0]) copy(start, end);
    else {
      out += replacement;
      for (let i = 0; i < replacement.length; i++) {
        starts.push(start);
        ends.push(end);
      }
    }
    last = end;
  }
  copy(last, text.length);
  return { text: out, starts, ends };
}

/** The canonical spelling of an alias, lower-cased, white space collapsed. */
export function canonicalRolePhrase(phrase: string): string {
  return canonicalRoleText(phrase).text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Title nouns that end a role phrase ("CENTCOM commander", "Pentagon press secretary"). */
const TITLE_HEAD = /^(.+?) ((?:press |chief |deputy )?(?:secretary general|secretary|spokesman|commander|chief|chairman|chair|head|leader|director|minister|prime minister|president|ambassador))$/;
const OF_FORM = /^((?:\S+ ){0,2}\S+) (?:of|for) (?:the )?(.+)$/;

/**
 * The ways an alias is written besides itself: "commander of US Central Command" is also "US Central Command
 * commander" and "US Central Command's commander"; "CENTCOM commander" is also "commander of CENTCOM". A role of the
 * United States also matches with a leading "US" when the alias does not name the country.
 */
export function aliasForms(alias: string, isUnitedStates: boolean): string[] {
  const base = canonicalRolePhrase(alias);
  if (!base) return [];
  const forms = new Set([base]);
  const of = OF_FORM.exec(base);
  if (of) {
    const [, title, holder] = of as unknown as [string, string, string];
    forms.add(`${holder} ${title}`);
    forms.add(`${holder}'s ${title}`);
    forms.add(`${title} of the ${holder}`);
    forms.add(`${title} for the ${holder}`);
    forms.add(`${title} of ${holder}`);
    forms.add(`${title} for ${holder}`);
  }
  const head = TITLE_HEAD.exec(base);
  if (head) {
    const [, holder, title] = head as unknown as [string, string, string];
    forms.add(`${holder}'s ${title}`);
    forms.add(`${title} of ${holder}`);
    forms.add(`${title} of the ${holder}`);
    forms.add(`${title} for the ${holder}`);
  }
  if (isUnitedStates) {
    for (const form of [...forms]) if (!/\bus\b/.test(form)) forms.add(`us ${form}`);
  }
  return [...forms];
}
