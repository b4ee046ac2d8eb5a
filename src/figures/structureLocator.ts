import type { ReportStructure, Span } from '../types.ts';

export interface StructurePlace {
  section: string | null;
  measure: string | null;
}

/** Innermost section and the measure whose spans contain an offset (built once per report, each lookup a binary search). */
export function structureLocator(structure: ReportStructure): (offset: number) => StructurePlace {
  const sections = [...structure.sections].sort((a, b) => a.start - b.start);
  const measures = [...structure.measures].sort((a, b) => a.start - b.start);
  // The deepest section wins; between equals, the first.
  const section = stabIndex(sections, (s, best) => s.level > best.level);
  const measure = stabIndex(measures, () => false);
  return (offset) => ({ section: section(offset)?.id ?? null, measure: measure(offset)?.id ?? null });
}

/**
 * For spans sorted by start: a lookup of the preferred span containing an offset (start ≤ offset < end), scanning spans in
 * order and replacing the choice only when `better` says so. Precomputed over the pieces between span boundaries, so that a
 * report of thousands of sections does not scan them all for each figure.
 */
function stabIndex<T extends Span>(spans: readonly T[], better: (s: T, best: T) => boolean): (offset: number) => T | undefined {
  const nonEmpty = spans.filter((s) => s.end > s.start);
  const cuts = [...new Set(nonEmpty.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const byStart = nonEmpty.map((s, i) => ({ s, i }));
  const byEnd = [...byStart].sort((a, b) => a.s.end - b.s.end);
  const active = new Map<number, T>();
  const chosen: (T | undefined)[] = [];
  let opened = 0;
  let closed = 0;
  for (const cut of cuts) {
    while (opened < byStart.length && byStart[opened]!.s.start <= cut) {
      active.set(byStart[opened]!.i, byStart[opened]!.s);
      opened++;
    }
    while (closed < byEnd.length && byEnd[closed]!.s.end <= cut) active.delete(byEnd[closed++]!.i);
    let best: T | undefined;
    // Spans open in their order and a Map keeps insertion order: the first of equals stays.
    for (const s of active.values()) if (!best || better(s, best)) best = s;
    chosen.push(best);
  }
  return (offset) => {
    // Last cut at or before the offset.
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? chosen[lo - 1] : undefined;
  };
}
