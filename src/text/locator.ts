import type { ReportStructure, Section, Span, StructurePlace } from '../types.ts';
import { firstAfter } from './spanSearch.ts';

// The one answer to "which section and which measure is this offset in", for structure (paragraphs, sentences and
// measures), figures and cases alike.

/**
 * The innermost section containing the offset, or null before the first heading: of the sections containing it, the one
 * starting last (sections nest, so that is the deepest), and among equal starts the last listed. A pass over all
 * sections: the plain statement of the rule that sectionLocator answers fast.
 */
export function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.start <= offset && offset < s.end && (!best || s.start >= best.start)) best = s;
  }
  return best;
}

/** sectionAt for many offsets: built once per report, each lookup a binary search. */
export function sectionLocator(sections: readonly Section[]): (offset: number) => Section | null {
  const stab = stabIndex(sortedByStart(sections), (s, best) => s.start >= best.start);
  return (offset) => stab(offset) ?? null;
}

/** The innermost section (as sectionLocator) and the first measure whose spans contain an offset, as ids. */
export function structureLocator(structure: Pick<ReportStructure, 'sections' | 'measures'>): (offset: number) => StructurePlace {
  const section = sectionLocator(structure.sections);
  const measure = stabIndex(sortedByStart(structure.measures), () => false);
  return (offset) => ({ section: section(offset)?.id ?? null, measure: measure(offset)?.id ?? null });
}

// A stable sort: spans with equal starts keep the order they were listed in.
const sortedByStart = <T extends Span>(spans: readonly T[]) => [...spans].sort((a, b) => a.start - b.start);

/**
 * For spans sorted by start: a lookup of the preferred span containing an offset (start ≤ offset < end), taking spans in
 * order and replacing the choice only when `better` says so. Precomputed over the pieces between span boundaries, so that a
 * report of thousands of sections does not scan them all for each offset.
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
    // Spans open in their order and a Map keeps insertion order: `better` sees them in list order.
    for (const s of active.values()) if (!best || better(s, best)) best = s;
    chosen.push(best);
  }
  return (offset) => {
    const k = firstAfter(cuts, offset);
    return k > 0 ? chosen[k - 1] : undefined;
  };
}
