import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { placeCandidate } from './placeCandidate.ts';
import { countyStems } from './countyStems.ts';
import { PLACE_TAGGED, tagOf, wordParts } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { mergeTokenLists, tokensOfAny, tokensWith, wordFlag } from '../wordTable.ts';

// A road or street named after a place: the place's name and the class noun, one word to jieba (韶山路, 长安街).
const ROAD = /^([\u4e00-\u9fff]{2,})(大街|大道|路|街)$/;
// A street jieba knows whole as a place word (中央大街/ns, 太平街/ns, 香榭丽舍大街/ns), whatever its name is; 大街 is the
// class noun where the word ends so (满|大街, not 满大|街).
const STREET = /^([\u4e00-\u9fff]{2,}?)(大街|(?<!大)街)$/;
// Parts of a street word's stem that make a phrase, not a name (满|大街 'everywhere', 四衢八街, 柳巷花街): a number, a
// verb or an adverb anywhere, an adjective first.
const PHRASE_PART = /^(m|v|d)$/;
// A day named by its month and day (五一, 八一, 五四, 一二九).
const CALENDAR_DAY = /^(?:[一二三四五六七八九]|十[一二]?)(?:[一二三四五六七八九]|[一二三]?十[一二三四五六七八九]?)$/;
// What a street is for, not which one (美食街, 步行街, 商业街).
const STREET_KINDS = /^(美食|小吃|商业|步行|酒吧|文化|特色|风情|民俗|古玩|休闲|购物|服装)$/;
// The class nouns that may stand as a word of their own after a road's name (坡子|街, 长兴|大道, 正阳|路, 滨河|东路).
const CLASS_WORDS = ['街', '大街', '大道', '路', '东路', '西路', '南路', '北路', '中路'];
// A road's or street's class noun after a place word, with its side (正阳|路, 滨河|东路, 朝阳|街, 南京|北街).
const ROAD_WORD = /^(?:[东南西北中]?路|[东南西北]?街)$/;
// A division written with its level (沈河区|中街): the word after it is a place in it, no road named after it.
const WITH_LEVEL = /[省市县区镇乡]$/;
// A road's class noun with its side, which names a part of a road and nothing else (人民|南路, 解放|东路).
const SIDE_ROAD = /^[东南西北中]路$/;
// Words that may name a road before its side: nouns, names and verbs (解放 'liberation'), not function words.
const SIDE_ROAD_STEM_TAGS = /^(n|nz|nr|nrt|ns|x|j|v|vn|a|t)$/;
// Words of the language that name avenues as often as places do (红旗 'red flag', 长征 'the Long March', 迎宾 'welcome').
const AVENUE_STEM_TAGS = /^(n|nz|nr|vn|v|j)$/;
// What only a road is written with after its name: its parts and works on it (断头路, 连接线, 快速路, 北段), or another road
// it runs to or is listed with (红旗大道至东江源大道).
const ROAD_AFTER = /^(?:快速路|连接线|断头路|沿线|两侧|交叉口|路口|延伸段|[东南西北]段|[至、和与及][\u4e00-\u9fff]{1,5}(?:大道|路|大街))/;
// Another road right before, that this one is listed with or runs from (红旗大道至|东江源大道).
const FROM_ROAD = /(?:大道|路|大街)[至、和与及]$/;
// A house number after a road's name: digits, a dash between two, 号.
const HOUSE_NUMBER = /^[0-9０-９]+(?:[-－—][0-9０-９]+)?号/;
// Nouns and names jieba does not know, which name an avenue right after its city (成都|天府/n|大道).
const NOUN_TAGS = /^(n|nz|x|nr)$/;

// An alley's word of three characters or more (南锣鼓巷, 乌衣巷): asked once per distinct word.
const ALLEY_WORD = wordFlag((w) => w.length >= 3 && w.endsWith('巷') && isHan(w));
// A division written with its level word, right before a ground it holds (东城区|南锣鼓巷).
const LEVEL_WRITTEN = /(?:[省市县区旗镇乡]|街道)$/;

/**
 * 东城区|南锣鼓巷/i, 乌衣巷/ns: an alley jieba reads as one word, a place word or one it did not know, or any word right
 * after the division it lies in; not the alleys in general (背街|小巷: its last two characters make a word) nor a phrase.
 */
function findAlleys(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const levelEnds = new Set(ctx.gazMatches.filter((m) => LEVEL_WRITTEN.test(m.name)).map((m) => m.end));
  for (const i of tokensWith(ctx.seg, ALLEY_WORD)) {
    const t = ctx.seg.tokens[i]!;
    if (!(t.tag === 'ns' || t.tag === 'x' || levelEnds.has(t.start))) continue;
    if (tagOf(t.word.slice(-2)) !== 'x' || !namedStreet(t.word.slice(0, -1))) continue;
    out.push(placeCandidate(ctx.text, t.start, t.end, 'feature', 0.7, 'roads'));
  }
  return out;
}

/**
 * A road or street that jieba reads as one place word (韶山路/ns) and whose name is a place the gazetteer (a county by its
 * short form too), or the world data knows (韶山, 南京): not an idiom that ends so (广开门路/ns), nor the roads of common nouns
 * (高速公路, 快速路). A street jieba knows whole as a place word is a place by its name alone (中央大街, 八廓街), unless its
 * words make a phrase (满大街) or say what the street is for (美食街); so is a word jieba does not know before 街 (坡子|街).
 */
export function findRoadNames(ctx: EntityContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  // Only the words a road can be read at: a word before a class noun of its own, and the words jieba tags as places.
  const classNouns = tokensOfAny(ctx.seg, CLASS_WORDS);
  const before = new Int32Array(classNouns.length);
  let n = 0;
  for (let c = 0; c < classNouns.length; c++) if (classNouns[c]! > 0) before[n++] = classNouns[c]! - 1;
  const visited = mergeTokenLists(before.subarray(0, n), tokensWith(ctx.seg, PLACE_TAGGED));
  const cityEnds = new Set(ctx.gazMatches.map((m) => m.end));
  for (let v = 0; v < visited.length; v++) {
    const i = visited[v]!;
    const t = ctx.seg.tokens[i]!;
    // 坡子/x|街: a word jieba does not know right before 街 standing alone is the street's name.
    const next = ctx.seg.tokens[i + 1];
    if (t.tag === 'x' && t.word.length >= 2 && isHan(t.word) && next?.start === t.end && /^(大街|街)$/.test(next.word)) {
      out.push(placeCandidate(ctx.text, t.start, next.end, 'feature', 0.7, 'roads'));
      continue;
    }
    // 长兴/ns|大道, 德清/nr|大道: a place's name (whatever jieba tags it) and the class noun as two words is the avenue, not
    // the county.
    // 五一/m|大道, 八一/m|大道, 五四/m|大街: an avenue named after a day of the calendar, its month and day in numerals.
    // 深南/ns|大道, 成都|天府/n|大道: so is a place word, or a noun right after the city the avenue runs through.
    if (
      next?.start === t.end &&
      /^(大道|大街)$/.test(next.word) &&
      t.word.length >= 2 &&
      isHan(t.word) &&
      (namedByPlace(ctx, t.word) ||
        CALENDAR_DAY.test(t.word) ||
        (next.word === '大道' && (t.tag === 'ns' || (NOUN_TAGS.test(t.tag) && cityEnds.has(t.start)))))
    ) {
      out.push(placeCandidate(ctx.text, t.start, next.end, 'feature', 0.7, 'roads'));
      continue;
    }
    // 东江源/x|大道: a word jieba does not know before 大道 is the avenue's name; 红旗/nr|大道, 长征/n|大道: a word of the
    // language is, where what follows is said only of a road (断头路, 连接线, 至东江源大道), not of a way of life (康庄大道).
    if (
      next?.start === t.end &&
      next.word === '大道' &&
      t.word.length >= 2 &&
      isHan(t.word) &&
      (t.tag === 'x' || (AVENUE_STEM_TAGS.test(t.tag) && ROAD_AFTER.test(ctx.folded.slice(next.end, next.end + 8))))
    ) {
      out.push(placeCandidate(ctx.text, t.start, next.end, 'feature', 0.7, 'roads'));
      continue;
    }
    // 至|东江/ns|源/ng|大道|连接线: a word and one character jieba left before 大道, after another road it runs from or
    // before a word said only of a road, are the avenue's name (the river 东江 is no place here).
    const head = ctx.seg.tokens[i - 1];
    if (
      next?.start === t.end &&
      next.word === '大道' &&
      t.word.length === 1 &&
      /^(n|ng|x)$/.test(t.tag) &&
      head?.end === t.start &&
      head.word.length === 2 &&
      isHan(head.word) &&
      /^(n|nz|ns|x)$/.test(head.tag) &&
      (ROAD_AFTER.test(ctx.folded.slice(next.end, next.end + 8)) ||
        FROM_ROAD.test(ctx.folded.slice(Math.max(0, head.start - 4), head.start)))
    ) {
      out.push(placeCandidate(ctx.text, head.start, next.end, 'feature', 0.7, 'roads'));
      continue;
    }
    // 人民/n|南路, 解放/v|东路: a word and a road's class noun with its side as a word of its own (南路/ns) is a road, as
    // no phrase ends with a side of a road; a word of one character (兵|分|东路) or a function word (从|中路) opens none.
    if (next?.start === t.end && SIDE_ROAD.test(next.word) && t.word.length >= 2 && isHan(t.word) && SIDE_ROAD_STEM_TAGS.test(t.tag)) {
      out.push(placeCandidate(ctx.text, t.start, next.end, 'feature', 0.7, 'roads'));
      continue;
    }
    if (t.tag !== 'ns') continue;
    // 正阳/ns|路, 滨河/ns|东路, 太原/ns|街: a place word and a road's class noun as a word of its own are a road named after
    // the place; not a country's way (中国|路, its path).
    if (
      next?.start === t.end &&
      ROAD_WORD.test(next.word) &&
      t.word.length >= 2 &&
      isHan(t.word) &&
      !worldNames().has(t.word) &&
      !WITH_LEVEL.test(t.word)
    ) {
      out.push(placeCandidate(ctx.text, t.start, next.end, 'feature', 0.7, 'roads'));
      continue;
    }
    const m = ROAD.exec(t.word);
    const stem = m?.[1];
    if (!stem) continue;
    const named = namedByPlace(ctx, stem);
    const street = STREET.exec(t.word)?.[1];
    // 湖滨南路/ns: a place word that ends with a side of a road is that road.
    if (named || (street && namedStreet(street)) || SIDE_ROAD.test(t.word.slice(-2)))
      out.push(placeCandidate(ctx.text, t.start, t.end, 'feature', 0.7, 'roads'));
  }
  out.push(...findAlleys(ctx));
  // 丰和中大道11号: a road with a house number after it is an address (a contact line's), not a place the text is about.
  return out.filter((c) => !HOUSE_NUMBER.test(ctx.folded.slice(c.end, c.end + 8)));
}

/** A road's name that is a place the gazetteer (a county by its short form too) or the world data knows. */
function namedByPlace(ctx: EntityContext, stem: string): boolean {
  return ctx.gaz.byName.has(stem) || countyStems(ctx.gaz).has(stem) || worldNames().has(stem);
}

function namedStreet(stem: string): boolean {
  if (STREET_KINDS.test(stem)) return false;
  const parts = wordParts(stem);
  return !/^a/.test(tagOf(parts[0]!)) && !parts.some((p) => PHRASE_PART.test(tagOf(p)));
}
