/** A highlighted range of the source, [start, end), named by `id`. */
export interface Span {
  id: number;
  start: number;
  end: number;
}

/** A run of text that the same spans cover from its first character to its last. */
export interface Segment {
  start: number;
  end: number;
  /** The ids of the spans covering the run, in order of their start. */
  ids: number[];
}

/**
 * Cuts [0, length) at every span boundary and at `cuts`, so that overlapping, nested and crossing spans
 * become flat runs that each know which spans cover them. An empty span covers nothing but still cuts, so
 * a marker can go at its place.
 */
export function segment(length: number, spans: readonly Span[], cuts: readonly number[] = []): Segment[] {
  if (length <= 0) return [];
  const clamp = (offset: number) => Math.max(0, Math.min(offset, length));
  const points = new Set<number>([0, length]);
  for (const cut of cuts) points.add(clamp(cut));
  const clamped = spans.map((span) => ({ id: span.id, start: clamp(span.start), end: clamp(span.end) }));
  for (const span of clamped) points.add(span.start).add(span.end);
  const covering = clamped.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const sorted = [...points].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let active: typeof covering = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    active = active.filter((span) => span.end > start);
    while (next < covering.length && covering[next]!.start <= start) active.push(covering[next++]!);
    segments.push({ start, end, ids: active.map((span) => span.id) });
  }
  return segments;
}

/** Offsets where a paragraph starts: after each run of blank lines. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/(?:\r\n|\r(?!\n)|\n)(?:[ \t]*(?:\r\n|\r(?!\n)|\n))+/g)) {
    const end = match.index + match[0].length;
    if (end < text.length) starts.push(end);
  }
  return starts;
}
