import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tagOf, wordEndingAt, type Segmentation, type Token } from '../segment.ts';
import { placeStemsInAnyReading } from './countyStems.ts';
import { appositivePlace } from './appositivePlaces.ts';
import {
  CLASSES_NAMED_BY_NOUN,
  LANDMARK_CLASSES,
  LANDMARK_KIND_WORDS,
  OLD_SETTLEMENT_KINDS,
  TEMPLE_KINDS,
  WORSHIP_ENDS,
} from '../data/landmarkClasses.ts';
import { worldNames } from '../world/worldNames.ts';
import { GENERIC_STEMS } from './placeStems.ts';
import { placeCandidate } from './placeCandidate.ts';
import { namedAfterNeighbour, transliteratedPortStart } from './portNames.ts';
import { tokenHas, tokensWith, tokensWithAny, wordFlag } from '../wordTable.ts';
import { isHan } from '../../text/han.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { dynastyEndingAt } from '../people/historicalNames.ts';
import { LEVEL_WRITTEN, NOT_IN_NAME, RESERVES, reserveStart } from './reserveNames.ts';
import { CLASSES_OF_NAMES, keptPlace } from './keptPlaces.ts';
import { listedName } from './listedWorks.ts';
import { NAME_WORD_TAGS } from './stemWords.ts';
import { findReservoirWords, opensClause } from './reservoirWords.ts';
import { pushAll } from '../../util/arrays.ts';

const SOURCE = 'landmarks';
// A word right after a place that the place vouches for as a name (春秋乡|胜利/vn|水库, 花桥镇|幸福/a|水库, 丰林县|五营/b|
// 国家森林公园, 长春市|净月潭/n|国家森林公园).
const AFTER_PLACE_TAGS = /^(n|vn|a|an|ng|nr|nrt|nrfg|ns|nz|x|j|b)$/;
// A grassland's name: a place word, a name, a word jieba did not know (羌塘/ns, 辉腾锡勒/x).
const LAND_NAME_TAGS = /^(ns|nr|nrt|x)$/;
// Words jieba reads as a name of another kind than a place's, two of which may make one ground's name (七彩/nz|丹霞/nr|景区).
const OTHER_NAME_TAGS = /^(nr|nrt|nrfg|nz)$/;
// One character of a name jieba could not join (藕/n|塘/j, 龙/n|河口/ns).
const CHAR_TAGS = /^(n|ng|j|x|nr|ns|nz|zg|g)$/;
// The first word of a three-character name ending in a one-character word (磨子|潭, 七门|堰): a Chinese numeral may open
// a name (七门堰, 三门峡).
const HEAD_TAGS = /^(n|ns|nr|nz|j|x|m)$/;
const NUMERAL_CHARS = new Set([...'一二三四五六七八九十百千万']);
// The last character of a division's name (沙溪镇, 剑川县): a temple is named by a word of its own, not its town's.
const ADMIN_END = /[省市县区镇乡村]$/;
const DIVISION_END = /[市县区镇乡]$/;
// What a village, a community or a street named after a temple is written with (邵福寺村, 乾明寺社区).
const SETTLEMENT_AFTER = /^(村|社区|居委会|街道|镇|乡|路|街|小学|中学)/;
const CLASSES = new Set(LANDMARK_CLASSES);
// A word a class noun can start at: one that opens a class noun or starts with one (国家|森林公园, 水库). Either way its
// first character opens a class noun, which most words' does not: they are let go without comparing them to each class.
const CLASS_FIRSTS = new CodeSet(LANDMARK_CLASSES.map((c) => c[0]!));
const OPENS_CLASS = wordFlag(
  (w) => w === '' || (CLASS_FIRSTS.at(w, 0) && LANDMARK_CLASSES.some((c) => c.startsWith(w) || w.startsWith(c))),
);
// A word whose last character is a temple's (乾明寺, 寺): asked of every word of a report, once per distinct word.
const WORSHIP_LAST = wordFlag((w) => WORSHIP_ENDS.includes(w.at(-1)!));
// A word of an old town and its name (凤凰古城): asked once per distinct word.
const OLD_TOWN_WORD = wordFlag((w) => w.length >= 4 && w.endsWith('古城'));

// A city's blocks, and the last character of a street's name.
const BLOCKS = new Set(['历史文化街区', '文创街区']);
// Sites of ruins, which may be named with their dynasty.
const RUINS = new Set(['遗址', '遗址公园']);
const STREET_END = /[街巷]$/;
// Classes of areas that a division's or a temple's name alone before them describes, not names (都江堰|景区).
const AREAS_OF_PLACES = new Set(['景区', '草原', '旅游区']);

/** A class noun alone (国家森林公园, 风景区) names no place. */
export const isLandmarkClass = (word: string) => CLASSES.has(word);

/**
 * Works and grounds named by the word before their class noun, which no gazetteer lists: reservoirs, irrigation districts
 * and canals (方冲|水库, 七门堰|灌区, 舒庐|干渠), parks and scenic grounds (夹山|国家森林公园, 柳叶湖|旅游度假区), and places
 * of worship (乾明|寺, 净居寺/x). The word before must be a name: one jieba reads as a name or does not know, one a place
 * written before it vouches for (春秋乡|胜利|水库), or characters jieba could not join (藕|塘); never a word for a kind of
 * work (小型|水库, 山塘|水库, 国家|森林公园). A town before the name is its parent, not part of it; a lake or village before
 * the class is (龙山湖|国家湿地公园, 维回新村|清真寺).
 */
export function findNamedLandmarks(ctx: EntityContext, places: readonly EntityCandidate[]): EntityCandidate[] {
  const { seg, text, folded } = ctx;
  const placeEnding = new Map<number, EntityCandidate>();
  for (const p of places) if ((placeEnding.get(p.end)?.start ?? Infinity) > p.start) placeEnding.set(p.end, p);
  const placeStarting = new Map<number, EntityCandidate>();
  for (const p of places) if ((placeStarting.get(p.start)?.end ?? -1) < p.end) placeStarting.set(p.start, p);
  const out: EntityCandidate[] = [];
  const { tokens } = seg;
  // Only the words that may open a class noun or end a place of worship: every other word reads as neither below.
  const visited = tokensWithAny(seg, OPENS_CLASS, WORSHIP_LAST);
  for (let n = 0; n < visited.length; n++) {
    const i = visited[n]!;
    if (i < 1) continue;
    const t = tokens[i]!;
    const cls = tokenHas(seg, i, OPENS_CLASS) ? classAt(folded, seg, t.start) : undefined;
    const oldTown = cls === '古城' || cls === '古镇';
    // 古城|古镇: old towns as kinds, one after another, name none.
    if (oldTown && OLD_SETTLEMENT_KINDS.has(tokens[i - 1]!.word)) continue;
    // 古城|街道, 古城|村: an old town's word opening a division's name is that division's (古城街道), no old town.
    if (oldTown && SETTLEMENT_AFTER.test(folded.slice(t.start + cls.length, t.start + cls.length + 3))) continue;
    // 江南|古镇|西塘: an old town's word before a place describes that place (appositivePlaces reads it), it names none.
    if (oldTown && tokens[i + 1]?.start === t.end && appositivePlace(ctx, i + 1)) continue;
    // 越南|老街|口岸: a ground's word right before 口岸 is the port's name (the city of 老街), no ground of its own.
    if (cls && cls !== '口岸' && folded.startsWith('口岸', t.start + cls.length)) continue;
    if (cls) {
      // 力争/nz|吉隆/nr|口岸: a port's name read from its words comes first; the pieces of a name jieba cut apart only where
      // those read none.
      // 哈萨克斯坦|努尔/nrt|饶尔/x|口岸: a port's name jieba cut after a transliterated piece runs back over that piece.
      const cutName =
        cls === '口岸' && tokens[i - 2]?.tag === 'nrt'
          ? transliteratedPortStart(tokens, i, folded, placeEnding, (w) => isTownStem(ctx, w))
          : undefined;
      const start =
        (RESERVES.has(cls) ? reserveStart(ctx, i, placeStarting) : undefined) ??
        cutName ??
        stemStart(tokens, i, placeEnding, folded, cls) ??
        listedName(tokens, i, folded, cls) ??
        (cls === '口岸' ? transliteratedPortStart(tokens, i, folded, placeEnding, (w) => isTownStem(ctx, w)) : undefined) ??
        (oldTown || cls === '夜市' ? placeStemBefore(ctx, i) : undefined);
      // 青城山—都江堰|景区, 净居寺|景区: a county, a city or a temple alone before 景区 is that place, the area its grounds;
      // so is a division before 草原 or 旅游区 (呼伦贝尔|草原 is the city's land).
      const bare = placeEnding.get(t.start);
      const temple = WORSHIP_ENDS.includes(folded[t.start - 1] ?? '');
      if (start === undefined || (AREAS_OF_PLACES.has(cls) && ((bare?.start === start && bare.source === 'places') || temple))) continue;
      // 良渚|古城|遗址(|公园): the ruins of an old town are the site, named whole, and so is their park.
      const after = t.start + cls.length;
      const ruins = !oldTown ? 0 : folded.startsWith('遗址公园', after) ? 4 : folded.startsWith('遗址', after) ? 2 : 0;
      // 洧川镇|古城, 圉镇|古镇: the old quarter of a division written with its level is that division, no ground of its own.
      if (oldTown && !ruins && placeEnding.get(t.start)?.start === start && DIVISION_END.test(folded.slice(start, t.start))) continue;
      // 坡子街|历史文化街区: a street's protected block is the street (roadNames reads it), named without the class.
      if (BLOCKS.has(cls) && STREET_END.test(folded.slice(start, t.start))) {
        if (t.start - start >= 2) out.push(placeCandidate(text, start, t.start, 'feature', 0.7, SOURCE));
        continue;
      }
      // 张掖|七彩|丹霞|景区: a name of two words has no room for the place before it, where it lies.
      const first = tokens[seg.tokenAt[start]!]!;
      const twoWords = first.end === tokens[i - 1]!.start && twoNames(first, tokens[i - 1]!);
      const named = twoWords ? gluedConjunction(ctx, start) : keptPlace(ctx, gluedConjunction(ctx, start), cls, placeEnding);
      const from = ruins || RUINS.has(cls) ? datedSite(ctx, joinedStructure(ctx, named)) : named;
      out.push(placeCandidate(text, from, after + ruins, 'feature', 0.75, SOURCE));
      continue;
    }
    const worship = tokenHas(seg, i, WORSHIP_LAST);
    if (!worship || SETTLEMENT_AFTER.test(folded.slice(t.end, t.end + 3))) {
      // 邵福寺/x|村: a village named after a temple is the village.
      if (worship && t.tag === 'x' && t.word.length >= 3 && tokens[i + 1]?.word === '村')
        out.push(placeCandidate(text, t.start, t.end + 1, 'village', 0.7, SOURCE));
      continue;
    }
    const prev = tokens[i - 1]!;
    // 乾明/x|寺, 四女/x|寺: a name and the one-character word of a temple; not a town's or county's name (沙溪镇/nr|寺|登村:
    // 寺登村 of 沙溪镇, whose 登村 jieba could not read).
    if (
      t.word.length === 1 &&
      prev.end === t.start &&
      prev.word.length >= 2 &&
      (NAME_WORD_TAGS.test(prev.tag) || templeNamedByNoun(t, prev)) &&
      isHan(prev.word) &&
      !ADMIN_END.test(prev.word)
    )
      out.push(placeCandidate(text, prev.start, t.end, 'feature', 0.75, SOURCE));
    // 净居寺/x, 桃川宫/x: one word jieba did not know that ends as a temple.
    else if (t.word.length >= 3 && t.tag === 'x' && isHan(t.word)) out.push(placeCandidate(text, t.start, t.end, 'feature', 0.7, SOURCE));
    // 津市|药/n|山寺/ns: one character jieba left before a word of a hill temple.
    else if (
      t.word.length === 2 &&
      /^(ns|nz)$/.test(t.tag) &&
      prev.word.length === 1 &&
      prev.end === t.start &&
      CHAR_TAGS.test(prev.tag) &&
      !NOT_IN_NAME.has(prev.word) &&
      (placeEnding.has(prev.start) || tokens[i - 2]?.tag === 'ns' || /[、，,。；\s]/.test(folded[prev.start - 1] ?? '。'))
    )
      out.push(placeCandidate(text, prev.start, t.end, 'feature', 0.7, SOURCE));
  }
  // 凤凰古城/ns: an old town jieba knows whole, as a place word.
  for (const k of tokensWith(seg, OLD_TOWN_WORD)) {
    const t = tokens[k]!;
    if (t.tag === 'ns' && !SETTLEMENT_AFTER.test(folded.slice(t.end, t.end + 3)))
      out.push(placeCandidate(text, t.start, t.end, 'feature', 0.75, SOURCE));
  }
  pushAll(out, findReservoirWords(ctx));
  return out;
}

/**
 * 筇竹/n|寺: a temple is named by a noun of the language as often as by a name (a plant, a virtue); 寺 standing as a word
 * of its own after it (not 寺庙, 寺院, which jieba reads whole) is that temple. Not a noun for a faith or a kind (佛教|寺).
 */
function templeNamedByNoun(t: Token, prev: Token): boolean {
  return t.word === '寺' && prev.tag === 'n' && prev.word.length === 2 && !GENERIC_STEMS.has(prev.word) && !TEMPLE_KINDS.test(prev.word);
}

/**
 * 大理/n|古城, 库车/n|古城, 鼓楼/n|夜市: a county's or city's short name before an old town's or a night market's word names
 * it, whatever jieba tags it.
 * Where it starts, or undefined.
 */
function placeStemBefore(ctx: EntityContext, i: number): number | undefined {
  const prev = ctx.seg.tokens[i - 1]!;
  if (prev.end !== ctx.seg.tokens[i]!.start || prev.word.length < 2 || !isHan(prev.word)) return undefined;
  if (LANDMARK_KIND_WORDS.has(prev.word) || GENERIC_STEMS.has(prev.word)) return undefined;
  return placeStemsInAnyReading(ctx.gaz).has(prev.word) || ctx.gaz.byName.has(prev.word) ? prev.start : undefined;
}

/**
 * 莫高窟|和良渚/nr|古城: jieba glued a conjunction to the name after it when the rest is a word of its own and the
 * conjunction and the name's first character make none (和平|里 is a name). Where the name starts.
 */
function gluedConjunction(ctx: EntityContext, start: number): number {
  const t = ctx.seg.tokens[ctx.seg.tokenAt[start]!];
  if (!t || t.start !== start || t.word.length < 3 || !/^[和与及]/.test(t.word)) return start;
  return tagOf(t.word.slice(1)) !== 'x' && tagOf(t.word.slice(0, 2)) === 'x' ? start + 1 : start;
}

/** A town's name without its 镇 or 乡 (樟木 of 樟木镇). */
// 樟木/n of 樟木镇, 图们/n of 图们市: a division's stem that jieba reads as a common word.
const isTownStem = (ctx: EntityContext, w: string) =>
  !!(ctx.gaz.byName.get(`${w}镇`) ?? ctx.gaz.byName.get(`${w}乡`))?.some((p) => p.level === 'town') ||
  !!(ctx.gaz.byName.get(`${w}市`) ?? ctx.gaz.byName.get(`${w}县`))?.some((p) => p.level === 'county');

/** The longest class noun that starts at `at` and ends where a word ends. */
function classAt(folded: string, seg: Segmentation, at: number): string | undefined {
  for (const c of LANDMARK_CLASSES) if (folded.startsWith(c, at) && seg.boundaries.has(at + c.length)) return c;
  return undefined;
}

// The last character of a built structure whose ruins a site may be named with (州桥, 古墓, 城门, 窑): 桥 bridge, 墓 and
// 陵 tomb, 宫 and 殿 palace, 门 gate, 塔 tower, 寺 and 庙 temple, 窑 kiln, 楼 and 台 terrace, 关 pass.
const STRUCTURE_END = /[桥墓陵宫殿门塔寺庙窑楼台关]$/;
// What stands before the first structure's name: a verb, a conjunction, a preposition, a mark (推进|和|州桥及汴河遗址).
const BEFORE_NAME_TAGS = /^(v|vn|c|p|d|x|uj)$/;

/**
 * 州/n|桥/n|及|汴河|遗址: a site named after a structure and the place beside it, joined by 及, is one site; the structure
 * is a word or two of 2 to 4 characters ending as a building does, after a verb, a conjunction or a mark. Not two sites
 * (三星堆及金沙遗址: 堆 is no building). Where the site's name starts.
 */
function joinedStructure(ctx: EntityContext, start: number): number {
  const { seg, folded } = ctx;
  if (folded[start - 1] !== '及') return start;
  let k = seg.tokenAt[start - 2] ?? -1;
  const last = seg.tokens[k];
  if (!last || last.end !== start - 1 || !STRUCTURE_END.test(last.word)) return start;
  while (k > 0 && start - 1 - seg.tokens[k - 1]!.start <= 4 && CHAR_TAGS.test(seg.tokens[k - 1]!.tag) && seg.tokens[k]!.word.length === 1)
    k--;
  const first = seg.tokens[k]!;
  const name = folded.slice(first.start, start - 1);
  const before = seg.tokens[k - 1];
  if (name.length < 2 || name.length > 4 || !isHan(name) || [...name].some((c) => NOT_IN_NAME.has(c))) return start;
  return !before || BEFORE_NAME_TAGS.test(before.tag) || !isHan(before.word) ? first.start : start;
}

/**
 * 北宋|东京城遗址, 南宋|临安城遗址, 金|上京|会宁府遗址: the dynasty written before a site of ruins is part of its name (the
 * capital of that age, often named as a city of today or abroad is), with the old capital between them. Where it starts.
 */
function datedSite(ctx: EntityContext, start: number): number {
  const dynasty = dynastyEndingAt(ctx, start);
  if (dynasty !== undefined) return dynasty;
  const capital = wordEndingAt(ctx.seg, start);
  if (!capital || capital.tag !== 'ns' || capital.word.length < 2) return start;
  return dynastyEndingAt(ctx, capital.start) ?? start;
}

/** A name's character jieba left alone: a noun's, a name's or an adjective's (峻/ag), no function word or number. */
const nameCharacter = (t: Token) => t.word.length === 1 && (CHAR_TAGS.test(t.tag) || t.tag === 'ag') && !NOT_IN_NAME.has(t.word);

// Works built on a river, whose name the river before them is no part of.
const RIVER_WORKS = /^(水库|水电站|电站)$/;
/** A river read before a name (大渡河, 耒水): the water a work is built on, not part of the work's name. */
const river = (p: EntityCandidate) => p.place?.level === 'feature' && /[河江水溪]$/.test(p.surface);

/** A character and a noun of two (洪|崖洞), or a name word of two to four and a character (喀拉|峻, 成吉思汗|陵). */
function cutName(a: Token, b: Token): boolean {
  if (nameCharacter(a)) return b.word.length === 2 && /^(n|ng)$/.test(b.tag);
  return nameCharacter(b) && a.word.length >= 2 && a.word.length <= 4 && HEAD_TAGS.test(a.tag) && a.tag !== 'm';
}

/** Two words jieba reads as names of another kind than a place's (七彩/nz|丹霞/nr). */
function twoNames(a: Token, b: Token): boolean {
  return a.word.length >= 2 && OTHER_NAME_TAGS.test(a.tag) && isHan(a.word) && OTHER_NAME_TAGS.test(b.tag) && b.word.length >= 2;
}

/**
 * 三星堆/m|遗址: jieba reads a name that opens with a numeral as a number; two characters or more after the numerals, no
 * unit or count among them, make a name (not 千年|古城, 两处|遗址).
 */
function numberedName(t: Token): boolean {
  if (t.tag !== 'm' || t.word.length < 3 || !isHan(t.word)) return false;
  const rest = t.word.replace(/^[一二三四五六七八九十百千万两]+/, '');
  return rest.length >= 2 && rest.length < t.word.length && ![...rest].some((c) => NOT_IN_NAME.has(c) || COUNTED.has(c));
}
// Units, counts and spans of time that follow a numeral in a count (千年, 两处, 三成, 万人次).
const COUNTED = new Set([...'年月日天时代世纪岁处座条家项批件种次人成倍亿余多']);

/** Where the name of the work whose class noun is word `i` starts, or undefined when the words before it name none. */
function stemStart(
  tokens: Token[],
  i: number,
  placeEnding: Map<number, EntityCandidate>,
  folded: string,
  className: string,
): number | undefined {
  const cls = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (prev.end !== cls.start || !isHan(prev.word)) return undefined;
  // 大熊猫|国家公园: a national park is named by what it protects, a noun of the language; not by a country (中国|国家公园
  // is the country's class of parks).
  const byNoun =
    CLASSES_NAMED_BY_NOUN.has(className) &&
    prev.tag === 'n' &&
    prev.word.length >= 2 &&
    worldNames().get(prev.word)?.place?.level !== 'country';
  // 深化/j|国家公园, 深化/j|口岸: jieba's abbreviations are verbs as often as names; these grounds need a name.
  if (CLASSES_OF_NAMES.has(className) && prev.tag === 'j') return undefined;
  const start = byNoun ? prev.start : nameStart(tokens, i, placeEnding, className);
  if (start === undefined) return undefined;
  // 对|越南|口岸: a port is named by its town; a country before 口岸 is the side of the border its ports face, no port's name.
  if (className === '口岸' && start === prev.start && worldNames().get(prev.word)?.place?.level === 'country') return undefined;
  const stem = folded.slice(start, cls.start);
  if (LANDMARK_KIND_WORDS.has(stem) || GENERIC_STEMS.has(stem) || LANDMARK_KIND_WORDS.has(prev.word)) return undefined;
  // 羌塘/ns|草原, 辉腾锡勒/x|草原: grassland is land of every kind (新一轮/nz|草原|生态保护); it is a name only after a place
  // word, a name or a word jieba did not know.
  if (className === '草原') {
    let k = i - 1;
    while (k > 0 && tokens[k]!.start > start) k--;
    if (!LAND_NAME_TAGS.test(tokens[k]!.tag)) return undefined;
  }
  return start;
}

function nameStart(tokens: Token[], i: number, placeEnding: Map<number, EntityCandidate>, className: string): number | undefined {
  const prev = tokens[i - 1]!;
  const p2 = tokens[i - 2];
  const p3 = tokens[i - 3];
  // A lake, a hill or a village read right before the class (龙山湖|国家湿地公园, 维回新村|清真寺) names it; a town or
  // county there is the parent of a name that follows it.
  const place = placeEnding.get(prev.end);
  if (place && place.start < prev.start && (place.place?.level === 'feature' || place.place?.level === 'village')) return place.start;
  // 城市|绿心/x|森林公园: a word jieba did not know, glued to a noun that is no place, may be the tail of a longer name.
  if (
    prev.tag === 'x' &&
    p2 &&
    p2.end === prev.start &&
    isHan(p2.word) &&
    /^(n|ns|nz|nr|j|nt)$/.test(p2.tag) &&
    !placeEnding.has(prev.start)
  )
    return undefined;
  // 太湖/ns|图影/x|旅游度假区: a word jieba did not know right after a lake or hill is named with it.
  const water = placeEnding.get(prev.start);
  if (water?.place?.level === 'feature' && prev.tag === 'x' && prev.word.length >= 2 && isHan(prev.word)) return water.start;
  // 张掖市|七彩/nz|丹霞/nr|景区: two name words, neither a place, make the name whole; not a port's, named by its town
  // alone (力争/nz|吉隆/nr|口岸).
  if (className !== '口岸' && p2 && p2.end === prev.start && twoNames(p2, prev) && !placeEnding.has(p2.end)) return p2.start;
  if (prev.word.length >= 2 && NAME_WORD_TAGS.test(prev.tag)) {
    // 调度|龙/n|河口/ns|水库, 游览|万/m|佛山/ns|风景区: one character jieba split off the front of a name it read as a place
    // word (a numeral too, as names open with one: 万佛山, 九井).
    const split =
      prev.tag === 'ns' &&
      prev.word.length === 2 &&
      p2 &&
      p2.word.length === 1 &&
      p2.end === prev.start &&
      isHan(p2.word) &&
      ((CHAR_TAGS.test(p2.tag) && !NOT_IN_NAME.has(p2.word)) ||
        (NUMERAL_CHARS.has(p2.word) && !/[0-9０-９]/.test(p3?.word.at(-1) ?? '')) ||
        // 、|封/q|江口/ns|水库, 。西/f|大洋/ns|水库: a character jieba reads as a classifier or a side opens the name at a clause's start.
        (/^[fq]$/.test(p2.tag) && !NOT_IN_NAME.has(p2.word) && opensClause(p3))) &&
      !(p3 && p3.end === p2.start && p3.word.length === 1 && isHan(p3.word));
    return split ? p2.start : prev.start;
  }
  if (prev.word.length >= 2 && prev.word.length <= 3 && AFTER_PLACE_TAGS.test(prev.tag) && placeEnding.has(prev.start)) return prev.start;
  if (className === '口岸' && AFTER_PLACE_TAGS.test(prev.tag) && namedAfterNeighbour(prev, p2, p3)) return prev.start;
  if (numberedName(prev)) return prev.start;
  // 渝中区|洪/nr|崖洞/n|景区, 特克斯县|喀拉/ns|峻/ag|草原, 伊金霍洛旗|成吉思汗/nr|陵/ng|旅游区: a name jieba cut into a
  // word and one character, right after the place the ground lies in; a place written without its level is part of the
  // name (长兴|金/nr|钉子/n|国家地质公园, the county's own).
  // 大渡河|瀑布/n|沟/n|水库: a river is where a reservoir on it lies, as a division written with its level is (a site may
  // be named by one: 龙江|宝船厂|遗址).
  const lying = p2 ? placeEnding.get(p2.start) : undefined;
  const damOnRiver = !!lying && RIVER_WORKS.test(className) && river(lying);
  if (lying && p2!.end === prev.start && isHan(p2!.word) && isHan(prev.word) && cutName(p2!, prev))
    return LEVEL_WRITTEN.test(lying.surface) || lying.place?.level === 'country' || damOnRiver ? p2!.start : lying.start;
  if (!p2 || p2.end !== prev.start || !isHan(p2.word) || prev.word.length !== 1 || !CHAR_TAGS.test(prev.tag) || NOT_IN_NAME.has(prev.word))
    return undefined;
  // 藕/n|塘/j|水库: two characters jieba could not join into a word.
  if (
    p2.word.length === 1 &&
    CHAR_TAGS.test(p2.tag) &&
    !NOT_IN_NAME.has(p2.word) &&
    !(p3 && p3.end === p2.start && p3.word.length === 1 && isHan(p3.word))
  )
    return p2.start;
  // 磨子/n|潭/n|水库, 七门/m|堰/ns|灌区: a word and one character jieba left after it.
  if (p2.word.length === 2 && HEAD_TAGS.test(p2.tag) && ![...p2.word].some((c) => NOT_IN_NAME.has(c) && !/[一二三四五六七八九十]/.test(c)))
    return p2.start;
  return undefined;
}
