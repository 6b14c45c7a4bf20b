/**
 * What a written number allows: "at least 130" is [130, ∞), "nearly 900" is [810, 900], "more than 10" is (10, ∞).
 * Two statements conflict only when their intervals cannot both hold.
 */

export type BoundKind =
  | 'exact'
  /** about, approximately, some, roughly, an estimated */
  | 'approximate'
  /** nearly, almost, close to */
  | 'nearly'
  | 'at-least'
  /** more than, over */
  | 'more-than'
  /** up to, as many as, at most */
  | 'at-most'
  /** fewer than, less than, under */
  | 'less-than'
  /** between 10 and 12, 10 to 12 */
  | 'range';

export interface Interval {
  min: number;
  max: number;
  /** True when the bound itself is excluded ("more than 10" excludes 10). */
  minOpen: boolean;
  maxOpen: boolean;
}

/** Slack of an approximate figure: a tenth of it, and at least 2 so "about 10" allows 12. */
function slack(value: number): number {
  return Math.max(value * 0.1, 2);
}

/**
 * The interval a bound puts around `value`; `rounding` is the precision a scaled figure implies
 * ("1.5 million" is ±50,000), `upper` is the second number of a range.
 */
export function intervalOf(value: number, bound: BoundKind, rounding = 0, upper = value): Interval {
  const closed = (min: number, max: number): Interval => ({ min, max, minOpen: false, maxOpen: false });
  switch (bound) {
    case 'exact':
      return closed(value - rounding, value + rounding);
    case 'approximate':
      return closed(Math.max(0, value - slack(value) - rounding), value + slack(value) + rounding);
    case 'nearly':
      return closed(Math.max(0, value - slack(value) - rounding), value + rounding);
    case 'at-least':
      return { min: value - rounding, max: Infinity, minOpen: false, maxOpen: true };
    case 'more-than':
      return { min: value, max: Infinity, minOpen: rounding === 0, maxOpen: true };
    case 'at-most':
      return closed(0, value + rounding);
    case 'less-than':
      return { min: 0, max: value, minOpen: false, maxOpen: rounding === 0 };
    case 'range':
      return closed(value - rounding, upper + rounding);
  }
}

export function sumIntervals(intervals: readonly Interval[]): Interval {
  const sum: Interval = { min: 0, max: 0, minOpen: false, maxOpen: false };
  for (const interval of intervals) {
    sum.min += interval.min;
    sum.max += interval.max;
    sum.minOpen ||= interval.minOpen;
    sum.maxOpen ||= interval.maxOpen;
  }
  return sum;
}

/** True when every value `a` allows is larger than every value `b` allows. */
export function exceeds(a: Interval, b: Interval): boolean {
  return a.min > b.max || (a.min === b.max && (a.minOpen || b.maxOpen));
}

/** True when some value satisfies both. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !exceeds(a, b) && !exceeds(b, a);
}

export function formatCount(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(Math.round(value * 100) / 100);
}

/** "150", "at least 150", "more than 150", "at most 150", "between 140 and 160". */
export function describeInterval(interval: Interval): string {
  const { min, max } = interval;
  if (min === max) return formatCount(min);
  if (max === Infinity) return `${interval.minOpen ? 'more than' : 'at least'} ${formatCount(min)}`;
  if (min === 0) return `${interval.maxOpen ? 'fewer than' : 'at most'} ${formatCount(max)}`;
  return `between ${formatCount(Math.ceil(min))} and ${formatCount(Math.floor(max))}`;
}
