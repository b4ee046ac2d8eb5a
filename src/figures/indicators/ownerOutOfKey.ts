import { withoutLightVerb } from './normalizeIndicator.ts';

// 梅江区每千人口床位数9.8张, 县农业农村局统筹整合涉农资金1.85亿元, 宁波海达港口物流集团有限公司完成集装箱吞吐量216.8万标准箱: the
// place or body a figure is of, written before what it measures, is the figure's entity (link/), not part of its key; the
// key is the one the same measure has in any place's or firm's report (每千人口床位数, 集装箱吞吐量).

// What the owner's name is followed by when the name says which set is counted (重工业部所属的企业, 山西以及内蒙古西部): kept.
const SET_OF = /^(?:所属|直属|下属|系统|以及|及|和|与|、|等|或)/;
// A body's name read from inside (集团有限公司完成…, 综合保税区完成…, the read begun in the name): its tail from a word of this
// kind on.
export const BODY_TAIL = /(?:公司|集团|医院|学院|学校|协会|学会|商会|合作社|中心|开发区|园区|保税区|高新区|示范区|试验区|支队|大队)$/;
const MIN_TAIL = 4;

/** The key without the name of an owner (longest names first) it opens with, when what is left still names a measure. */
export function withoutOwner(indicator: string, owners: readonly string[]): string {
  for (const name of owners) {
    const cut = ownerLength(indicator, name);
    if (cut === 0) continue;
    const rest = indicator.slice(cut);
    if (SET_OF.test(rest)) return indicator;
    const key = withoutLightVerb(rest.replace(/^的/, ''));
    return key.length >= 2 ? key : indicator;
  }
  return indicator;
}

/** How much of the key's opening the name (or the tail of a body's name) covers; 0 when it does not open it. */
function ownerLength(indicator: string, name: string): number {
  if (name.length >= 2 && indicator.startsWith(name)) return name.length;
  if (!BODY_TAIL.test(name)) return 0;
  for (let k = 1; name.length - k >= MIN_TAIL; k++) if (indicator.startsWith(name.slice(k))) return name.length - k;
  return 0;
}
