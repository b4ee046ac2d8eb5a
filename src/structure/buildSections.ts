import type { Section } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { classifyHeading } from './classifyHeading.ts';

/**
 * Sections from the headings in document order. A section's parent is the nearest open heading of a higher level
 * (a 1. directly under 一、 has the 一、 as parent); its span runs to the next heading of the same or a higher level, or
 * to `bodyEnd` (the report's signature) for a heading before it.
 * Ids follow the sibling path (`${reportId}-s2-1-3`), so they stay stable when a report's wording changes.
 */
export function buildSections(headings: HeadingMatch[], textLength: number, reportId: string, bodyEnd = textLength): Section[] {
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
      // The body's last sections end where it does: the signature and the attachments after it are no section's.
      end: h.numberStart < bodyEnd ? bodyEnd : textLength,
      headingStart: h.headingStart,
      headingEnd: h.headingEnd,
    };
    sections.push(section);
    open.push(section);
  }
  return sections;
}
