// Lookups in lists of spans sorted by start (sentences, paragraphs, measures, mentions): binary search, not scans.

/** The last item whose start ≤ offset and whose end > offset, in a list sorted by start. */
export function containing<T extends { start: number; end: number }>(sorted: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i > found - 4; i--) if (sorted[i].end > offset) return sorted[i];
  return undefined;
}

/** Index of the first item with start ≥ offset, in a list sorted by start. */
export function firstAtOrAfter<T extends { start: number }>(sorted: T[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const byStart = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || b.end - a.end;
