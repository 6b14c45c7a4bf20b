import type { Article, Block, BlockKind } from '../src/article/article.js';
import { isKnownPlace } from '../src/facts/places.js';
import { scanQuantities, type Quantity } from '../src/facts/quantities.js';
import { WEEKDAYS, weekdayNumber } from '../src/text/calendar.js';
import { overlaps } from '../src/text/interval.js';
import { escapeRegExp } from '../src/text/regexp.js';
import { isCapitalized, tokenizeWords } from '../src/text/words.js';
import type { Report, Rule } from '../src/types.js';

/** Blocks that carry the story; datelines, subheads and page chrome are lines and do not count as evidence. */
const BODY_KINDS = new Set<BlockKind>(['paragraph', 'list-item', 'blockquote']);
/** A body this short may simply not have got to the place yet. */
const MIN_BODY_SENTENCES = 3;
const WEEKDAY_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at', 'across']);

function headlineOf(article: Article): Block | undefined {
  const headline = article.headline;
  return headline && (headline.kind === 'line' || headline.kind === 'heading') ? headline : undefined;
}

function written(article: Article, quantity: Quantity): string {
  return article.text.slice(quantity.start, quantity.phraseEnd);
}

/** A body count of the same thing: same head, at least the headline's modifiers, and the same verb or place. */
function isSameCount(headline: Quantity, body: Quantity): boolean {
  const h = headline.thing!;
  const b = body.thing;
  if (!b || b.partitive || b.head !== h.head || !h.modifiers.every((word) => b.modifiers.includes(word))) return false;
  if (headline.predicate) return body.predicate === headline.predicate;
  if (h.qualifiers.length > 0) return h.qualifiers.every((qualifier) => b.qualifiers.includes(qualifier));
  return b.key === h.key;
}

function checkNumbers(article: Article, headline: Block, body: readonly Quantity[], report: (report: Report) => void): void {
  const inHeadline =
    headline.sentences.length > 0
      ? article.facts.quantities.filter((quantity) => quantity.block === headline)
      : scanQuantities(headline.text, headline.view, headline);
  for (const quantity of inHeadline) {
    if (quantity.kind !== 'count' || !quantity.thing || quantity.thing.partitive) continue;
    const same = body.filter((candidate) => isSameCount(quantity, candidate));
    if (same.length === 0 || same.some((candidate) => overlaps(candidate.interval, quantity.interval))) continue;
    const evidence = same[0]!;
    const line = article.lines.point(evidence.start).line;
    report({
      message: `The headline says "${written(article, quantity)}", but the body says "${written(article, evidence)}" (line ${line}).`,
      start: quantity.start,
      end: quantity.phraseEnd,
      related: [{ message: `"${written(article, evidence)}" is stated here.`, start: evidence.start, end: evidence.phraseEnd }],
    });
  }
}

function checkWeekday(article: Article, headline: Block, report: (report: Report) => void): void {
  const match = [...headline.text.matchAll(WEEKDAY_WORD)];
  if (match.length !== 1) return;
  const stated = weekdayNumber(match[0]![0]);
  if (stated === undefined) return;
  const inBody = article.facts.dates.filter((mention) => mention.weekday && BODY_KINDS.has(mention.sentence.block.kind));
  const weekdays = new Set(inBody.map((mention) => mention.weekday!.value));
  // Several weekdays in the body may be several events; only one, and another, contradicts the headline.
  if (weekdays.size !== 1 || weekdays.has(stated)) return;
  const evidence = inBody[0]!.weekday!;
  const [start, end] = headline.view.range(match[0]!.index, match[0]!.index + match[0]![0].length);
  report({
    message: `The headline says ${WEEKDAYS[stated]}, but the body says ${WEEKDAYS[evidence.value]} (line ${article.lines.point(evidence.start).line}).`,
    start,
    end,
    related: [{ message: `${WEEKDAYS[evidence.value]} is stated here.`, start: evidence.start, end: evidence.end }],
  });
}

/** "in Syria", "near Kyiv": places the headline puts the story in, as offsets into the headline text. */
function headlinePlaces(headline: Block): { name: string; start: number; end: number }[] {
  const tokens = tokenizeWords(headline.text);
  const places: { name: string; start: number; end: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens[i]!.lower)) continue;
    let j = i + 1;
    if (tokens[j]?.lower === 'the') j++;
    const first = j;
    while (j < tokens.length && tokens[j]!.kind === 'word' && isCapitalized(tokens[j]!.text) && !PLACE_PREPOSITIONS.has(tokens[j]!.lower)) j++;
    if (j === first || j - first > 3) continue;
    const start = tokens[first]!.start;
    const end = tokens[j - 1]!.end;
    places.push({ name: headline.text.slice(start, end).replace(/['’]s$/u, ''), start, end });
  }
  return places;
}

/** The body names a word of the place, or a word made from it ("Syria" → "Syrian", "Ukraine" → "Ukrainian"). */
function mentions(bodyText: string, place: string): boolean {
  return place.split(/\s+/).some((word) => {
    const stem = word.length > 4 ? word.replace(/[aeiouy]$/i, '') : word;
    return new RegExp(`(?<![\\p{L}])${escapeRegExp(stem)}`, 'iu').test(bodyText);
  });
}

function checkPlaces(headline: Block, bodyText: string, report: (report: Report) => void): void {
  for (const place of headlinePlaces(headline)) {
    if (mentions(bodyText, place.name) || !isKnownPlace(place.name)) continue;
    const [start, end] = headline.view.range(place.start, place.end);
    report({
      message: `The headline places the story in ${place.name}, but the body never mentions ${place.name}.`,
      start,
      end,
    });
  }
}

const rule: Rule = {
  meta: {
    id: 'headline-body-mismatch',
    description: 'A number, weekday or place in the headline that the body contradicts.',
    category: 'consistency',
    severity: 'warn',
    recommended: true,
    fixable: false,
    docs: 'docs/rules/headline-body-mismatch.md',
  },
  check({ article, report }) {
    const headline = headlineOf(article);
    if (!headline) return;
    const bodySentences = article.sentences.filter((sentence) => sentence.block !== headline && BODY_KINDS.has(sentence.block.kind));
    if (bodySentences.length === 0) return;
    const body = article.facts.quantities.filter(
      (quantity) => quantity.kind === 'count' && quantity.block !== headline && BODY_KINDS.has(quantity.block.kind),
    );
    checkNumbers(article, headline, body, report);
    checkWeekday(article, headline, report);
    if (bodySentences.length >= MIN_BODY_SENTENCES) {
      checkPlaces(headline, bodySentences.map((sentence) => sentence.text).join('\n'), report);
    }
  },
};

export default rule;
