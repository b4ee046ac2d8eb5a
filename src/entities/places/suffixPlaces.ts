import { tokensIn, wordParts, type Segmentation, type Token } from '../segment.ts';
import { pushAll } from '../../util/arrays.ts';
import { isAbroad, worldNames } from '../world/worldNames.ts';
import { countryGluedToPlace } from '../world/findWorld.ts';
import { OLD_SETTLEMENT_KINDS } from '../data/landmarkClasses.ts';
import { CodeSet } from '../../text/codeSet.ts';
import {
  FUNCTION_CHARS,
  isCommonWordOfXiang,
  isProper,
  kindBeforeName,
  nameLike,
  readWhole,
  qualifiedKind,
  startsWithAny,
  unknownName,
  verbAfterNoun,
} from './stemWords.ts';
import {
  FEATURE_GENERIC_CHARS,
  GENERIC_ADMIN_WORDS,
  GENERIC_STEMS,
  GLUED_ADMIN_SUFFIXES,
  MAX_STEM,
  NUMERAL_CHARS,
  countClosingList,
  suffixEnding,
  SUFFIXES,
  ZONES_NEEDING_PROPER_STEM,
  type SuffixKind,
  type SuffixPlace,
} from './placeStems.ts';
import { listedPlaces, listedSiblings, repeatedSettlements } from './listedSettlements.ts';
import { gachaVillages } from './gachaVillages.ts';
import { isHan } from '../../text/han.ts';
import { villagesBeforeTheirBodies } from './villagesBeforeTheirBodies.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isParkField } from './parkFields.ts';
import { gluedVillages, MAX_VILLAGE_AFTER_TOWN, townEndingBefore } from './villagesAfterTowns.ts';
import { namedBodyZone, ownZoneName, placeBeforeZone, zoneStemStops } from './zoneStems.ts';
import { BUILT_ON, endsWithRole, FEATURE_CHARS, gluedConjunctionRiver, namedWater, riverPartAfter, sideOrMoveWord } from './waterWords.ts';
import { isWatersideChar } from './waterWords.ts';

export type { SuffixPlace } from './placeStems.ts';
export { RIVER_PARTS } from './waterWords.ts';

// Places the gazetteer does not list (new districts, zones, islands, rivers, villages) are read from the word they end
// with and the name-like words before it. The kinds differ in how much evidence the stem needs.

/** The suffixes by their last character (a word ends with a suffix only if it ends with that character), longest first. */
const SUFFIXES_BY_LAST = new Map<string, [string, SuffixKind][]>();
for (const entry of SUFFIXES) SUFFIXES_BY_LAST.set(entry[0].at(-1)!, [...(SUFFIXES_BY_LAST.get(entry[0].at(-1)!) ?? []), entry]);
const SUFFIX_LAST = new CodeSet(SUFFIXES_BY_LAST.keys());
const ENDS_AS_SUFFIX = wordFlag((w) => SUFFIX_LAST.at(w, w.length - 1) && isHan(w));

/** Suffixes that make a zone; a bare place followed by one of them is the zone's short name (滨海湾 → 滨海湾新区). */
export const ZONE_SUFFIXES = SUFFIXES.filter(([, k]) => k === 'zone').map(([s]) => s);

// The generic stems a longer stem may start with (全市, 各个 …), listed once rather than per place read.
const GENERIC_LONG_STEMS = [...GENERIC_STEMS].filter((g) => g.length >= 2);

const NEGATIONS = new Set([...'不没无非未']);
// Words of position that open village names (上林村, 下叔村) as often as they stand before one.
const POSITION_CHARS = new Set([...'上下前后内外']);
// What ends the name of a region spanning several places, right after the places it joins (成渝地区双城经济圈).
const REGION_AFTER = /^[\u4e00-\u9fff]{0,4}(经济圈|经济带|城市群|都市圈|经济区)/;

/**
 * Places by suffix: for every word that ends with a place suffix, the stem is the name-like words before it (at most a
 * few characters, stopping at verbs, function words and punctuation). Admin units (镇, 村, 社区, 区) need a proper-noun
 * stem or a gazetteer place right before them; zones and features (新区, 岛, 湾, 河) need only a stem that is no generic word.
 * `afterPlace` holds the offsets where a gazetteer place ends (东莞市|南城区).
 */
export function findSuffixPlaces(
  folded: string,
  seg: Segmentation,
  afterPlace: Set<number>,
  gazSpans: Set<string> = new Set(),
  countyShortName: (word: string) => boolean = () => false,
): SuffixPlace[] {
  const out: SuffixPlace[] = [];
  // Admin units whose stem is no proper name: kept only where a list vouches for them.
  const unproven: (SuffixPlace & { suffix: string })[] = [];
  const { tokens } = seg;
  // Only the words that end with a suffix's last character (`seg` is the segmentation of `folded`).
  const suffixed = tokensWith(seg, ENDS_AS_SUFFIX);
  for (let n = 0; n < suffixed.length; n++) {
    const ti = suffixed[n]!;
    const tok = tokens[ti]!;
    const ending = SUFFIXES_BY_LAST.get(folded[tok.end - 1]!);
    if (!ending) continue;
    // The suffix ends this word and starts inside it or at a word boundary before it (虎门港|综合|保税区).
    const entry = suffixEnding(ending, tok, folded, seg);
    if (!entry) continue;
    // The gazetteer already read this word (公安县): it is not the tail of a longer name.
    if (gazSpans.has(`${tok.start}:${tok.end}`)) continue;
    // 俄罗斯远东地区/ns: a country and a region in it that jieba glued are two places of the world (findWorld reads them).
    if (tok.word.length >= 4 && countryGluedToPlace(tok.word)) continue;
    const [suffix, kind] = entry;
    // 古镇|古村/x, 古城|古镇: old towns and villages as kinds, one after another, name no town or village.
    if (kind === 'admin' && OLD_SETTLEMENT_KINDS.has(tok.word) && OLD_SETTLEMENT_KINDS.has(tokens[ti - 1]?.word ?? '')) continue;
    if (kind === 'admin' && (GENERIC_ADMIN_WORDS.has(tok.word) || tok.word === '村村')) continue;
    // 黔东南|小山村/nr: a size before a word for settlements in general (a small mountain village) names none either.
    if (kind === 'admin' && tok.word.length === 3 && /^[大小]/.test(tok.word) && GENERIC_ADMIN_WORDS.has(tok.word.slice(1))) continue;
    // 监委|驻县/x|自然资源和规划局: 驻 before a level is "stationed in the county's", no name's end.
    if (kind === 'admin' && suffix.length === 1 && folded[tok.end - 2] === '驻') continue;
    // A place's built-up area (潢河|城区|段, 信阳|市区) is no place of its own; 南|城区 is a district's name.
    if ((tok.word === '城区' || tok.word === '市区') && (tokens[ti - 1]?.word.length ?? 0) >= 2) continue;
    if (tok.end - suffix.length - tok.start === 1 && NUMERAL_CHARS.has(tok.word[0]!) && (tok.tag !== 'ns' || countClosingList(tokens, ti)))
      continue;
    // 汉源|湖|库区: the reservoir area of a lake or river written before it is that water's (read by its own suffix), no
    // district; a reservoir's (三峡库区, 丹江口库区) is a region of its own.
    if (tok.word === '库区' && FEATURE_CHARS.has(folded[tok.start - 1] ?? '')) continue;
    // 武陵山|片区, 吕梁山|片区: the area a range gives its name to is that range (landforms.ts reads it), not a district.
    // 洧川镇|古城|片区: an old town's area is a part of the town written before it, no district either.
    if (tok.word === '片区' && /([山岭]|古城|古镇)$/.test(tokens[ti - 1]?.word ?? '')) continue;
    // 滨海|湾|新区: the zone reading takes the whole name; 湾 alone is not a place here.
    const next = tokens[ti + 1];
    if (next && ZONE_SUFFIXES.includes(next.word)) continue;
    // 大湾|区: a feature word that runs on into one more character is part of a longer name.
    if (kind === 'feature' && next && next.start === tok.end && /^[区城站路桥港]$/.test(next.word)) continue;
    // 南湾|水库, 深港|通, 连港|杯: a feature word that names a work built on it, that a verb makes a coined word of, or that
    // names a cup (the two cities it is played between) is part of that longer name.
    if (
      kind === 'feature' &&
      next &&
      next.start === tok.end &&
      (BUILT_ON.test(next.word) || (next.word.length === 1 && /^v/.test(next.tag)) || next.word === '杯')
    )
      continue;
    const stemEnd = tok.end - suffix.length;
    if (kind === 'feature' && gluedConjunctionRiver(tok.word)) {
      out.push({ start: tok.start + 1, end: tok.end, name: tok.word.slice(1), kind, stemEnd });
      continue;
    }
    let stemStart = Math.min(tok.start, stemEnd);
    const inWord = folded.slice(tok.start, stemEnd);
    if (inWord.length >= 2 && GENERIC_STEMS.has(inWord)) continue;
    if (isCommonWordOfXiang(tok)) continue;
    // 陆家嘴|滨江, 沿江, 环湖: a word for the side of a water ('by the river') names no river and ends no name; nor does a
    // ship's moving in port that jieba reads as a place word (回港/ns 'return to port').
    if (kind === 'feature' && sideOrMoveWord(tok.word)) continue;
    // 入河, 出海, 环湖: a verb or preposition glued to a feature word makes no name (整治入河排污口).
    if (kind === 'feature' && inWord.length === 1 && tok.tag !== 'ns' && (FUNCTION_CHARS.has(inWord) || GENERIC_STEMS.has(inWord)))
      continue;
    let proper = stemEnd > tok.start && (isProper(tok) || (kind === 'zone' && namedBodyZone(tok, stemEnd)));
    // 琼博拉镇|索墩|布拉克村: a village right after its town may have a longer name (transliterated names are), the town
    // bounding it.
    const town = suffix === '村' ? townEndingBefore(tokens, seg, afterPlace, stemStart, MAX_VILLAGE_AFTER_TOWN) : undefined;
    let fieldWithoutPlace = false;
    let ownName = false;
    let afterRole = false;
    // 衡水|湖, 东平|湖, 泉州|湾: a lake's, river's or bay's suffix standing as a word of its own after a place is named by it.
    const waterOfPlace = tok.word === suffix && (FEATURE_CHARS.has(suffix) || suffix === '湾');
    let k = seg.tokenAt[stemStart - 1] ?? -1;
    while (k >= 0) {
      const t = tokens[k]!;
      // A gazetteer place right before an admin unit is its parent (东莞市|南城区); before a zone it is the zone's name (随州|高新区).
      // A port is named by its city (连云港|港, 上海港): the gazetteer place before a bare 港 is its name.
      // 光山县|电子商务|产业园: a zone whose field is no name is named by the place before the field.
      // 宁波|舟山|港: a port of two cities is named by both, the one right before the other.
      const twoCityPort = suffix === '港' && gazSpans.has(`${stemStart}:${stemEnd}`) && gazSpans.has(`${t.start}:${t.end}`);
      const placeNamesZone =
        (((kind === 'zone' && !ownName) || suffix === '港') && stemStart < stemEnd && !proper && afterPlace.has(stemStart)) || twoCityPort;
      if (
        afterPlace.has(stemStart) &&
        !placeNamesZone &&
        (kind !== 'zone' || stemStart < stemEnd) &&
        !((suffix === '港' || waterOfPlace) && stemStart === stemEnd)
      )
        break;
      // 赣州|港|南康|港区: a city's 港 before a port area is the city's port, the area's parent, no part of its name.
      if (t.word === '港' && afterPlace.has(t.start) && t.end === stemStart) break;
      // 巍山县/ns|东|莲花|村: a county or town jieba reads as a place word of its own is the village's parent, whether or not
      // the gazetteer lists it under that name (巍山彝族回族自治县).
      if (kind === 'admin' && suffix === '村' && t.tag === 'ns' && t.word.length >= 3 && /[县市区镇乡]$/.test(t.word)) break;
      // 叶坪/x|乡|华屋/ns|村: a town's 乡 or 镇 standing as a word of its own ends the town before the village.
      if (kind === 'admin' && suffix === '村' && (t.word === '乡' || t.word === '镇')) break;
      // 韩国|釜山港, 越南|下龙湾, 新西兰|皇后|镇: the country a feature or a town lies in is no part of its name; nor is a
      // region abroad (印度洋|和平区, its zone of peace, no district).
      if (kind !== 'zone' && (worldNames().get(t.word)?.place?.level === 'country' || isAbroad(t.word))) break;
      // A name opening a clause may start with a character that is elsewhere a word of position (下姜村, 上林村).
      // So may a village's whose rest jieba reads as a place word (下|河湾/ns|村).
      const restIsPlaceWord = suffix === '村' && stemEnd - stemStart === 2 && tokens[k + 1]?.tag === 'ns' && tokens[k + 1]!.end === stemEnd;
      const opensName =
        t.word.length === 1 &&
        t.tag === 'f' &&
        !(kind === 'feature' && isWatersideChar(t.word)) &&
        (stemEnd - stemStart === 1 || restIsPlaceWord) &&
        (clauseStartsAt(folded, t.start) || afterPlace.has(t.start));
      // Place words run on past the usual length (粤港澳|大湾|区): a name is not cut inside them.
      const longProper = kind === 'admin' && /^(ns|j)$/.test(t.tag) && stemEnd - t.start <= MAX_STEM[kind] + 2;
      // 整治|清江: a river or lake jieba reads whole as a place takes in only proper names before it, never a verb it misreads as a noun.
      // 猪|龙河: a one-character noun before a two-character river is the first character of a longer name.
      const firstOfName =
        t.word.length === 1 &&
        /^(n|ng|x)$/.test(t.tag) &&
        stemEnd - tok.start === 1 &&
        t.end === tok.start &&
        !FUNCTION_CHARS.has(t.word) &&
        !GENERIC_STEMS.has(t.word) &&
        !FEATURE_GENERIC_CHARS.has(t.word);
      if (kind === 'feature' && readWhole(tok, t) && stemEnd > tok.start && !isProper(t) && !opensName && !firstOfName) break;
      // 孝妇|河入|小清河: jieba glued a river's suffix to the verb after it; another water's name ends there.
      if (kind === 'feature' && t.tag === 'x' && t.word.length === 2 && SUFFIX_LAST.at(t.word, 0) && FEATURE_CHARS.has(t.word[0]!)) break;
      // 章江新区|和蓉江/x|新区, 至蓉江/x|新区: jieba glued a conjunction or 至 to the name after it; the name starts after it.
      if (t.tag === 'x' && t.word.length >= 3 && /^[和与及至]/.test(t.word) && t.end === stemStart) {
        stemStart = t.start + 1;
        proper = true;
        break;
      }
      const overlong = stemEnd - t.start > MAX_STEM[kind] && !longProper && !placeNamesZone;
      const zoneField = kind === 'zone' && isParkField(t, tok.start);
      const placeOfZone = kind === 'zone' && placeBeforeZone(t, stemStart, countyShortName, gazSpans);
      if ((overlong && !(town !== undefined && t.start >= town)) || (!nameLike(t, kind) && !opensName && !zoneField && !placeOfZone)) break;
      if (zoneStemStops(t, suffix) || (suffix === '村' && kindBeforeName(t, stemEnd))) break;
      // 太湖/ns|梅梁湾/x: a water jieba knows by name right before a name it does not know, whole in one word with its
      // suffix, is where that water lies, no part of its name (淮河|海河/ns in a list is not: siblingEnd parts those).
      const wholeUnknown = stemStart === tok.start && tok.tag === 'x' && tok.word.length >= 3;
      if (kind === 'feature' && wholeUnknown && t.end === stemStart && t.tag === 'ns' && namedWater(t.word)) break;
      // 书记|杨秀江/x: a name ending in a water's character right after a role is the person's who holds it.
      if (kind === 'feature' && endsWithRole(t.word)) {
        afterRole = true;
        break;
      }
      stemStart = t.start;
      ownName ||= ownZoneName(t, suffix);
      // 烟台/n|综合保税区: a gazetteer place names a zone whatever jieba tags it.
      // 龙游/n|经济开发区: a county's name without its 县 names the county's zone, whatever jieba tags it.
      // 张江/x|科学城: a word jieba does not know right before a zone's suffix is its name.
      const unknownBeforeZone = kind === 'zone' && t.tag === 'x' && t.word.length >= 2 && t.end === stemEnd;
      if ((isProper(t) && !zoneField) || afterPlace.has(t.end) || (kind === 'zone' && countyShortName(t.word)) || unknownBeforeZone)
        proper = true;
      fieldWithoutPlace = (fieldWithoutPlace || zoneField) && !afterPlace.has(t.end);
      k--;
    }
    if (afterRole) continue;
    if (kind === 'feature' && stemStart < tok.start && stemEnd - tok.start === 1 && verbAfterNoun(tokens, ti)) continue;
    // Rivers and lakes jieba knows as place words (长江, 淮河, 太湖), unlike 海湾, 港湾, 河湖.
    if (
      kind === 'feature' &&
      stemStart === tok.start &&
      tok.tag === 'ns' &&
      stemEnd - tok.start === 1 &&
      !FEATURE_GENERIC_CHARS.has(tok.word[0]!)
    ) {
      out.push({ start: tok.start, end: tok.end, name: tok.word, kind, stemEnd });
      continue;
    }
    // A river of one character that jieba does not know (弥河/x, 淄河/x), named with a part of a river after it (流域, 河道,
    // 干流, 两岸, 水质, or a stretch by the division it runs through: 郴江|苏仙区|段): a name, as 入河 or 沿河 never stands
    // before those.
    if (
      kind === 'feature' &&
      stemStart === tok.start &&
      tok.word.length === 2 &&
      tok.tag === 'x' &&
      FEATURE_CHARS.has(suffix) &&
      !FUNCTION_CHARS.has(tok.word[0]!) &&
      !GENERIC_STEMS.has(tok.word[0]!) &&
      !FEATURE_GENERIC_CHARS.has(tok.word[0]!) &&
      next?.start === tok.end &&
      riverPartAfter(folded, next, gazSpans)
    ) {
      out.push({ start: tok.start, end: tok.end, name: tok.word, kind, stemEnd });
      continue;
    }
    // A feature that is one ordinary word (护城河, 运河) is a common noun, not a name; one jieba does not know as a word
    // (马踏湖/x) or reads as a name (小清河/nr) is a name.
    if (kind === 'feature' && stemStart === tok.start && stemEnd > tok.start && tok.tag !== 'ns' && !unknownName(tok)) continue;
    const stem = folded.slice(stemStart, stemEnd);
    // 1286|名河长|巡河: a name never starts right after a number (the classifier glued to what it counts).
    if (/[0-9０-９]/.test(folded[stemStart - 1] ?? '')) continue;
    // 余村, 乌镇: a one-character stem makes a name only where a list vouches for it (在余村、鲁家村等村), or a village's
    // where its town is written right before it (天荒坪镇|余村/x): a town names its villages after it, not words.
    const villageOfTown = suffix === '村' && afterPlace.has(stemStart) && /[镇乡]$/.test(folded.slice(stemStart - 1, stemStart));
    if (
      stem.length === 1 &&
      kind === 'admin' &&
      suffix.length === 1 &&
      stemStart === tok.start &&
      tok.word.length === 2 &&
      /^(x|ns)$/.test(tok.tag) &&
      !FUNCTION_CHARS.has(stem) &&
      !GENERIC_STEMS.has(stem)
    ) {
      if (villageOfTown) out.push({ start: stemStart, end: tok.end, name: tok.word, kind, stemEnd });
      else {
        // 交界的|上/f|坑村/x: a word of position jieba cut off alone right before opens the name (上坑村, 下坑村).
        const from = POSITION_CHARS.has(folded[stemStart - 1] ?? '') && tokens[ti - 1]?.word.length === 1 ? stemStart - 1 : stemStart;
        unproven.push({ start: from, end: tok.end, name: folded.slice(from, tok.end), kind, stemEnd, suffix });
      }
      continue;
    }
    // 前进/v|村, 幸福/a|社区: a village or community named by a verb or an adjective, its suffix a word, only where a list vouches.
    const before = tokens[ti - 1];
    if (
      stem.length === 0 &&
      kind === 'admin' &&
      tok.word === suffix &&
      (suffix.length === 1 || suffix === '社区') &&
      before?.end === tok.start &&
      before.word.length === 2 &&
      isHan(before.word) &&
      /^(v|a|vn|an)$/.test(before.tag) &&
      !GENERIC_STEMS.has(before.word)
    ) {
      unproven.push({ start: before.start, end: tok.end, name: folded.slice(before.start, tok.end), kind, stemEnd, suffix });
      continue;
    }
    // 边境|小康村/nr, 新建|边境|小康村: a village word jieba guessed to be a name, after a common noun that qualifies it, is a
    // kind of village (border villages of moderate prosperity), not one village.
    if (suffix === '村' && tok.tag === 'nr' && inWord.length >= 2 && qualifiedKind(tokens, seg.tokenAt[stemStart]!, ti)) continue;
    // A word of a park's field makes its name only with the place it opens with (川渝|合作|产业园区2个 counts parks).
    if (stem.length < 2 || GENERIC_STEMS.has(stem) || !isHan(stem) || fieldWithoutPlace) continue;
    // 大江大河, 江湖|通航|水道: words for rivers and seas in general, not one river.
    const firstWord = tokens[seg.tokenAt[stemStart]!]!.word;
    const generalWaters = (w: string) => [...w].every((c) => FEATURE_GENERIC_CHARS.has(c));
    if (kind === 'feature' && (generalWaters(stem) || (firstWord.length >= 2 && generalWaters(firstWord)))) continue;
    if (startsWithAny(stem, GENERIC_LONG_STEMS)) continue;
    // 旁多乡|达嘎村/x: right after a place, one word jieba did not know that runs to the suffix is a name, whatever its
    // first character is elsewhere (达, 中, 上).
    // So is a place word of its own right before a one-character suffix (杭埠镇|后河/ns|村, not the river 后河), and a
    // named zone's own word after the place it lies in (上海|外高桥/n|保税区, 青岛|前湾/n|保税港区).
    const stemWord = tokens[seg.tokenAt[stemStart]!]!;
    const wholeWordAfterPlace =
      afterPlace.has(stemStart) &&
      ((tok.start === stemStart && tok.tag === 'x') ||
        (stemWord.end === stemEnd && ((stemWord.end === tok.start && isProper(stemWord)) || ownName)));
    // 上庄/ns|村: a place word jieba knows whole, the village's 村 a word of its own after it, holds its first character as
    // part of the name, not as a word of position.
    const placeWordStem =
      suffix === '村' && tok.word === suffix && stemWord.start === stemStart && stemWord.end === stemEnd && stemWord.tag === 'ns';
    // 和平/nz|社区, 我镇|和平村/nr: a village's or community's name that jieba reads as one name word opens with the character,
    // not with the function word it is elsewhere (a longer stem, 上海|浦东, 中国|先行, still starts with one).
    const properOpening =
      /^(村|社区)$/.test(suffix) &&
      stemWord.start === stemStart &&
      (stemWord.end === stemEnd || stemWord.end === tok.end) &&
      stem.length >= 2 &&
      isProper(stemWord) &&
      // 后进村/nr ('lagging villages'): a word jieba guesses to be a person's name vouches only after a parent place.
      (stemWord.tag !== 'nr' || afterPlace.has(stemStart));
    if (
      FUNCTION_CHARS.has(stem[0]!) &&
      !wholeWordAfterPlace &&
      !placeWordStem &&
      !properOpening &&
      !(tokens[seg.tokenAt[stemStart]!]!.tag === 'f' && (clauseStartsAt(folded, stemStart) || afterPlace.has(stemStart)))
    ) {
      // 下叔村/n: a village jieba reads as one word, opening with a word of position, is a name where the report repeats it
      // or a list vouches for it (repeatedSettlements, listedPlaces), as 下|姜村 is.
      if (suffix === '村' && stem.length === 2 && tok.start === stemStart && POSITION_CHARS.has(stem[0]!))
        unproven.push({ start: stemStart, end: tok.end, name: tok.word, kind, stemEnd, suffix });
      continue;
    }
    // 亚太自贸区, 东盟自贸区: a free-trade area named by a region or body of the world is an agreement, not a zone on a map.
    if (/^(自贸区|自贸试验区|自由贸易试验区)$/.test(suffix) && worldNames().has(stem)) continue;
    const needsProper = kind === 'admin' || ZONES_NEEDING_PROPER_STEM.has(suffix);
    // 成渝地区|双城经济圈: an area word that qualifies a larger region (经济圈, 经济带, 城市群) is cut out of that region's name.
    if (suffix === '区' && tok.word === '地区' && REGION_AFTER.test(folded.slice(tok.end, tok.end + 8))) continue;
    // 智慧/nr|景区: a common noun for an area (景区, 城区, 校区) names a place only after a place word, not after a word jieba
    // merely guessed to be a name.
    // A count of divisions names the area they share (四省藏区, the Tibetan areas of four provinces).
    const divisionCount = /^[一二三四五六七八九十两]+[省市县州]$/.test(folded.slice(stemStart, tok.start));
    if (
      suffix === '区' &&
      tok.word.length === 2 &&
      tok.tag === 'n' &&
      !divisionCount &&
      !tokensIn(seg, stemStart, tok.start).some((t) => /^(ns|j)$/.test(t.tag))
    )
      continue;
    // 钦州|产业园|区|新增, 产业园|区新/x: a park's 区 that jieba cut off, or glued to the next word, ends its name.
    const end = kind === 'zone' && suffix.endsWith('园') && next?.start === tok.end && next.word[0] === '区' ? tok.end + 1 : tok.end;
    const place = { start: stemStart, end, name: folded.slice(stemStart, end), kind, stemEnd };
    // 西页/x|沟村/x: a village of three characters or more before 村 that jieba knows no word of is a name, as a longer
    // unknown word is (马踏湖/x), if no function word or negation is in it (收不抵/x|支村/x|数: villages whose spending
    // exceeds their income).
    const unknownVillage =
      suffix === '村' &&
      stem.length >= 3 &&
      ![...stem].some((c) => FUNCTION_CHARS.has(c) || NEGATIONS.has(c)) &&
      tokensIn(seg, stemStart, tok.end).every((t) => t.tag === 'x' && isHan(t.word));
    if (needsProper && !proper && !unknownVillage && !afterPlace.has(stemStart)) {
      if (kind === 'admin') unproven.push({ ...place, suffix });
      continue;
    }
    out.push(place);
  }
  pushAll(out, gluedVillages(folded, seg, gazSpans, afterPlace));
  pushAll(out, gachaVillages(folded, seg, afterPlace));
  pushAll(out, listedPlaces(folded, unproven, out, gazSpans));
  pushAll(out, repeatedSettlements(unproven));
  pushAll(out, listedSiblings(folded, seg, out));
  pushAll(out, villagesBeforeTheirBodies(folded, seg, out));
  return out;
}

const clauseStartsAt = (folded: string, at: number) => at === 0 || /[\s。，,；;：:！？!?、．.（(“]/.test(folded[at - 1]!);
