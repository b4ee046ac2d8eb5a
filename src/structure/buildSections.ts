import type { Section } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { classifyHeading } from './classifyHeading.ts';

/**
 * Sections from the headings in document order. A section's parent is the nearest open heading of a higher level
 * (a 1. directly under 一、 has the 一、 as parent); its span runs to the next heading of the same or a higher level.
 * Ids follow the sibling path (`${reportId}-s2-1-3`), so they stay stable when a report's wording changes.
 */
export function buildSections(headings: HeadingMatch[], textLength: number, reportId: string): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  const childCount = new Map<string | null, number>();
  for (const h of headings) {
    // A section ends where the next heading of its level or higher begins: that heading is what closes it here
    // (levels on `open` rise strictly, so everything above it is closed first).
    while (open.length && open[open.length - 1]!.level >= h.level) open.pop()!.end = h.numberStart;
    const parent = open[open.length - 1] ?? null;
    const key = parent?.id ?? null;
    const n = (childCount.get(key) ?? 0) + 1;
    childCount.set(key, n);
    const section: Section = {
      id: parent ? `${parent.id}-${n}` : `${reportId}-s${n}`,
      level: h.level,
      heading: h.heading,
      number: h.number,
      kind: classifyHeading(h.heading),
      parent: parent?.id ?? null,
      start: h.numberStart,
      end: textLength,
      headingStart: h.headingStart,
      headingEnd: h.headingEnd,
    };
    sections.push(section);
    open.push(section);
  }
  return sections;
}

/** The innermost section containing the offset (nested spans: the latest start), or null before the first heading. */
export function sectionAt(sections: Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.start <= offset && offset < s.end && (!best || s.start >= best.start)) best = s;
  }
  return best;
}

/**
 * sectionAt for many offsets: a binary search on the sections' starts instead of a pass over all of them per offset
 * (sentences × sections grew with the square of a long report). Same answer as sectionAt; falls back to it when the
 * starts are not in order.
 */
export function sectionLocator(sections: Section[]): (offset: number) => Section | null {
  for (let i = 1; i < sections.length; i++) if (sections[i]!.start < sections[i - 1]!.start) return (offset) => sectionAt(sections, offset);
  return (offset) => {
    // The last section starting at or before the offset, then back to the first that still contains it: with starts in
    // order that is the latest start, and among equal starts the last one, as sectionAt picks.
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const s = sections[i]!;
      if (offset < s.end) return s;
    }
    return null;
  };
}
