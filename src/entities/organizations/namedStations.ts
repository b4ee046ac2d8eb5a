import type { EntityContext } from '../context.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// A grass-roots station is named by the place it serves, most often a town or street jieba does not know (湖坊/x 派出所,
// 塘山/x 派出所): the name word right before the station's word is that place.
const STATION = new Set(['派出所', '司法所', '税务所', '供电所', '卫生院']);
const PLACE_WORD = /^(x|ns|nz|j)$/;
const IS_STATION = wordFlag((w) => STATION.has(w));

/** Stations named by a name word right before them (湖坊派出所, 城关派出所); not 辖区派出所, 该派出所. */
export function namedStations(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const k of tokensWith(seg, IS_STATION)) {
    if (k < 1) continue;
    const t = seg.tokens[k]!;
    const before = seg.tokens[k - 1]!;
    if (before.end !== t.start || !PLACE_WORD.test(before.tag) || !/^[\u4e00-\u9fff]{2,3}$/.test(before.word)) continue;
    if (cover.any(before.start, t.end)) continue;
    const name = folded.slice(before.start, t.end);
    const hit: OrgHit = { start: before.start, end: t.end, kind: 'co', id: name, name, score: 0.7 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
