import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf } from '../segment.ts';
import { isHan } from '../../text/han.ts';

// A grass-roots station is named by the place it serves, most often a town or street jieba does not know (湖坊/x 派出所,
// 塘山/x 派出所): the name word right before the station's word is that place. A court's people's tribunal is named so
// too, by the town it sits in (新登/x 人民法庭).
const STATION = new Set(['派出所', '司法所', '税务所', '供电所', '卫生院', '人民法庭']);
const PLACE_WORD = /^(x|ns|nz|j)$/;
const IS_STATION = wordFlag((w) => STATION.has(w));
// A town's station written as its field's word and 所 or 站 (泗安|自然资源|所, 城关|市场监管|所, 新塘|财政|所, 林业|站).
const STATION_FIELD = /^(自然资源|国土资源|国土|规划|市场监管|财政|林业|水利|农技|农业|兽医|畜牧兽医|文化|工商|劳动保障|统计|农经)$/;
const IS_STATION_END = wordFlag((w) => w === '所' || w === '站');
// 原泗安/x: jieba glued 原 'former' (原…所所长) to the name after it.
const FORMER = /^[原前]/;
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
    const start = k < 1 ? undefined : nameBefore(ctx, k);
    if (start !== undefined) addNamedBody(out, cover, folded, start, seg.tokens[k]!.end, 0.7);
  }
  for (const k of tokensWith(seg, IS_STATION_END)) {
    const field = seg.tokens[k - 1];
    if (k < 2 || !field || field.end !== seg.tokens[k]!.start || !STATION_FIELD.test(field.word)) continue;
    const start = nameBefore(ctx, k - 1);
    if (start !== undefined) addNamedBody(out, cover, folded, start, seg.tokens[k]!.end, 0.7);
  }
  return out;
}

/** Where the name of the place a station is named by starts, right before the station's token `k`. */
function nameBefore(ctx: EntityContext, k: number): number | undefined {
  const t = ctx.seg.tokens[k]!;
  const before = ctx.seg.tokens[k - 1]!;
  if (before.end !== t.start || !PLACE_WORD.test(before.tag) || SCOPE.test(before.word)) return townShortNameBefore(ctx, t.start);
  const former = before.word.length === 3 && FORMER.test(before.word) ? 1 : 0;
  if (/^[\u4e00-\u9fff]{2,3}$/.test(before.word.slice(former))) return before.start + former;
  return townShortNameBefore(ctx, t.start);
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
    if (!isHan(stem) || isGenericWord({ word: stem, tag: tagOf(stem) })) continue;
    if (TOWN_ENDS.some((e) => gaz.byName.get(stem + e)?.some((p) => p.level === 'town'))) return start;
  }
  return undefined;
}
