import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf } from '../segment.ts';
import { placeCandidate } from './placeCandidate.ts';
import { surnameLength } from '../people/personNames.ts';

const SOURCE = 'landforms';
// Words for a landform or a river's basin that end a geographic name (喜马拉雅山, 台湾海峡, 柴达木盆地, 青藏高原, 黄河流域);
// longest first. The water features (河, 江, 湖, 岛, 湾) are read by their suffix in `suffixPlaces`.
// 岭, 峰 and 海 end mountains, peaks and lakes or seas jieba knows (大兴安岭, 珠穆朗玛峰, 中南海, 什刹海).
const LANDFORM_ENDS = ['山脉', '海峡', '盆地', '高原', '平原', '流域', '沙漠', '草原', '峡谷', '群岛', '雪山', '山', '岭', '峰', '海'];
// One-character ends that close given names too (欧阳峰, 余沧海, 邓梓峰 are people jieba lists as places).
const GIVEN_NAME_ENDS = new Set(['岭', '峰', '海']);
// Landforms that a region is named by when written as a word of their own after a place (淮北|平原, 四川|盆地).
const REGION_WORDS = new Set(['平原', '盆地', '高原', '三角洲']);
// Tags of ordinary words: a stem that is one (东西|流域) names no place.
const COMMON = /^(n|v|vn|a|an|ad|d|i|l|m|q)$/;

/**
 * Mountains, plateaus, basins, plains, straits and river basins that jieba's dictionary knows as place names (ns) and
 * China's gazetteer does not hold: the whole word is the place. A word that starts with a gazetteer place (青海|柴达木盆地)
 * is read from where that place ends; one whose stem is a word of the language (半壁江山, 东西流域) names no place. A basin
 * is its river's (黄河|流域 names 黄河). A place word and a plain, basin or plateau after it (淮北|平原) name the region.
 */
export function findLandforms(ctx: EntityContext): EntityCandidate[] {
  const { seg, text, gazMatches } = ctx;
  // Made at the first landform word: most reports have none, and a map of every gazetteer match is not free.
  let gazEnd: Map<number, number> | undefined;
  const out: EntityCandidate[] = [];
  // An index, not for…of: until V8 optimizes the loop, for…of makes an iterator result per word, and this reads every word.
  for (let ti = 0; ti < seg.tokens.length; ti++) {
    const t = seg.tokens[ti]!;
    if (t.tag !== 'ns') continue;
    // 淮北|平原, 洞庭湖|平原: a plain, basin or plateau named by the place before it is a region of its own, not that city.
    const next = seg.tokens[ti + 1];
    if (next && next.start === t.end && REGION_WORDS.has(next.word) && t.word.length >= 2 && !REGION_WORDS.has(t.word)) {
      out.push(placeCandidate(text, t.start, next.end, 'feature', 0.75, SOURCE));
      continue;
    }
    if (t.word.length < 3) continue;
    const end = landformEnd(t.word);
    if (!end) continue;
    gazEnd ??= new Map(gazMatches.map((m) => [m.start, m.end]));
    // 长白|山, 吕梁|山: a place written right before a one-character end, with nothing between, names the mountain.
    const after = gazEnd.get(t.start);
    const start = after === undefined ? t.start + provinceBefore(ctx, t.word, end.length) : after < t.end - end.length ? after : t.start;
    const word = text.slice(start, t.end);
    const stem = word.slice(0, -end.length);
    if (stem.length < 2 || COMMON.test(tagOf(stem)) || /[的了之]/.test(stem)) continue;
    if (GIVEN_NAME_ENDS.has(end) && word.length === 3 && surnameLength(word) > 0) continue;
    // 半壁|江山: a word of the language before a one-character end that makes a word with the character before it is two
    // words (an idiom), not a name and its mountain.
    if (end.length === 1 && tagOf(word.slice(-2)) !== 'x' && COMMON.test(tagOf(word.slice(0, -2)))) continue;
    // 崇山|峻岭, 人山|人海, 荒山|野岭: four characters read as two words, one a word of the language, are an idiom; a
    // name's last two characters make no word (大兴|安岭, 乌梁|素海).
    if (GIVEN_NAME_ENDS.has(end) && word.length === 4 && (tagOf(word.slice(-2)) !== 'x' || COMMON.test(tagOf(word.slice(0, 2))))) continue;
    // 黄河流域, 汉水流域: the basin is named by its river, and the river is the place (the same one as 黄河 elsewhere).
    out.push(placeCandidate(text, start, end === '流域' ? t.end - end.length : t.end, 'feature', 0.7, SOURCE));
  }
  return out;
}

/**
 * The length of a province's short name that jieba's dictionary glued before a landform's own name (青海|柴达木盆地,
 * 新疆|塔里木盆地): the gazetteer finds no place inside a word, and the basin is the same one without its province. A
 * landform named by the province itself (四川盆地, 内蒙古高原) keeps it: what is left would have no name of its own.
 */
function provinceBefore(ctx: EntityContext, word: string, endLength: number): number {
  for (let len = 3; len >= 2; len--) {
    if (word.length - len - endLength < 2) continue;
    if (ctx.gaz.byName.get(word.slice(0, len))?.some((p) => p.level === 'province')) return len;
  }
  return 0;
}

/** The landform word a word ends with, by a loop rather than a closure made per place word. */
function landformEnd(word: string): string | undefined {
  for (let k = 0; k < LANDFORM_ENDS.length; k++) if (word.endsWith(LANDFORM_ENDS[k]!)) return LANDFORM_ENDS[k];
  return undefined;
}
