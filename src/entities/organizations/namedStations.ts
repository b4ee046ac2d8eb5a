import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf } from '../segment.ts';

// A grass-roots station is named by the place it serves, most often a town or street jieba does not know (湖坊/x 派出所,
// 塘山/x 派出所): the name word right before the station's word is that place. A court's people's tribunal is named so
// too, by the town it sits in (新登/x 人民法庭).
const STATION = new Set(['派出所', '司法所', '税务所', '供电所', '卫生院', '人民法庭']);
const PLACE_WORD = /^(x|ns|nz|j)$/;
const IS_STATION = wordFlag((w) => STATION.has(w));
// 各乡镇/ns|卫生院, 全县/n: a determiner of scope opens the stations of every place, no one's name.
const SCOPE = /^[各全本该每诸]/;
// What the gazetteer's towns end with after their short name (塘栖镇, 湖镇镇, 龙门乡, 城关街道).
const TOWN_ENDS = ['镇', '乡', '街道'];

/** Stations named by a name word right before them (湖坊派出所, 城关派出所); not 辖区派出所, 该派出所. */
export function namedStations(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const k of tokensWith(seg, IS_STATION)) {
    if (k < 1) continue;
    const t = seg.tokens[k]!;
    const before = seg.tokens[k - 1]!;
    const start =
      before.end === t.start && PLACE_WORD.test(before.tag) && /^[\u4e00-\u9fff]{2,3}$/.test(before.word) && !SCOPE.test(before.word)
        ? before.start
        : townShortNameBefore(ctx, t.start);
    if (start !== undefined) addNamedBody(out, cover, folded, start, t.end, 0.7);
  }
  return out;
}

/**
 * 瓶|窑|派出所, 石门/n|人民法庭: the two or three characters before the station, starting a word, are the short name of a
 * town the gazetteer knows (瓶窑镇, 石门镇), whatever words jieba cut them into; a word that sorts things into kinds
 * (中心, 城区) names none.
 */
function townShortNameBefore(ctx: EntityContext, end: number): number | undefined {
  const { folded, seg, gaz } = ctx;
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || !seg.boundaries.has(start)) continue;
    const stem = folded.slice(start, end);
    if (!/^[\u4e00-\u9fff]+$/.test(stem) || isGenericWord({ word: stem, tag: tagOf(stem) })) continue;
    if (TOWN_ENDS.some((e) => gaz.byName.get(stem + e)?.some((p) => p.level === 'town'))) return start;
  }
  return undefined;
}
