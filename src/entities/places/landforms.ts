import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { PLACE_TAGGED, tagOf, type Token } from '../segment.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { placeCandidate } from './placeCandidate.ts';
import { surnameLength } from '../people/personNames.ts';
import { pushAll } from '../../util/arrays.ts';
import { isHan } from '../../text/han.ts';
import { NOT_IN_NAME } from './reserveNames.ts';

const SOURCE = 'landforms';
// Words for a landform or a river's basin that end a geographic name (喜马拉雅山, 台湾海峡, 柴达木盆地, 青藏高原, 黄河流域);
// longest first. The water features (河, 江, 湖, 岛, 湾) are read by their suffix in `suffixPlaces`.
// 岭, 峰 and 海 end mountains, peaks and lakes or seas jieba knows (大兴安岭, 珠穆朗玛峰, 中南海, 什刹海).
// 走廊 and 瀑布 end a corridor or a fall jieba knows whole (河西走廊, 黄河壶口瀑布).
const LANDFORM_ENDS = [
  '山脉',
  '海峡',
  '盆地',
  '高原',
  '平原',
  '流域',
  '沙漠',
  '草原',
  '峡谷',
  '河谷',
  '群岛',
  '雪山',
  '走廊',
  '瀑布',
  '山',
  '岭',
  '峰',
  '海',
];
// One-character ends that close given names too (欧阳峰, 余沧海, 邓梓峰 are people jieba lists as places).
const GIVEN_NAME_ENDS = new Set(['岭', '峰', '海']);
// Landforms that a region is named by when written as a word of their own after a place (淮北|平原, 四川|盆地).
const REGION_WORDS = new Set(['平原', '盆地', '高原', '三角洲', '河谷']);
// Landforms that only a name opens (毛乌素/nr|沙地, 黄果树/nr|瀑布, 加沙/ns|地带): the name before them is the landform's,
// whatever jieba took it for.
const NAMED_BY_WORD = new Set(['沙地', '沙漠', '山脉', '瀑布', '地带']);
// Landforms that a name jieba guessed or did not know opens (曼德/x|海峡, 埃特纳/nr|火山); after a place word they are
// that place's (福建|海峡 of 福建海峡银行, the strait by the province).
const NAMED_BY_GUESSED = new Set(['海峡', '火山']);
// Where a mountain's slopes, foot or area are written right after its name (秦岭|北麓, 贺兰山|东麓, 武陵山|片区): a person's
// name never stands before them.
const MOUNTAIN_PARTS = /^([东南西北]?麓|[东南西北]坡|山麓|脚下|腹地|主峰|余脉|山区|片区)$/;
// Tags of a name jieba guessed or took for a person's (吕梁山/nr, 张广才岭/nr, 九嵕山/x).
const GUESSED_NAME = /^(nr|nrt|nrfg|nz|x)$/;
// The words namedByContext reads as a landform's name: two Chinese characters or more, a guessed name or a place (or a tag
// not known yet). Only these are visited; each is asked the tag again there.
const NAME_OR_PLACE_WORD = wordFlag((w, tag) => w.length >= 2 && isHan(w) && (tag === '' || tag === 'ns' || GUESSED_NAME.test(tag)));
// Tags of a character that is no word of the language alone, as a mountain's first character is (泰, 嵩, 岷; not 上, 高, 登).
const NAME_CHAR = /^(ns|nr|g|ng|zg|x|nz|j)$/;
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
  const placeWords = tokensWith(seg, PLACE_TAGGED);
  for (let n = 0; n < placeWords.length; n++) {
    const ti = placeWords[n]!;
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
    // 六盘|山, 五台|山: a mountain's name may open with a numeral, which jieba tags as a count.
    const numeralStem = /^[一二三四五六七八九十]/.test(stem) && /^[山岭峰]$/.test(end);
    // 大巴|山, 火焰|山, 花果|山: a mountain of three characters that jieba's dictionary holds as a place may be named by a noun.
    const nounStem = word.length === 3 && /^[山岭]$/.test(end) && tagOf(stem) === 'n';
    if (stem.length < 2 || (COMMON.test(tagOf(stem)) && !numeralStem && !nounStem) || /[的了之]/.test(stem)) continue;
    if (GIVEN_NAME_ENDS.has(end) && word.length === 3 && surnameLength(word) > 0) continue;
    // 半壁|江山: a word of the language before a one-character end that makes a word with the character before it is two
    // words (an idiom), not a name and its mountain; not where what comes before the end is a place word itself (长白/ns|山,
    // though 长 is a word and 白山 a city).
    if (
      end.length === 1 &&
      !numeralStem &&
      !nounStem &&
      tagOf(word.slice(-2)) !== 'x' &&
      COMMON.test(tagOf(word.slice(0, -2))) &&
      tagOf(stem) !== 'ns'
    )
      continue;
    // 崇山|峻岭, 人山|人海, 荒山|野岭: four characters read as two words, one a word of the language, are an idiom; a
    // name's last two characters make no word (大兴|安岭, 乌梁|素海).
    if (GIVEN_NAME_ENDS.has(end) && word.length === 4 && (tagOf(word.slice(-2)) !== 'x' || COMMON.test(tagOf(word.slice(0, 2))))) continue;
    // 黄河流域, 汉水流域: the basin is named by its river, and the river is the place (the same one as 黄河 elsewhere).
    out.push(placeCandidate(text, start, end === '流域' ? t.end - end.length : t.end, 'feature', 0.7, SOURCE));
  }
  // 博尔塔拉/nrt|河谷: a gazetteer place jieba took for a name, and a plain, basin or valley after it, name the region too.
  for (const m of gazMatches) {
    const t = seg.tokens[seg.tokenAt[m.start]!];
    const next = seg.tokens[seg.tokenAt[m.end]!];
    if (t?.tag === 'ns' || t?.start !== m.start || t.end !== m.end || next?.start !== m.end || !REGION_WORDS.has(next.word)) continue;
    out.push(placeCandidate(text, m.start, next.end, 'feature', 0.75, SOURCE));
  }
  pushAll(out, namedByContext(ctx, out));
  return out;
}

/**
 * Landforms whose name jieba guessed or took for a person's, or a mountain of two characters (泰山, 嵩山), told by what is
 * written around them: the part of a mountain after it (贺兰山|东麓, 秦岭|北麓), the landform word after it (毛乌素|沙地,
 * 黄果树|瀑布), or a mountain of the same end listed next to it (太行山、吕梁山; 小兴安岭、张广才岭; 泰山、嵩山). Alone, a
 * two-character mountain is as often a word (江山, 青山 of 绿水青山) and a three-character one a person (刘青山).
 */
function namedByContext(ctx: EntityContext, found: readonly EntityCandidate[]): EntityCandidate[] {
  const { seg, text, folded } = ctx;
  const out: EntityCandidate[] = [];
  const endingAt = new Map(found.map((c) => [c.end, c]));
  const startingAt = new Map(found.map((c) => [c.start, c]));
  const { tokens } = seg;
  const named = tokensWith(seg, NAME_OR_PLACE_WORD);
  for (let n = 0; n < named.length; n++) {
    const ti = named[n]!;
    const t = tokens[ti]!;
    if (startingAt.has(t.start)) continue;
    const next = tokens[ti + 1];
    const adjacent = next?.start === t.end;
    const namedBy =
      (NAMED_BY_WORD.has(next?.word ?? '') && (GUESSED_NAME.test(t.tag) || t.tag === 'ns')) ||
      (NAMED_BY_GUESSED.has(next?.word ?? '') && GUESSED_NAME.test(t.tag));
    // 大渡河|瀑布|沟|水库: a landform's word that a one-character noun runs on from opens a longer name (瀑布沟).
    const after = tokens[ti + 2];
    const runsOn = !!after && after.start === next?.end && after.word.length === 1 && /^(n|ng)$/.test(after.tag);
    if (adjacent && namedBy && !runsOn && !NAMED_BY_WORD.has(t.word)) {
      // 默/z|拉皮/nrt|火山: a transliterated name of two characters is the tail of one jieba cut after its first character.
      const before = tokens[ti - 1];
      const cut = t.tag === 'nrt' && t.word.length === 2 && before?.end === t.start && before.word.length === 1 && isHan(before.word);
      const from = cut && !NOT_IN_NAME.has(before.word) && !startingAt.has(before.start) ? before.start : t.start;
      out.push(placeCandidate(text, from, next.end, 'feature', 0.75, SOURCE));
      continue;
    }
    // 鹰嘴/nz|山、五峰/m|山: a name and 山 as a word of its own, listed with another such, are two mountains.
    const pair = listedMountainPair(ctx, ti);
    if (pair) {
      out.push(placeCandidate(text, t.start, next!.end, 'feature', 0.75, SOURCE));
      out.push(placeCandidate(text, pair[0], pair[1], 'feature', 0.75, SOURCE));
      continue;
    }
    const end = t.word.at(-1)!;
    if (!/[山岭]/.test(end) || !(GUESSED_NAME.test(t.tag) || t.tag === 'ns') || t.word.length > 5) continue;
    const short = t.word.length === 2;
    // 阿尔泰山、天山、昆仑山: listed beside a mountain read whole, a two-character one is a mountain though the gazetteer
    // holds its name (天山区) or its first character is a word (天).
    const found = (c: EntityCandidate | undefined) => !!c && c.surface.length >= 3 && c.surface.endsWith(end);
    const besideFound =
      (folded[t.start - 1] === '、' && found(endingAt.get(t.start - 1))) || (folded[t.end] === '、' && found(startingAt.get(t.end + 1)));
    if (short && !(t.tag === 'ns' && (besideFound || mountainWord(ctx, t.word, adjacent ? next : undefined)))) continue;
    const part = adjacent && MOUNTAIN_PARTS.test(next.word);
    // A two-character mountain is vouched for by a mountain word listed next to it, a longer one by a landform read there.
    const sibling = (c: EntityCandidate | undefined, w: Token | undefined) =>
      short ? w?.tag === 'ns' && w.word.length >= 2 && w.word.endsWith(end) : c?.surface.endsWith(end);
    const listed =
      (folded[t.start - 1] === '、' && sibling(endingAt.get(t.start - 1), tokens[ti - 2])) ||
      (folded[t.end] === '、' && sibling(startingAt.get(t.end + 1), tokens[ti + 2]));
    if (part || listed) out.push(placeCandidate(text, t.start, t.end, 'feature', 0.75, SOURCE));
  }
  return out;
}

/** A name of two characters and 山 as a word of its own at word `i` (鹰嘴/nz|山; a numeral may open it: 五峰/m|山). */
function nameAndMountain(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || b.word !== '山' || b.start !== a.end || a.word.length !== 2 || !isHan(a.word)) return false;
  return GUESSED_NAME.test(a.tag) || a.tag === 'ns' || (a.tag === 'm' && /^[一二三四五六七八九十]/.test(a.word));
}

/**
 * 鹰嘴|山、五峰|山: the mountain at word `i` listed with a 、 next to another of a name and 山 as a word of its own, one of
 * the two a name jieba guessed (not 青|山、绿|水). The other's span, or undefined.
 */
function listedMountainPair(ctx: EntityContext, i: number): [number, number] | undefined {
  const { tokens } = ctx.seg;
  if (!GUESSED_NAME.test(tokens[i]!.tag) || !nameAndMountain(tokens, i)) return undefined;
  const after = tokens[i + 2];
  if (after?.word === '、' && nameAndMountain(tokens, i + 3)) return [tokens[i + 3]!.start, tokens[i + 4]!.end];
  if (tokens[i - 1]?.word === '、' && nameAndMountain(tokens, i - 3)) return [tokens[i - 3]!.start, tokens[i - 2]!.end];
  return undefined;
}

/**
 * A mountain of two characters jieba knows as a place (泰山, 嵩山, 华山) that the gazetteer does not hold as a county
 * (中山 and 江山 are cities): its first character is no word alone (not 上|山, 登|山, 大|山), and it opens no longer
 * name (香山|路, 灵山|江水: 灵山江's water). `next` is the word right after it, if nothing stands between.
 */
function mountainWord(ctx: EntityContext, word: string, next: Token | undefined): boolean {
  const nameGoesOn =
    !!next &&
    ((next.word.length === 1 && isHan(next.word) && /^(n|ng|nr|ns|zg|g|j|q|x)$/.test(next.tag)) ||
      /^[江河湖溪村镇乡县区市路街港岛湾]/.test(next.word));
  return !nameGoesOn && NAME_CHAR.test(tagOf(word[0]!)) && !ctx.gaz.byName.has(word) && !ctx.gaz.shortCounties.has(word);
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
