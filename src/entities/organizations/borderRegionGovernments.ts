import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// The governments of the revolutionary base areas (边区, 根据地, 解放区: 陕甘宁边区政府, 晋冀鲁豫边区政府), which no gazetteer
// holds: the place read by its suffix and the government written right after it are one body, named whole, as a county's
// 人民政府 is with its county. Other places' governments are read from the gazetteer's names (placeBodies).
const BASE_AREA = /(边区|根据地|解放区)$/;
const GOVERNMENT = /^(人民政府|政府|行政委员会|参议会)/;

/** 晋冀鲁豫边区政府: a base area's government after the area's name. */
export function borderRegionGovernments(ctx: EntityContext, places: readonly EntityCandidate[], taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  const areas = places.filter((p) => BASE_AREA.test(p.surface));
  if (areas.length === 0) return out;
  const cover = coverage(folded.length, taken);
  for (const area of areas) {
    const m = GOVERNMENT.exec(folded.slice(area.end, area.end + 6));
    if (m) addNamedBody(out, cover, folded, area.start, area.end + m[0].length);
  }
  return out;
}
