import { isPlacePhrase, type Quantity } from '../src/facts/quantities.js';
import type { Rule } from '../src/types.js';
import { describeInterval, exceeds, formatCount, overlaps, sumIntervals, type Interval } from '../src/text/interval.js';

/** How the stated parts relate to the stated total. */
type Relation = 'subset' | 'sum';

/*
 * The patterns below read the text between numbers with every run of white space made one space, so each of them
 * is a fixed sequence of words and runs in linear time.
 */

/** "130 attacks, including 53 in Iraq": words between a total and its first part, and what they promise. */
const BREAKDOWN_OPENERS: [RegExp, Relation][] = [
  [/^(?: [A-Za-z]+){0,6},? (?:including|among them|among whom|among which) $/, 'subset'],
  [/^(?: [A-Za-z]+){0,6}, of (?:which|whom|those|these) $/, 'subset'],
  [/^(?: [A-Za-z]+){0,6}, with $/, 'sum'],
  [/^ ?: $/, 'sum'],
];
/** Between two parts: "53 in Iraq and 77 in Syria", "3 in A, 4 in B and 5 in C". */
const PART_SEPARATOR = /^(?:, (?:and )?| and |,? as well as |,? plus )$/i;
/** "12 in Iraq and 5 in Syria, a total of 17" / "..., totaling 17". */
const TOTAL_AFTER = /^ ?[,;—–-]? ?(?:(?:for|making) )?(?:a (?:combined )?total of|totall?ing|in all|altogether) $/i;
/** "12 in Iraq and 5 in Syria, 17 in total". */
const TOTAL_TAIL = /^ ?(?:in total|in all|altogether|combined)\b/i;
const TOTAL_TAIL_SEPARATOR = /^ ?[,;—–-] $/;
/** After the last part: the list goes on without numbers ("and others in Jordan"), so the parts need not add up. */
const OPEN_LIST = /^ ?,? ?(?:and|or|plus|as well as|while|among|others?|the rest|remaining)\b/i;
/** A breakdown longer than this is a table in prose, not a list of parts; the cap keeps the scan linear. */
const MAX_PARTS = 12;
/** Enough of the text after a number to read how the sentence goes on. */
const LOOK_AHEAD = 40;

function oneSpaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function between(a: Quantity, b: Quantity): string {
  return oneSpaced(a.sentence!.text.slice(a.local.phraseEnd, b.local.start));
}

function after(quantity: Quantity): string {
  return oneSpaced(quantity.sentence!.text.slice(quantity.local.phraseEnd, quantity.local.phraseEnd + LOOK_AHEAD));
}

/** Parts that follow one another as a list, starting at `first`, each counting the same head as `head`. */
function partsFrom(quantities: readonly Quantity[], first: number, head: string): Quantity[] {
  const parts: Quantity[] = [];
  for (let i = first; i < quantities.length && parts.length < MAX_PARTS; i++) {
    const part = quantities[i]!;
    if (!part.thing || part.thing.head !== head || part.thing.partitive || part.thing.qualifiers.length === 0) break;
    if (parts.length > 0 && !PART_SEPARATOR.test(between(parts[parts.length - 1]!, part))) break;
    parts.push(part);
  }
  // Parts must be different places or kinds: two parts with the same key are not a breakdown.
  const keys = new Set(parts.map((part) => part.thing!.key));
  return keys.size === parts.length ? parts : [];
}

/**
 * "2,500 troops in Iraq, with 900 in Syria": parts placed by the same preposition as the total are places beside it,
 * not inside it (or inside it, "in Baghdad"; the text does not say which).
 */
function sharesPreposition(total: Quantity, part: Quantity): boolean {
  const prepositions = new Set(total.thing!.qualifiers.map((qualifier) => qualifier.split(' ')[0]));
  return part.thing!.qualifiers.some((qualifier) => prepositions.has(qualifier.split(' ')[0]));
}

interface Breakdown {
  total: Quantity;
  parts: Quantity[];
  relation: Relation;
  /** The counted thing as written, for the message. */
  noun: string;
}

function breakdownsIn(quantities: readonly Quantity[]): Breakdown[] {
  const found: Breakdown[] = [];
  const used = new Set<Quantity>();
  for (let i = 0; i + 1 < quantities.length; i++) {
    const total = quantities[i]!;
    if (!total.thing || total.thing.partitive || isPlacePhrase(total.preposition)) continue;
    const opener = BREAKDOWN_OPENERS.find(([pattern]) => pattern.test(between(total, quantities[i + 1]!)));
    if (!opener) continue;
    const parts = partsFrom(quantities, i + 1, total.thing.head);
    if (parts.length === 0 || parts.some((part) => sharesPreposition(total, part))) continue;
    let relation = opener[1];
    // "with 57 in Iraq" names one part of many; so does a list that goes on without numbers.
    if (relation === 'sum' && (parts.length < 2 || OPEN_LIST.test(after(parts[parts.length - 1]!)))) relation = 'subset';
    found.push({ total, parts, relation, noun: total.thing.headText });
    for (const part of [total, ...parts]) used.add(part);
    i += parts.length;
  }
  for (let i = 0; i < quantities.length; i++) {
    const first = quantities[i]!;
    if (!first.thing || first.thing.elided || first.thing.partitive) continue;
    if (used.has(first)) continue;
    const parts = partsFrom(quantities, i, first.thing.head);
    const total = quantities[i + parts.length];
    if (parts.length < 2 || !total || parts.some((part) => used.has(part))) continue;
    const last = parts[parts.length - 1]!;
    const gap = between(last, total);
    const stated = TOTAL_AFTER.test(gap) || (TOTAL_TAIL_SEPARATOR.test(gap) && TOTAL_TAIL.test(after(total)));
    if (!stated || (total.thing && total.thing.head !== first.thing.head)) continue;
    found.push({ total, parts, relation: 'sum', noun: first.thing.headText });
    i += parts.length;
  }
  return found;
}

/** "150", "at least 150", "about 150": the sum in the words a reader would use. */
function describeSum(parts: readonly Quantity[], sum: Interval): string {
  // Exact figures as written: their implied rounding widens the interval, not what the reader adds up.
  if (parts.every((part) => part.bound === 'exact')) return formatCount(parts.reduce((total, part) => total + part.value, 0));
  if (parts.some((part) => part.bound === 'approximate' || part.bound === 'nearly')) {
    return `about ${formatCount(parts.reduce((total, part) => total + part.value, 0))}`;
  }
  return describeInterval(sum);
}

/** "Up to 130" opening a sentence reads "up to 130" inside the message. */
function inRunningText(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const rule: Rule = {
  meta: {
    id: 'total-parts-mismatch',
    description: 'A stated total and its stated breakdown cannot both be true.',
    category: 'consistency',
    severity: 'error',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/total-parts-mismatch.md',
  },
  check({ article, report }) {
    const bySentence = new Map<number, Quantity[]>();
    for (const quantity of article.facts.quantities) {
      if (quantity.kind !== 'count' || !quantity.sentence) continue;
      const list = bySentence.get(quantity.sentence.index);
      if (list) list.push(quantity);
      else bySentence.set(quantity.sentence.index, [quantity]);
    }
    for (const quantities of bySentence.values()) {
      if (quantities.length < 2) continue;
      for (const { total, parts, relation, noun } of breakdownsIn(quantities)) {
        const sum = sumIntervals(parts.map((part) => part.interval));
        const impossible = relation === 'subset' ? exceeds(sum, total.interval) : !overlaps(sum, total.interval);
        if (!impossible) continue;
        const comparison = exceeds(sum, total.interval) ? 'exceeding' : 'not';
        const written = parts.map((part) => part.text).join(' + ');
        const start = Math.min(total.start, parts[0]!.start);
        const end = Math.max(total.phraseEnd, parts[parts.length - 1]!.phraseEnd);
        report({
          message: `The parts (${written}) add up to ${describeSum(parts, sum)}, ${comparison} the stated total of ${inRunningText(total.text)} ${noun}.`,
          start,
          end,
        });
      }
    }
  },
};

export default rule;
