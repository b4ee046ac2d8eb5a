import type { Span } from '../types.ts';

// The one binary search over sorted lists (offsets, spans sorted by start or end): a report has thousands of sentences,
// mentions and figures, and a scan per lookup grew with the square of a long report.

/**
 * The first index in [0, length) at which `reached(i)` holds, for a test that is false and then true along the list
 * (a partition point); `length` when it never holds.
 */
export function partitionPoint(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// The searches below are partitionPoint written out: they run hundreds of thousands of times a report, and a closure
// per call (with the context it captures) was a tenth of what the recognizers allocate.

/** Index of the first offset ≥ `at` in an ascending list (its length when there is none). */
export function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first offset > `at` in an ascending list: how many offsets lie at or before `at`. */
export function firstAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first span starting at or after `at`, in a list sorted by start. */
export function firstStartingAtOrAfter(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first span starting after `at`, in a list sorted by start: the spans before it start at or before `at`. */
export function firstStartingAfter(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether an offset (or the span [start, end)) lies inside one of the sorted, disjoint spans. */
export function insideAny(spans: readonly Span[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= start && end <= s.end;
}

/**
 * Whether a span lies inside one of the given spans, which may nest or overlap: built once, each lookup a binary search
 * on the starts and the furthest end reached so far.
 */
export function withinAny(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return ({ start, end }) => {
    const k = firstStartingAfter(sorted, start);
    return k > 0 && reach[k - 1]! >= end;
  };
}

/**
 * Groups items by the span (sentence, measure) their start falls in, one group per span; the spans sorted and disjoint.
 * One pass over both lists.
 */
export function groupBySpan<T extends { start: number }>(spans: readonly Span[], items: readonly T[]): T[][] {
  // Mentions and figures come sorted: a copy sorted again is the same list.
  const sorted = isSortedByStart(items) ? items : [...items].sort((a, b) => a.start - b.start);
  const groups: T[][] = spans.map(() => []);
  let i = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    while (i < sorted.length && sorted[i]!.start < s.start) i++;
    while (i < sorted.length && sorted[i]!.start < s.end) groups[k]!.push(sorted[i++]!);
  }
  return groups;
}

function isSortedByStart(items: readonly { start: number }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return false;
  return true;
}
