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

export interface CanonicalText {
  text: string;
  /** Source range of the canonical range [start, end). */
  toSource(start: number, end: number): [number, number];
}

/** Words canonicalisation may change; a text without any is its own canonical form (the common case). */
const TRIGGER = new RegExp(`\\bu\\.?s\\b|united\\s+states|spokes|defence|secretary-general|\\b(?:${[...FILLERS].join('|')})\\b`, 'i');

/** The canonical spelling of `text`, with a map from canonical offsets back to source offsets. */
export function canonicalRoleText(text: string): CanonicalText {
  if (!TRIGGER.test(text)) return { text, toSource: (start, end) => [start, end] };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) {
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
  return { text: out, toSource: (start, end) => [starts[start]!, ends[end - 1]!] };
}

/** The canonical spelling of an alias, lower-cased, white space collapsed. */
export function canonicalRolePhrase(phrase: string): string {
  return canonicalRoleText(phrase).text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Title nouns that end a role phrase ("CENTCOM commander", "Pentagon press secretary"). */
const TITLE_HEAD = /^(.+?) ((?:press |chief |deputy )?(?:secretary general|secretary|spokesman|commander|chief|chairman|chair|head|leader|director|minister|prime minister|president|ambassador))$/;
const OF_FORM = /^((?:\S+ ){0,2}\S+) (of|for) (the )?(.+)$/;

/**
 * The ways an alias is written besides itself: "commander of US Central Command" is also "US Central Command
 * commander", "US Central Command's commander" and "commander of the US Central Command"; "CENTCOM commander" is
 * also "commander of CENTCOM". Packs list the other spellings themselves.
 */
export function aliasForms(alias: string): string[] {
  const base = canonicalRolePhrase(alias);
  if (!base) return [];
  const forms = new Set([base]);
  const of = OF_FORM.exec(base);
  if (of) {
    const [, title, preposition, article, holder] = of as unknown as [string, string, string, string | undefined, string];
    forms.add(`${holder} ${title}`);
    forms.add(`${holder}'s ${title}`);
    forms.add(`${title} ${preposition} ${article ? '' : 'the '}${holder}`);
  }
  const head = TITLE_HEAD.exec(base);
  if (head) {
    const [, holder, title] = head as unknown as [string, string, string];
    forms.add(`${holder}'s ${title}`);
    forms.add(`${title} of ${holder}`);
    forms.add(`${title} of the ${holder}`);
  }
  return [...forms];
}
