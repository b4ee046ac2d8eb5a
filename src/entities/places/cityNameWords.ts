import type { EntityContext } from '../context.ts';

/**
 * Where a province's or city's name stands as a word of its own (大连, 辽宁省), start → end: such a word is a place word
 * whatever tag jieba gives it (大连/d, 营口/vn, 本溪/nz), for the readers that take a name's front from the tags.
 */
export function cityAndProvinceWords(ctx: EntityContext): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of ctx.gazMatches) {
    if (m.places.some((p) => p.level === 'province' || p.level === 'city') && ctx.seg.boundaries.has(m.start)) out.set(m.start, m.end);
  }
  return out;
}
