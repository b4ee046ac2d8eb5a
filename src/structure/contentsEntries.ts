import type { HeadingMatch } from './detectHeading.ts';

/**
 * Headings that a table of contents lists: a heading line written again, number and text, further on, with no heading of a
 * shallower level between the two (目录⏎一、平安建设工作开展情况⏎二、…⏎…⏎一、平安建设工作开展情况⏎（一）…). The later one
 * heads the text; the earlier one is the contents' entry. A heading repeated under another parent (（一）存在问题 under each
 * 一、) has that parent between them and stays.
 */
export function contentsEntries(headings: readonly HeadingMatch[]): Set<HeadingMatch> {
  const entries = new Set<HeadingMatch>();
  headings.forEach((h, i) => {
    for (let j = i + 1; j < headings.length; j++) {
      const later = headings[j]!;
      if (later.level < h.level) return;
      if (later.level === h.level && later.ordinal === h.ordinal && later.heading === h.heading) {
        entries.add(h);
        return;
      }
    }
  });
  return entries;
}
