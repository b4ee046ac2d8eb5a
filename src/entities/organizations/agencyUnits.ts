import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';

// A national agency by its name: the national level's word, a field and a bureau's or administration's head (国家统计局,
// 国家税务总局, 国家外汇管理局).
const NATIONAL_AGENCY = /^(国家|中国|中华)[\u4e00-\u9fff]{1,12}(总局|总署|局|署)$/;

/**
 * A national agency's unit in a place, written right after the agency (国家统计局|婺源调查队, 国家统计局|浙江调查总队,
 * 国家税务总局|宜昌市税务局第一稽查局): one body, named by both; the agency alone and the unit alone are not that mention.
 * The unit is read by the rules of places' bodies, and starts at a place.
 */
export function agencyUnits(
  ctx: EntityContext,
  places: readonly EntityCandidate[],
  taken: readonly OrgHit[],
): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const placeStarts = new Set([...places.map((p) => p.start), ...ctx.gazMatches.map((m) => m.start)]);
  const agencyEndingAt = new Map(taken.filter((h) => NATIONAL_AGENCY.test(h.name)).map((h) => [h.end, h]));
  const hits: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const renamed = new Map<string, string>();
  for (const unit of taken) {
    const agency = agencyEndingAt.get(unit.start);
    if (!agency || !placeStarts.has(unit.start) || unit.end - unit.start < 4) continue;
    const name = agency.name + ctx.folded.slice(unit.start, unit.end);
    hits.push({ start: agency.start, end: unit.end, kind: 'co', id: name, name, score: 0.75 });
    absorbed.push(agency, unit);
    renamed.set(unit.name, name);
  }
  // 婺源调查队 written alone after 国家统计局婺源调查队 is the same team.
  for (const h of taken) {
    const name = renamed.get(h.name);
    if (name && !absorbed.includes(h)) Object.assign(h, { kind: 'co', id: name, name });
  }
  return { hits, absorbed };
}
