import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeInfo, type Gazetteer, type GazPlace } from './gazetteer.ts';

const LEVEL_AFTER = /[省市县区州旗盟镇乡村]/;
const byGazetteer = new WeakMap<Gazetteer, Map<string, Map<string, GazPlace>>>();

/**
 * The cities of each province by their two-character stem (宁夏 → 中卫 → 中卫市), the county-level ones too (广西 → 东兴 →
 * 东兴市); a prefecture-level city keeps a stem it shares with a county-level one.
 */
function cityStems(gaz: Gazetteer): Map<string, Map<string, GazPlace>> {
  let out = byGazetteer.get(gaz);
  if (out) return out;
  out = new Map();
  for (const level of ['city', 'county'] as const) {
    for (const p of gaz.placesOfLevels([level])) {
      if (!p.name.endsWith('市') || p.name.length !== 3) continue;
      let stems = out.get(p.provinceCode);
      if (!stems) out.set(p.provinceCode, (stems = new Map()));
      if (!stems.has(p.name.slice(0, 2))) stems.set(p.name.slice(0, 2), p);
    }
  }
  byGazetteer.set(gaz, out);
  return out;
}

/**
 * 宁夏|中卫, 广东|中山, 甘肃|白银, 广西|东兴: a city whose short name is first a word of the language (中卫 'centre back', 白银
 * 'silver'), which the gazetteer does not match alone, is the city where it is written right after its own province, as
 * a word of its own.
 */
export function findCityStemsAfterProvince(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const starts = new Set(ctx.gazMatches.map((m) => m.start));
  for (const m of ctx.gazMatches) {
    const province = m.places.length === 1 && m.places[0]!.level === 'province' ? m.places[0]! : undefined;
    if (!province || starts.has(m.end)) continue;
    const stem = ctx.folded.slice(m.end, m.end + 2);
    const city = cityStems(ctx.gaz).get(province.provinceCode)?.get(stem);
    if (!city || !ctx.seg.boundaries.has(m.end) || !ctx.seg.boundaries.has(m.end + 2)) continue;
    // 广东省|清远|县: the stem of a county or district of that name, not the city.
    if (LEVEL_AFTER.test(ctx.folded[m.end + 2] ?? '')) continue;
    out.push({
      type: 'place',
      start: m.end,
      end: m.end + 2,
      surface: ctx.text.slice(m.end, m.end + 2),
      canonical: city.name,
      score: 0.8,
      source: 'places',
      place: placeInfo(city),
    });
  }
  return out;
}
