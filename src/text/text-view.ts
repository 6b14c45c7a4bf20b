/**
 * A piece of text as rules read it (Markdown markup removed), with a map back to source offsets.
 * Segments are contiguous in the view; each maps to a source range of possibly different length.
 */
export interface ViewSegment {
  viewStart: number;
  sourceStart: number;
  sourceEnd: number;
  length: number;
}

export class TextView {
  constructor(
    readonly text: string,
    private readonly segments: readonly ViewSegment[],
  ) {}

  /** A view whose text is exactly the source slice starting at `sourceStart`. */
  static identity(text: string, sourceStart: number): TextView {
    return new TextView(text, [{ viewStart: 0, sourceStart, sourceEnd: sourceStart + text.length, length: text.length }]);
  }

  /** Source offset of the view offset `index` (an end offset maps to the end of the previous character). */
  toSource(index: number): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.viewStart <= index) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low]!;
    const within = index - segment.viewStart;
    if (within >= segment.length) return segment.sourceEnd;
    if (segment.sourceEnd - segment.sourceStart === segment.length) return segment.sourceStart + within;
    return Math.min(segment.sourceStart + within, segment.sourceEnd);
  }

  /** Source range of the view range [start, end). */
  range(start: number, end: number): [number, number] {
    const sourceStart = this.toSource(start);
    const sourceEnd = end > start ? this.toSource(end - 1) + 1 : sourceStart;
    return [sourceStart, Math.max(sourceStart, sourceEnd)];
  }
}
