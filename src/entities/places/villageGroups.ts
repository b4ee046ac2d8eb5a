import type { EntityCandidate, PlaceInfo } from '../../types.ts';

// After a village: its numbered group (第三村民小组, 五组, 3组), a group named before 村民小组 (王家村民小组), or a natural
// village named before 自然村 (茶山冲自然村, 下屋院子自然村).
const GROUP_AFTER =
  /^(?:第?[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:村民小组|组)|^[\u4e00-\u9fff]{1,3}?村民小组|^[\u4e00-\u9fff]{2,4}?自然村/;
const NOT_IN_GROUP_NAME = /[的和与及等各、这那该本全辖所有个其]/;

/**
 * Village groups (村民小组) and natural villages (自然村), which no gazetteer lists: a village's group or natural village
 * written right after the village (石马村第三村民小组, 双河村五组, 友谊村茶山冲自然村), one place inside the village. 组 alone is no name (工作组, 巡察组, 小组): only a village's numbered group is.
 */
export function villageGroups(folded: string, text: string, places: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const p of places) {
    const village = p.canonical ?? folded.slice(p.start, p.end);
    if (p.place?.level !== 'village' || !village.endsWith('村')) continue;
    const m = GROUP_AFTER.exec(folded.slice(p.end, p.end + 8));
    if (!m || NOT_IN_GROUP_NAME.test(m[0])) continue;
    const end = p.end + m[0].length;
    const place: PlaceInfo = { level: 'village', path: [...(p.place.path ?? []), village] };
    out.push({
      type: 'place',
      start: p.start,
      end,
      surface: text.slice(p.start, end),
      canonical: village + m[0],
      score: 0.75,
      source: 'places',
      place,
    });
  }
  return out;
}

/**
 * In the report of one town, its villages and communities lie in that town (unless the text writes another town before
 * them): the place the suffix rules gave them (the home county) is narrowed to the town.
 */
export function placeInTown(places: readonly EntityCandidate[], townPath: readonly string[] | undefined): EntityCandidate[] {
  if (!townPath?.length) return [...places];
  return places.map((p) => {
    if (p.place?.level !== 'village' || p.place.code || /(镇|乡|街道)$/.test(p.place.path?.at(-1) ?? '')) return p;
    return { ...p, place: { ...p.place, path: [...townPath] } };
  });
}
