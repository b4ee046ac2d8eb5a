import type { Entity, Figure } from '../types.ts';
import type { FigureDescription } from '../figures/indicators/describeFigures.ts';
import { BODY_TAIL, withoutOwner } from '../figures/indicators/ownerOutOfKey.ts';

// The entities whose name may open a figure's key for the figure they are linked to (figures/indicators/ownerOutOfKey.ts):
// a place below the province (a city, county, town, village or zone) and a local body or a firm (a name ending in a body's
// word, BODY_TAIL, as ownerOutOfKey reads a firm's tail). Not the state's organs and
// countries, whose name is part of what is measured (中央财政赤字, 国务院组成部门, 中国科学院的科学研究机构).
const LOCAL_LEVELS = new Set(['city', 'county', 'town', 'village', 'zone']);
const LOCAL_BODY = /^[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗|盟|镇|乡|街道)|^[市县区镇乡]/;
const NATIONAL = /^(?:中国|中华|中央|国家|全国|国务院)/;
// 岳阳港完成货物吞吐量, …国际机场旅客吞吐量: a port, an airport or a station owns its traffic, as a firm owns its output (not a
// river or a mountain, whose name is part of a section's: 湘江株洲段通航里程).
const FACILITY = /(?:港|机场|码头|火车站|高铁站|客运站|货运站)$/;
// Party committees, governments and inspection teams lead, decide and hand over (县委县政府领导, 省委巡视组移交信访举报事项):
// what they do is what is counted.
const LEADING = /(?:委|委员会|常委会|党组|党委|党工委|政府|巡视组|巡察组)$/;

function isOwner(e: Entity): boolean {
  if (e.type === 'place') return LOCAL_LEVELS.has(e.place?.level ?? '') || (e.place?.level === 'feature' && FACILITY.test(e.name));
  if (e.type !== 'organization' || NATIONAL.test(e.name) || LEADING.test(e.name)) return false;
  return LOCAL_BODY.test(e.name) || BODY_TAIL.test(e.name) || FACILITY.test(e.name);
}

/** The figure's description with its key rid of the name of a place or body it is linked to, when the key opens with one. */
export function ownedDescription(f: Figure, linked: readonly string[], byId: (id: string) => Entity | undefined): FigureDescription {
  if (linked.length === 0) return f;
  const names: string[] = [];
  for (const id of linked) {
    const e = byId(id);
    if (e && isOwner(e)) names.push(e.name, ...e.aliases);
  }
  if (names.length === 0) return f;
  const indicator = withoutOwner(
    f.indicator,
    names.sort((a, b) => b.length - a.length),
  );
  return indicator === f.indicator ? f : { ...descriptionOf(f), indicator };
}

function descriptionOf(f: Figure): FigureDescription {
  return { indicator: f.indicator, indicatorText: f.indicatorText, period: f.period, status: f.status, sentence: f.sentence };
}
