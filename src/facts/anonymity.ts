import type { Sentence } from '../article/article.js';
import type { AnonymousSource, AttributionCue, Span } from './attribution.js';
import type { FoundSource } from './sources.js';
import { lazyMatcher } from '../text/phrase-matcher.js';
import { unitAt } from './units.js';
import { isHardBoundary, unitRange, type SentenceReader } from './sentence-reader.js';
import { anonymityReasons } from '../../rules/data/anonymous-sources.js';

const reasonMatcher = lazyMatcher(() => anonymityReasons.map((phrase) => ({ phrase, data: true as const })));
/** Reasons for anonymity that are unambiguous even in the next sentence ("He was not authorized to speak."). */
const NEXT_SENTENCE_REASON = /\b(?:not|n[’']t)\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\b/i;

/** The unnamed sources of a sentence, with the phrase granting anonymity and the reason given for it, if any. */
export function findAnonymous(reader: SentenceReader, cues: AttributionCue[], found: Map<AttributionCue, FoundSource>, next: Sentence | undefined): AnonymousSource[] {
  const reasons = reasonMatcher();
  const text = reader.sentence.text;
  const units = reader.units;
  const marker = reader.phrases.markers[0];
  const markerSpan = marker ? (() => {
    const range = unitRange(units, marker.start, marker.end);
    return range ? reader.span(range[0], range[1]) : undefined;
  })() : undefined;
  const candidates: FoundSource[] = [];
  for (const cue of cues) {
    const source = found.get(cue);
    if (source?.source.kind === 'anonymous' && !candidates.some((other) => other.source.start === source.source.start)) candidates.push(source);
  }
  if (candidates.length === 0 && marker) {
    const whole = reader.classify(0, units.length, 'start');
    if (whole?.source.kind === 'anonymous') candidates.push(whole);
  }
  return candidates.map((candidate) => {
    // A reason counts inside the source phrase ("two officials who were not authorized ...") or after the marker.
    const windows: [number, number][] = [[units[candidate.from]!.start, units[candidate.to - 1]!.end]];
    if (marker) {
      let stop = unitAt(units, marker.end);
      while (stop < units.length && units[stop]!.text !== ',' && !(units[stop]!.kind === 'punct' && isHardBoundary(units[stop]!))) stop++;
      windows.push([marker.start, units[stop - 1]?.end ?? marker.end]);
    }
    let reason: Span | undefined;
    for (const [start, end] of windows) {
      const hit = reasons.match(text.slice(start, end))[0];
      if (!hit) continue;
      const from = unitAt(units, start + hit.start);
      let to = from;
      while (to < units.length && units[to]!.end <= end && !(units[to]!.kind === 'punct' && units[to]!.text === ',')) to++;
      reason = reader.span(from, to);
      break;
    }
    if (!reason && next && NEXT_SENTENCE_REASON.test(next.text)) {
      const [start, end] = next.view.range(0, next.text.length);
      reason = { text: next.text, start, end };
    }
    return { source: candidate.source, ...(markerSpan ? { marker: markerSpan } : {}), ...(reason ? { reason } : {}) };
  });
}

