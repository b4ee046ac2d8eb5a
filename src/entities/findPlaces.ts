import type { EntityCandidate, PlaceInfo } from '../types.ts';
import type { EntityContext } from './context.ts';
import { placeInfo, type GazPlace } from './places/gazetteer.ts';
import { homeShortName, resolvePlace } from './places/homePlace.ts';
import type { GazMatch } from './places/matchGazetteer.ts';
import { findCountedLists, findEnumeratedPlaces, settlementListMembers } from './places/enumeratedPlaces.ts';
import { findBracketedZones } from './places/bracketedZones.ts';
import { findShuiRivers } from './places/shuiRivers.ts';
import { portAreaAfterPort } from './places/portAreas.ts';
import { findCommunityNames } from './places/communityNames.ts';
import { findEstateNames } from './places/estateNames.ts';
import { renamedDivisions } from './places/renamedDivisions.ts';
import { watersAfterConjunction } from './places/joinedWaters.ts';
import { findListedCounties } from './places/listedCounties.ts';
import { withStatePair } from './places/statePairZones.ts';
import { describesPlaceAt } from './places/appositivePlaces.ts';
import { findSuffixPlaces, ZONE_SUFFIXES, type SuffixPlace } from './places/suffixPlaces.ts';
import { boundedPlace, gluedFunctionWord } from './places/boundedPlace.ts';
import { FEATURE_GENERIC_CHARS, OWN_LEVEL_WORDS } from './places/placeStems.ts';
import { tokensOf, tokensOfAny } from './wordTable.ts';
import { tagOf, wordEndingAt } from './segment.ts';
import { isAbroad } from './world/worldNames.ts';
import { isHanCode } from '../text/han.ts';

const SOURCE = 'places';

/**
 * Places: gazetteer names (full and short, resolved to the one in the report's own city or province when the name
 * repeats across China) and names read from their suffix (新区, 岛, 湾, 河, 镇, 村 …). A short name becomes an alias of
 * the full one (东莞 → 东莞市, 滨海湾 → 滨海湾新区).
 */
// The level of the places an own division is parent of, within a name's length after it (我镇|团结村, not 我市|新建社区).
const OWN_LEVEL_CHILD: Record<string, RegExp> = {
  镇: /^[^，。；、]{1,5}(村|社区)/,
  乡: /^[^，。；、]{1,5}(村|社区)/,
  县: /^[^，。；、]{1,5}(镇|乡|街道)/,
  市: /^[^，。；、]{1,5}(镇|乡|街道|县|(?<!社)区)/,
  区: /^[^，。；、]{1,5}(镇|乡|街道)/,
  旗: /^[^，。；、]{1,5}(镇|乡|苏木)/,
};
const ABOVE_VILLAGE = /^(province|city|county)$/;
const SIDE_OF_NOUN = /^[\u4e00-\u9fff]{2}[东西南北中]区$/;
const COUNTED_LEVELS = /^[一二三四五六七八九十两几各全多诸][省市县区州旗盟乡镇村]+$/;
// 三河三湖, 两湖一库, 三江三湖: waters counted by kind and named as one set (of a programme), no one place, though jieba
// knows its halves as places (三河/ns, the city 三河市).
const COUNTED_SET = /^[一二两三四五六七八九十][\u4e00-\u9fff][一二两三四五六七八九十][\u4e00-\u9fff]$/;
// 把三分之一的县建成大寨县, 建成小康县: the county a county is to become is a model of a kind, no county of that name.
const BECOMES_BEFORE = /(?:建成|成为|创建|争创|评为)$/;

export function findPlaces(ctx: EntityContext): EntityCandidate[] {
  const { text, gazMatches, home } = ctx;
  const out: EntityCandidate[] = [];
  const taken = new Set<string>();
  const afterPlace = new Set<number>();
  const placeEndingAt = new Map<number, GazPlace>();

  for (const m of gazMatches) {
    // 快|于城镇|居民: jieba glued a function word to a word and guessed a name; the gazetteer's 于城镇 is not meant.
    // 且末县、于田县: listed after a place, the name is the next member of the list, not a function word glued to a word.
    const listed = ctx.folded[m.start - 1] === '、' && afterPlace.has(m.start - 1);
    if (
      (gluedFunctionWord(ctx, m.start, m.end) && !listed) ||
      (isTown(m) && !afterPlace.has(m.start) && straddlesWords(ctx, m.start, m.end)) ||
      (isCounty(m) && !afterPlace.has(m.start) && opensWithNounsEnd(ctx, m.start, m.end))
    )
      continue;
    if (isCounty(m) && m.places.every((p) => p.name !== m.name) && runsIntoTown(ctx, m.start, m.end)) continue;
    // 小城镇, 大村镇: towns of a size in general, though the gazetteer has a town so named (舒兰市小城镇).
    if (isTown(m) && !afterPlace.has(m.start) && SIZED_SETTLEMENT.test(m.name)) continue;
    if (afterForeignPlace(ctx, m.start)) continue;
    if (!afterPlace.has(m.start) && waterTail(ctx, m)) continue;
    // 南陵县|沿河乡|镇: a town whose level makes 乡镇, 城镇 or 乡村 with the next character is the towns in general, unless the
    // place before it is its county (沿河县|沿河乡 of a list of towns).
    const before = placeEndingAt.get(m.start);
    if (
      isTown(m) &&
      GENERIC_SETTLEMENTS.test(ctx.folded.slice(m.end - 1, m.end + 1)) &&
      !(before && m.places.some((p) => p.path.includes(before.name)))
    )
      continue;
    // 安陲乡|江门/ns|村: a city's short name right before 村, 镇 or 乡 is the name of that village or town, read by its suffix.
    // So is one whose 村 jieba cut as a word of its own (北屯/ns|村/zg, not 北屯市 of Xinjiang; not 深圳|村级).
    const suffixAlone = /^[村镇乡屯寨]$/.test(ctx.seg.tokens[ctx.seg.tokenAt[m.end]!]?.word ?? '');
    // So is one right before 社区 after the town or street it lies in (竹海镇|桃园|社区, not 桃园市 of Taiwan).
    if (
      m.places.every((p) => p.name !== m.name) &&
      (/^[村镇乡屯寨]/.test(ctx.folded.slice(m.end, m.end + 1)) || ctx.folded.startsWith('社区', m.end)) &&
      (afterPlace.has(m.start) || suffixAlone)
    )
      continue;
    const place = resolvePlace(m.places, home);
    // A short name (东莞) stands for the full one; names shared across China are written the same everywhere.
    const canonical = (place ?? m.places[0]!).name;
    out.push({
      type: 'place',
      start: m.start,
      end: m.end,
      surface: text.slice(m.start, m.end),
      ...(canonical !== m.name ? { canonical } : {}),
      score: m.name === canonical ? 0.9 : 0.8,
      source: SOURCE,
      ...(place ? { place: placeInfo(place) } : { place: { level: m.places[0]!.level } }),
    });
    taken.add(`${m.start}:${m.end}`);
    afterPlace.add(m.end);
    if (place) placeEndingAt.set(m.end, place);
  }

  // The report's own county by its short name standing as a place word (建设现代化|涪城/ns|提供): the county it means.
  const own = homeShortName(home);
  if (own && own.place.level === 'county') {
    // The tokens of that word, found by its id.
    const shortNames = tokensOf(ctx.seg, own.short);
    for (let n = 0; n < shortNames.length; n++) {
      const t = ctx.seg.tokens[shortNames[n]!]!;
      if (t.tag !== 'ns' || taken.has(`${t.start}:${t.end}`) || runsIntoTown(ctx, t.start, t.end)) continue;
      out.push({
        type: 'place',
        start: t.start,
        end: t.end,
        surface: text.slice(t.start, t.end),
        canonical: own.place.name,
        score: 0.8,
        source: SOURCE,
        place: placeInfo(own.place),
      });
      taken.add(`${t.start}:${t.end}`);
    }
  }

  // 我镇|团结村, 本镇|新华村, 我县|石桥镇: the report's own town or county, named by a pronoun and its level, is the parent
  // of the place written right after it, as a gazetteer place before it would be.
  const ownLevels = tokensOfAny(ctx.seg, OWN_LEVEL_WORDS);
  for (let n = 0; n < ownLevels.length; n++) {
    const t = ctx.seg.tokens[ownLevels[n]!]!;
    if (OWN_LEVEL_CHILD[t.word[1]!]!.test(ctx.folded.slice(t.end, t.end + 8))) afterPlace.add(t.end);
  }
  const read = findSuffixPlaces(
    ctx.folded,
    ctx.seg,
    afterPlace,
    taken,
    (w) => w.length >= 2 && !!ctx.gaz.byName.get(`${w}县`)?.some((p) => p.level === 'county'),
  );
  const placeStarts = new Set(gazMatches.map((m) => m.start));
  const placeStartingBefore = new Map(gazMatches.map((m) => [m.end, m.start]));
  const suffixed = listedBeside(
    ctx.folded,
    read,
    read.map((p) => boundedPlace(ctx, p, afterPlace)),
  )
    .filter((p): p is SuffixPlace => !!p && !taken.has(`${p.start}:${p.end}`))
    .map((p) => withStatePair(ctx.folded, ctx.seg, p, placeStarts))
    .map((p) => withIslandsPlace(ctx, p, placeStartingBefore))
    .map((p) => portAreaAfterPort(ctx.folded, p))
    .map((p) => regionOfMountainArea(ctx, p))
    // 嵊泗列岛|海岛: an island's word made with a generic character (海岛 'islands', 小岛) names none (海河 is a river).
    .filter((p) => !(p.kind === 'feature' && /^.岛$/.test(p.name) && FEATURE_GENERIC_CHARS.has(p.name[0]!)))
    .filter((p) => !(p.kind === 'admin' && /[镇乡村]$/.test(p.name) && !afterPlace.has(p.start) && straddlesWords(ctx, p.start, p.end)))
    .filter((p) => !(p.kind === 'admin' && GENERIC_SETTLEMENTS.test(p.name.slice(-2))))
    // 南陵县|沿河乡|镇: after a place too, a township whose 乡 makes 乡镇 with the next character is the towns in general.
    .filter((p) => !(p.kind === 'admin' && ctx.folded.slice(p.end - 1, p.end + 1) === '乡镇'))
    // 两省区, 三县市区, 各乡镇: a count of divisions by their level words, which jieba may take for one name (两省区/ns).
    .filter((p) => !(p.kind === 'admin' && COUNTED_LEVELS.test(p.name)))
    .filter(
      (p) => !(p.kind === 'admin' && p.name.endsWith('县') && BECOMES_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 2), p.start))),
    )
    // 县城|北区, 园区|东区: a common noun and a side of it is a part of that thing, no district of that name.
    .filter((p) => !(p.kind === 'admin' && SIDE_OF_NOUN.test(p.name) && tagOf(p.name.slice(0, -2)) === 'n'))
    .filter((p) => !(p.kind === 'admin' && joinedByConjunction(ctx, p)))
    .filter((p) => !describesPlaceAt(ctx, p.name, p.end));
  for (const p of suffixed) {
    out.push({
      type: 'place',
      start: p.start,
      end: p.end,
      surface: text.slice(p.start, p.end),
      score: p.kind === 'admin' ? 0.7 : 0.75,
      source: SOURCE,
      place: suffixPlaceInfo(p, ctx, placeEndingAt.get(p.start), placeEndingAt),
    });
  }

  // 撤销马湖乡，设立马湖镇: the divisions a change sets up or renames, and not the readings inside their names.
  const renamed = renamedDivisions(ctx, out);
  for (let n = out.length - 1; n >= 0; n--) if (renamed.undone.has(out[n]!)) out.splice(n, 1);
  out.push(...renamed.found);
  // 东兰、九江、乐凤、伟达等18个村: a county's or city's short name listed among villages is a village of that name.
  const villages = settlementListMembers(ctx);
  for (let n = out.length - 1; n >= 0; n--) {
    const c = out[n]!;
    if (c.canonical && ABOVE_VILLAGE.test(c.place?.level ?? '') && villages.has(`${c.start}:${c.end}`)) out.splice(n, 1);
  }
  out.push(...findEnumeratedPlaces(ctx, out));
  out.push(...findListedCounties(ctx, out));
  // After the counties a list names by their short forms (泰和、万安、遂川三县), which the gazetteer resolves.
  out.push(...findCountedLists(ctx, out));
  out.push(...watersAfterConjunction(ctx, out));
  out.push(...findBracketedZones(ctx));
  out.push(...findShuiRivers(ctx, taken));
  out.push(...findCommunityNames(ctx));
  out.push(...findEstateNames(ctx));

  // A bare name that some zone of the same report starts with is that zone's short name (滨海湾 in 滨海湾高质量发展).
  const names = new Set(out.map((c) => c.canonical ?? ctx.folded.slice(c.start, c.end)));
  for (const c of out) {
    if (c.canonical) continue;
    const name = ctx.folded.slice(c.start, c.end);
    // 光山县 before 产业集聚区: a county or city named with its level is itself, not the short name of its zone.
    if (/[省市县区旗]$/.test(name)) continue;
    const zones = [...names].filter((n) => n !== name && n.startsWith(name) && ZONE_SUFFIXES.includes(n.slice(name.length)));
    if (zones.length === 1) c.canonical = zones[0]!;
  }
  return out.filter((c) => !inCountedSet(ctx.folded, c));
}

/** Whether the candidate is a counted set of waters (三河三湖) or one of its halves (三河 of 三河三湖). */
export function inCountedSet(folded: string, c: { start: number; end: number }): boolean {
  if (c.end - c.start > 4) return false;
  for (const s of [c.start - 2, c.start]) if (s >= 0 && s + 4 >= c.end && COUNTED_SET.test(folded.slice(s, s + 4))) return true;
  return false;
}

/**
 * Town names are in jieba's dictionary, so it may cut a town out of two words of the language (放宽|城镇 read 放|宽城镇,
 * 文明|村镇 read 文|明村镇): a town whose first character makes a word with the one before it and whose rest is a word is
 * those words, unless a place is written right before it (万埠镇|桃花村落成 is the village 桃花村). One whose last character
 * makes 乡村, 城镇 or 村镇 with the next (宜居|乡村 read 宜居乡|村) is the countryside or towns in general.
 */
function straddlesWords(ctx: EntityContext, start: number, end: number): boolean {
  const { folded } = ctx;
  const name = folded.slice(start, end);
  const before = folded.slice(start - 1, start + 1);
  // 其中|天山口镇: the character before ends a word of two or more that jieba read there, so no word crosses into the name.
  const prev = wordEndingAt(ctx.seg, start);
  const crossable = !prev || prev.word.length < 2;
  if (crossable && /^[\u4e00-\u9fff]{2}$/.test(before) && tagOf(before) !== 'x' && name.length > 2 && tagOf(name.slice(1)) !== 'x')
    return true;
  return GENERIC_SETTLEMENTS.test(folded.slice(end - 1, end + 1));
}

// The countryside and towns in general (宜居乡村, 美丽城镇), no village's or town's name.
const GENERIC_SETTLEMENTS = /^(乡村|城镇|村镇|乡镇)$/;
const SIZED_SETTLEMENT = /^[大中小](城镇|乡村|村镇|城市)$/;

/**
 * 瑞/ns|丽江/ns, 水/n|阳江/ns: a city's or county's short name ending with a water's character, after one character jieba
 * could not join to it (no function word, verb or level), is the tail of a river's name (瑞丽江, 水阳江), no mention of
 * the city; the river is read by its suffix.
 */
function waterTail(ctx: EntityContext, m: GazMatch): boolean {
  if (m.end - m.start !== 2 || !/[江河湖]$/.test(m.name) || m.places.some((p) => p.name === m.name)) return false;
  const before = wordEndingAt(ctx.seg, m.start);
  return (
    !!before &&
    before.word.length === 1 &&
    isHanCode(before.word.charCodeAt(0)) &&
    /^(ns|n|ng|nr|x|j|zg)$/.test(before.tag) &&
    !/[省市县区镇乡村州]/.test(before.word) &&
    m.places.every((p) => p.level === 'city' || p.level === 'county')
  );
}

/**
 * 尼泊尔|和平区, 印度洋|和平区: a name of China's gazetteer glued right after a country or region abroad is part of a name
 * of that place (its zone of peace), not the district of Tianjin or Shenyang.
 */
function afterForeignPlace(ctx: EntityContext, start: number): boolean {
  const before = wordEndingAt(ctx.seg, start);
  return !!before && isAbroad(before.word);
}

/**
 * 西海固/nr|山区: the mountain area of a region, 山区 a word of its own after a name that is no mountain's, is that region's
 * part; the region is the place named (大别山区, 太行山区 are the mountains' areas, named whole).
 */
function regionOfMountainArea(ctx: EntityContext, p: SuffixPlace): SuffixPlace {
  const end = p.end - 2;
  const word = ctx.seg.tokens[ctx.seg.tokenAt[end]!];
  if (p.kind !== 'admin' || word?.word !== '山区' || word.start !== end || end - p.start < 2 || ctx.folded[end - 1] === '山') return p;
  return { ...p, end, stemEnd: end, name: ctx.folded.slice(p.start, end), kind: 'feature' };
}

/**
 * 嵊泗|列岛, 万山|群岛: the islands' word alone after a place is named by that place, the place's name with it; so is a
 * new port's (海安|新港, 天津|新港), 新港 being the name of many, unless the place is written with its level (海安市|新港).
 */
function withIslandsPlace(ctx: EntityContext, p: SuffixPlace, placeStartingBefore: Map<number, number>): SuffixPlace {
  const named = /^[列群]岛$/.test(p.name) || (p.name === '新港' && !/[省市县区镇乡]/.test(ctx.folded[p.start - 1] ?? ''));
  const start = named ? placeStartingBefore.get(p.start) : undefined;
  return start === undefined ? p : { ...p, start, name: ctx.folded.slice(start, p.end) };
}

/**
 * 湘阴|渡|断面: a county's short form that runs on, by a character or two, into the name of a town the gazetteer holds
 * (湘阴渡街道, of 永兴县) is that town's name written short, no mention of the county.
 */
function runsIntoTown(ctx: EntityContext, start: number, end: number): boolean {
  for (let len = 1; len <= 2; len++) {
    const stem = ctx.folded.slice(start, end + len);
    if (stem.length < end - start + len) return false;
    for (const level of TOWN_LEVELS) if (ctx.gaz.byName.get(stem + level)?.some((p) => p.level === 'town')) return true;
  }
  return false;
}
const TOWN_LEVELS = ['镇', '乡', '街道'];

const isTown = (m: GazMatch) => m.places.every((p) => p.level === 'town');
const isCounty = (m: GazMatch) => m.places.every((p) => p.level === 'county');

/**
 * 县城|北区 read 县|城北区, 老城|东区 read 老|城东区: a district whose first character ends a common noun with the one
 * before it (县城 'county town', 老城 'old town'), the rest of its name a word of its own, is that noun and a part of it,
 * unless a place is written right before it (西宁市|城北区).
 */
function opensWithNounsEnd(ctx: EntityContext, start: number, end: number): boolean {
  const prev = wordEndingAt(ctx.seg, start);
  if (prev && prev.word.length >= 2) return false;
  const before = ctx.folded.slice(start - 1, start + 1);
  return /^[\u4e00-\u9fff]{2}$/.test(before) && tagOf(before) === 'n' && end - start > 2 && tagOf(ctx.folded.slice(start + 1, end)) !== 'x';
}

/** Where a place found by its suffix lies: under the gazetteer place written right before it, under a gazetteer zone
 * of the same name, or (for towns, villages and communities) in the home city. */
function suffixPlaceInfo(
  p: SuffixPlace,
  ctx: EntityContext,
  parent: GazPlace | undefined,
  placeEndingAt: Map<number, GazPlace>,
): PlaceInfo {
  const level: PlaceInfo['level'] =
    p.kind === 'admin' ? (/(村|社区|嘎查)$/.test(p.name) ? 'village' : /(镇|乡|街道)$/.test(p.name) ? 'town' : 'county') : p.kind;
  if (parent) return { level, path: [...parent.path, parent.name] };
  const stem = p.name.slice(0, p.stemEnd - p.start);
  // A zone named after its city (随州高新区) lies in that city.
  const namesake = placeEndingAt.get(p.stemEnd);
  if (namesake && p.kind === 'zone' && ctx.folded.slice(p.start, p.stemEnd) === ctx.folded.slice(p.stemEnd - stem.length, p.stemEnd)) {
    return { level, path: [...namesake.path, namesake.name] };
  }
  const city = ctx.home.city;
  const zoneNames = [p.name, stem, ...(city ? [city.name.replace(/市$/, '') + p.name] : [])];
  for (const n of zoneNames) {
    const zones = ctx.gaz.zones.get(n);
    const zone = zones && resolvePlace(zones, ctx.home);
    if (zone) return { level, path: zone.path };
  }
  const county = ctx.home.county;
  if ((level === 'town' || level === 'village') && county) return { level, path: [...county.path, county.name] };
  if ((level === 'town' || level === 'village') && city) return { level, path: [...city.path, city.name] };
  return { level };
}

/**
 * 新建社区、和平社区: a community or village whose name is a word of the language (新建 'newly built') is read as that word
 * alone, but listed with a 、 beside a place of the same suffix it is that place's sibling, its name whole.
 */
function listedBeside(folded: string, read: SuffixPlace[], bounded: (SuffixPlace | undefined)[]): (SuffixPlace | undefined)[] {
  const suffixOf = (p: SuffixPlace) => folded.slice(p.stemEnd, p.end);
  const kept = bounded.filter((p): p is SuffixPlace => !!p && p.kind === 'admin');
  return bounded.map((b, i) => {
    const p = read[i]!;
    if (b || p.kind !== 'admin' || p.stemEnd - p.start < 2 || !/^(村|社区)$/.test(suffixOf(p))) return b;
    const sibling = kept.find(
      (q) =>
        suffixOf(q) === suffixOf(p) &&
        ((folded[p.end] === '、' && q.start === p.end + 1) || (folded[p.start - 1] === '、' && q.end === p.start - 1)),
    );
    return sibling ? p : b;
  });
}

/**
 * 人民医院|和|县医院: a common noun of two characters or more, then 和, 与 or 及 right before the level word, is 'the X
 * and the county's …', no county named X和 (平和县, 太和县 have no noun before their 和).
 */
function joinedByConjunction(ctx: EntityContext, p: SuffixPlace): boolean {
  const at = p.stemEnd - 1;
  if (!/[和与及]/.test(ctx.folded[at] ?? '')) return false;
  const noun = wordEndingAt(ctx.seg, at);
  // (县科协/j|和县|残联: a body's abbreviation is such a noun.)
  return !!noun && noun.start >= p.start && noun.word.length >= 2 && /^(n|vn|an|j)$/.test(noun.tag);
}
