import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordEndingAt } from '../segment.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';

// A development zone is run by its management committee (管委会, 管理委员会; 执行委员会 where two governments run it
// together, as 横琴粤澳深度合作区执行委员会), one to a zone and named by it:
// 苏州工业园区管理委员会, 湖州南太湖新区管委会, and a report's own zone by its kind alone (高新区管委会, 开发区管委会).
// The party's working committee and discipline working committee a zone has in place of a county's 党委 and 纪委
// (苏州工业园区纪工委, 合肥经济技术开发区党工委) are named by it as well, but only by its name: 开发区纪工委 alone is a kind.
const COMMITTEE = /管委会|管理委员会|执行委员会|执委会|党工委|纪工委/g;
const WORKING_COMMITTEE = /^(党工委|纪工委)$/;
const ZONE = /(开发区|高新区|新区|园区|经济区|示范区|保税区|试验区|度假区|风景区|经开区|合作区)$/;

/** A zone right before 管委会 (with the city written before the zone) and the committee: one body. */
export function zoneCommittees(ctx: EntityContext, places: readonly EntityCandidate[], taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const placeEndingAt = new Map(places.map((p) => [p.end, p]));
  for (const m of folded.matchAll(COMMITTEE)) {
    const at = m.index!;
    const end = at + m[0].length;
    const zone = placeEndingAt.get(at);
    let start: number | undefined;
    if (zone && ZONE.test(zone.surface)) {
      start = zone.start;
      // 湖州|南太湖新区管委会: the city written right before the zone is part of the name.
      for (let before = placeEndingAt.get(start); before; before = placeEndingAt.get(start)) start = before.start;
    } else if (!WORKING_COMMITTEE.test(m[0])) {
      const word = wordEndingAt(seg, at);
      if (word && word.word.length >= 3 && ZONE.test(word.word) && isHan(word.word)) start = word.start;
    }
    if (start !== undefined) addNamedBody(out, cover, folded, start, end, 0.75);
  }
  return out;
}
