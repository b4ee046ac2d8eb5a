import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';

// The offices a news agency, paper or broadcaster keeps in a region (新华社华北总分社, 人民日报社河北分社, 光明日报河北记者站,
// 中央广播电视总台河北总站): the outlet, the region and the office's word. jieba cuts them (华北|总|分社), so no rule of
// names reads them whole. Written after its outlet the office is one body named by both, the outlet alone not that
// mention; written alone after its region (河北分社、山西分社) it is a body of its own where the text names an outlet.
const OFFICE = /^(总分社|分社|记者站|总站|支社)/;
// An outlet's name ends with its agency's, paper's or station's word (新华社, 光明日报, 中央广播电视总台).
const OUTLET = /(社|日报|晚报|报|电台|电视台|总台|电讯)$/;

/** 新华社华北总分社, 河北分社: a media outlet's regional office, after its outlet or alone after its region. */
export function mediaBranches(
  ctx: EntityContext,
  places: readonly EntityCandidate[],
  taken: readonly OrgHit[],
): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded } = ctx;
  const hits: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const outlets = taken.filter((h) => OUTLET.test(h.name));
  if (outlets.length === 0) return { hits, absorbed };
  const outletEndingAt = new Map(outlets.map((h) => [h.end, h]));
  // The regions: the places read, and the words jieba tags as places (华北/ns, a region no gazetteer holds).
  const regions = [...places.filter((p) => p.type === 'place'), ...ctx.seg.tokens.filter((t) => t.tag === 'ns')];
  for (const place of regions) {
    const m = OFFICE.exec(folded.slice(place.end, place.end + 3));
    if (!m) continue;
    const end = place.end + m[0].length;
    // 河北|分社区: the office's word ends where a word of jieba's does, not inside another.
    if (!ctx.seg.boundaries.has(end)) continue;
    const outlet = outletEndingAt.get(place.start);
    const start = outlet?.start ?? place.start;
    // Another body read over the office's words keeps them (the outlet, read once or more, gives way).
    const isOutlet = (h: OrgHit) => !!outlet && h.start === outlet.start && h.end === outlet.end;
    if (taken.some((h) => !isOutlet(h) && h.start < end && start < h.end) || hits.some((h) => h.start < end && start < h.end)) continue;
    const name = folded.slice(start, end);
    hits.push({ start, end, kind: 'co', id: name, name, score: 0.75 });
    if (outlet) for (const h of taken) if (isOutlet(h)) absorbed.push(h);
  }
  return { hits, absorbed };
}
