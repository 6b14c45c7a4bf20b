/** Maps offsets in a text that was parsed to offsets in the source it came from. */
export interface OffsetMap {
  /** Source offset of the first character at `offset`. */
  start(offset: number): number;
  /** Source offset just after the character that ends before `offset`. */
  end(offset: number): number;
}

interface Cut {
  /** Where the cut was made, as an offset in the excised text. */
  at: number;
  /** Characters removed by this cut and every earlier one. */
  removed: number;
}

/**
 * A source text with whole ranges cut out ("line one\n<!-- comment -->\nline two" read as "line one\nline two"), so
 * a parser never sees them, and the map from offsets in what is left back to the source: a token after a cut maps
 * past it, one ending at a cut maps before it.
 */
export class Excision implements OffsetMap {
  readonly text: string;
  private readonly cuts: Cut[] = [];

  /** `ranges` are [start, end) source offsets, sorted and not overlapping. */
  constructor(source: string, ranges: readonly (readonly [number, number])[]) {
    let text = '';
    let from = 0;
    let removed = 0;
    for (const [start, end] of ranges) {
      text += source.slice(from, start);
      removed += end - start;
      this.cuts.push({ at: text.length, removed });
      from = end;
    }
    this.text = text + source.slice(from);
  }

  start(offset: number): number {
    return offset + this.removedBefore(offset, true);
  }

  end(offset: number): number {
    return offset + this.removedBefore(offset, false);
  }

  /** Characters cut before `offset`; a cut exactly at `offset` counts for a start only. */
  private removedBefore(offset: number, atStart: boolean): number {
    const cuts = this.cuts;
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const cut = cuts[mid]!;
      if (cut.at < offset || (atStart && cut.at === offset)) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? 0 : cuts[low - 1]!.removed;
  }
}

/** Shifts offsets of a piece parsed on its own (it started at `base` in the text the map reads). */
export function shifted(map: OffsetMap, base: number): OffsetMap {
  return { start: (offset) => map.start(base + offset), end: (offset) => map.end(base + offset) };
}
