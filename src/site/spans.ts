// Lookups in lists of spans sorted by start (sentences, paragraphs, measures, mentions): binary search, not scans.
import { firstStartingAfter, firstStartingAtOrAfter } from '../text/spanSearch.ts';

/** The last item whose start ≤ offset and whose end > offset, in a list sorted by start (looking back at most 4 items). */
export function containing<T extends { start: number; end: number }>(sorted: T[], offset: number): T | undefined {
  const found = firstStartingAfter(sorted, offset) - 1;
  for (let i = found; i >= 0 && i > found - 4; i--) if (sorted[i]!.end > offset) return sorted[i];
  return undefined;
}

/** Index of the first item with start ≥ offset, in a list sorted by start. */
export const firstAtOrAfter = firstStartingAtOrAfter;

export const byStart = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || b.end - a.end;
