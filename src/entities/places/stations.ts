import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';
import { isHan } from '../../text/han.ts';
import { placeStemsInAnyReading } from './countyStems.ts';

const SOURCE = 'stations';
// The words of a railway station after the place it is named by (北京|西站, 石家庄|站, 月山|车站, 长沙|火车站); longest first.
const STATION = /^(?:火车站|高铁站|客运站|车站|[东西南北]站|站)/;
// jieba's tags of a place and its station read as one word: a place's, a body's, a name's, a noun's, an unknown word's.
const ONE_WORD_TAGS = /^(ns|nt|nr|nz|n|x)$/;
// Town suffixes a station's name leaves out (月山车站 for the station of 月山镇).
const TOWN_SUFFIXES = ['镇', '乡'];

/**
 * Railway stations named by their place: a gazetteer place, or a town by its name without 镇 or 乡, written right before
 * 站, 车站, 火车站 or a side's station (东站, 西站), the station word ending a word (石家庄|站|抵达; not 站稳, 站长), or one
 * word jieba knows as a place that is a gazetteer name and a station (北京西站/ns). The station is the place a text means
 * (经石家庄站抵达郑州东站 passes two stations, not two cities).
 */
export function findStations(ctx: EntityContext): EntityCandidate[] {
  const { folded, text, seg, gaz } = ctx;
  const out: EntityCandidate[] = [];
  const gazEnding = new Map<number, number>();
  for (const m of ctx.gazMatches) gazEnding.set(m.end, Math.min(m.start, gazEnding.get(m.end) ?? Infinity));
  for (let at = folded.indexOf('站'); at >= 0; at = folded.indexOf('站', at + 1)) {
    const word = seg.tokens[seg.tokenAt[at]!]!;
    // 北京西站/ns, 北京站/nt: the place and its station in one word; so 武汉站/nr, 武昌站/nr, whatever jieba tags it, the
    // stem a city's name or a county's or district's short one.
    if (word.end === at + 1 && ONE_WORD_TAGS.test(word.tag) && word.word.length >= 3) {
      const stem = word.word.slice(0, word.word.length - stationTail(word.word).length);
      const named = gaz.byName.has(stem) || (!/^(ns|nt)$/.test(word.tag) && placeStemsInAnyReading(gaz).has(stem));
      if (stem.length >= 2 && named && !tourLeg(folded, word.start, word.end))
        out.push(placeCandidate(text, word.start, word.end, 'feature', 0.8, SOURCE));
      continue;
    }
    if (!seg.boundaries.has(at + 1)) continue;
    for (const len of [3, 2, 1]) {
      const from = at + 1 - len;
      if (STATION.exec(folded.slice(from, at + 1))?.[0].length !== len || !seg.boundaries.has(from)) continue;
      const start = gazEnding.get(from) ?? townStemStart(ctx, from);
      if (start !== undefined && !tourLeg(folded, start, at + 1)) out.push(placeCandidate(text, start, at + 1, 'feature', 0.8, SOURCE));
      break;
    }
  }
  return out;
}

/** A tour's or a contest's leg in a city (“三湘环保世纪行”株洲站活动, 巡回赛北京站比赛), no station: after the event's
 * name in marks, or before the event's word. */
function tourLeg(folded: string, start: number, end: number): boolean {
  return /[”」》]/.test(folded[start - 1] ?? '') || /^(活动|比赛|赛事|站点)/.test(folded.slice(end, end + 2));
}

/** The station words a word ends with (北京西站 → 西站), the longest. */
function stationTail(word: string): string {
  for (const len of [3, 2, 1]) {
    const tail = word.slice(-len);
    if (STATION.exec(tail)?.[0].length === len) return tail;
  }
  return '';
}

/** Where a town's or county's name without its level starts, ending at `end` where a word starts (郑州铁路分局|月山|车站). */
function townStemStart(ctx: EntityContext, end: number): number | undefined {
  for (const len of [3, 2]) {
    const start = end - len;
    const stem = ctx.folded.slice(start, end);
    if (start < 0 || !isHan(stem) || !ctx.seg.boundaries.has(start)) continue;
    if (TOWN_SUFFIXES.some((s) => ctx.gaz.byName.get(stem + s)?.some((p) => p.level === 'town'))) return start;
    // 新建|于/p|都/d|北站: a county's short form that jieba cut across, which no gazetteer match holds, names its station too.
    if (
      placeStemsInAnyReading(ctx.gaz)
        .get(stem)
        ?.some((p) => p.level === 'county')
    )
      return start;
  }
  return undefined;
}
