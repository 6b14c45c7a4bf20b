/** Index of the first item whose start is at or after `offset`, in items sorted by start (a binary search). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first item that ends after `offset`, in items sorted by position that do not overlap. */
export function firstEndingAfter(items: readonly { end: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
