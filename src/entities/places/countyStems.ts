import { COUNTY_STEMS_THAT_ARE_WORDS } from '../data/countyStemsThatAreWords.ts';
import { CEDICT_DIVISION_WORDS } from '../data/cedictDivisionWords.ts';
import type { Token } from '../segment.ts';
import { placesIn, type Gazetteer, type GazPlace } from './gazetteer.ts';
import { PEOPLES } from './shortPlaceNames.ts';

// Running text names a county, a county-level city or a district by its name without the suffix: 恭城 for
// 恭城瑶族自治县, 江阴 for 江阴市, 怀柔 for 怀柔区, 东乡 for 东乡族自治县. The full names are gazetteer names; these short
// forms are read only where jieba reads the stem as one name word (a place, a person's or a proper name: 恭城/ns,
// 怀柔/nr, 义乌/nz) and the stem is not first of all a word of the language (新建, 平原, 河西: see the data file).
const SUFFIX = new RegExp(`^(.{2,}?)(?:(?:(?:${PEOPLES})族?)+自治[县旗]|自治[县旗]|新区|林区|特区|矿区|县|市|区|旗)$`);
// A county named after its people (东乡族自治县): the people's name is the place's.
const PEOPLE_COUNTY = new RegExp(`^(${PEOPLES})族自治县$`);
const NAME_TAGS = /^(ns|nr|nz|nrt|nrfg)$/;
// A stem jieba tags as a verb, an adjective, a distinguishing word, an adverb, a time or an abbreviation (监利/vn, 当阳/t,
// 常熟/a) that CC-CEDICT knows as the county alone is the county; not a noun (爱民, 高台: words CC-CEDICT does not list),
// nor a number, a measure or a word of place (三台, 城中, 南岸).
const WORD_TAGS = /^(v|vn|a|b|d|t|j)$/;
const DIVISION_WORDS = new Set(CEDICT_DIVISION_WORDS);
// Counties named after a river, lake or sea (太湖县, 嫩江市, 绥芬河市, 盈江县): the bare name is the water first.
const WATER_STEM = /[江河湖海川]$/;
// A stem followed by the class noun of a landform, a road or a work is part of that name (威远|岛, 韶山|路, 新河|流域);
// before a railway or motorway it is the line's name, most often two cities' first characters (贵南|高铁: 贵阳–南宁).
const FEATURE_NEXT = /^(岛|湾|半岛|河|江|湖|山|峰|岭|路|街|大街|桥|港|渠|水库|流域|水道|公园|广场|(?:高铁|铁路|城际|高速)(?!站))/;

const cache = new WeakMap<Gazetteer, ReadonlyMap<string, GazPlace[]>>();

// Both maps below are written into the gazetteer's index with the bundle (writeGazetteerIndex.ts), which a process reads
// instead of making them (about 8 ms of its first report): made here only without an index (tsx, tests, the writer).

/** Each county-level place under its short form, where that form is no other gazetteer name and no ordinary word. */
export function countyStems(gaz: Gazetteer): ReadonlyMap<string, GazPlace[]> {
  if (gaz.stems) return gaz.stems.county;
  const made = cache.get(gaz);
  if (made) return made;
  const stems = new Map<string, GazPlace[]>();
  for (const place of gaz.placesOfLevels(['county'])) {
    const stem = place.name.match(PEOPLE_COUNTY)?.[1] ?? place.name.match(SUFFIX)?.[1];
    if (!stem || gaz.byName.has(stem) || COUNTY_STEMS_THAT_ARE_WORDS.has(stem)) continue;
    const list = stems.get(stem);
    if (list) list.push(place);
    else stems.set(stem, [place]);
  }
  cache.set(gaz, stems);
  return stems;
}

const allCache = new WeakMap<Gazetteer, ReadonlyMap<string, GazPlace[]>>();

/**
 * Every county-level place and prefecture (地区, 盟) under its short form, the stems that are words of the language too
 * (和田, 建宁, 榕江): for text that says a place is meant (a route's ends, 喀什至和田铁路), not for running text.
 */
export function placeStemsInAnyReading(gaz: Gazetteer): ReadonlyMap<string, GazPlace[]> {
  if (gaz.stems) return gaz.stems.anyReading;
  const made = allCache.get(gaz);
  if (made) return made;
  const stems = new Map<string, GazPlace[]>();
  for (const place of gaz.placesOfLevels(['city', 'county'])) {
    const stem =
      place.level === 'county'
        ? (place.name.match(PEOPLE_COUNTY)?.[1] ?? place.name.match(SUFFIX)?.[1])
        : place.level === 'city'
          ? place.name.match(/^(.{2,}?)(?:地区|盟)$/)?.[1]
          : undefined;
    if (!stem || gaz.byName.has(stem)) continue;
    const list = stems.get(stem);
    if (list) list.push(place);
    else stems.set(stem, [place]);
  }
  allCache.set(gaz, stems);
  return stems;
}

/**
 * The counties that the word at `k` names by its short form: jieba tags it as a name word (or CC-CEDICT knows it as the
 * county alone), it does not begin the name of
 * a landform or road (威远|岛), and a name word before it is a place it lies in (浙江|嘉善), not another name it ends
 * (长安|新河, a river of 长安镇). Undefined otherwise.
 */
export function countiesByStem(gaz: Gazetteer, tokens: readonly Token[], k: number): GazPlace[] | undefined {
  const token = tokens[k]!;
  // A stem is two characters or more (SUFFIX): the words of one character that may open a place's name ask nothing more.
  if (token.word.length < 2) return undefined;
  const named = NAME_TAGS.test(token.tag) || (WORD_TAGS.test(token.tag) && DIVISION_WORDS.has(token.word));
  if (!named || WATER_STEM.test(token.word)) return undefined;
  const places = countyStems(gaz).get(token.word);
  if (!places) return undefined;
  const next = tokens[k + 1];
  if (next && next.start === token.end && FEATURE_NEXT.test(next.word)) return undefined;
  const prev = tokens[k - 1];
  if (prev && prev.end === token.start && NAME_TAGS.test(prev.tag)) {
    const parents = gaz.byName.get(prev.word);
    const inParent = parents && placesIn(places, parents);
    return inParent?.length ? inParent : undefined;
  }
  return places;
}
