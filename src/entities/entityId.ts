import { hash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { EntityType } from '../types.ts';

// pinyin-pro is slow next to everything else an entity costs; a corpus names the same entities again and again.
const slugs = new Map<string, Slug>();
const MAX_CACHED_SLUGS = 200_000;
const MAX_SLUG = 60;

interface Slug {
  text: string;
  /** False when the slug was cut short, so that the tail of the name lives only in the id's hash. */
  whole: boolean;
}

/** ASCII slug of a Chinese name: toneless pinyin syllables joined by '-', Latin letters and digits kept. */
export function slugify(name: string): string {
  return slugOf(name).text;
}

function slugOf(name: string): Slug {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= MAX_CACHED_SLUGS) slugs.clear();
    slug = computeSlug(name);
    slugs.set(name, slug);
  }
  return slug;
}

function computeSlug(name: string): Slug {
  const slug = tonelessSyllables(name)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  // Long titles (regulations) stay readable in a URL by their first words; the id's hash keeps them apart.
  return slug.length > MAX_SLUG ? { text: slug.slice(0, MAX_SLUG).replace(/-+$/, ''), whole: false } : { text: slug, whole: true };
}

// pinyin-pro's toneless output strips each syllable's tone with nine regular expressions, one call each per syllable:
// a third of a slug's cost. Its toned output with the same letters taken off once per name gives the same syllables,
// save where a character left as it is (a letter, a mark) is one of those letters, which pinyin-pro leaves alone.
const TONED =
  /[\u0101\u00e1\u01ce\u00e0\u014d\u00f3\u01d2\u00f2\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u00fc\u0144\u0148\u01f9\u1e3f\u1ebf\u1ec1]|[nm\u00ea][\u0304]|[m\u00ea][\u030c]|m\u0300/g;
const HAS_TONED = new RegExp(TONED.source);
const TONELESS: Record<string, string> = {};
for (const [letters, plain] of [
  ['\u0101\u00e1\u01ce\u00e0', 'a'],
  ['\u014d\u00f3\u01d2\u00f2', 'o'],
  ['\u0113\u00e9\u011b\u00e8', 'e'],
  ['\u012b\u00ed\u01d0\u00ec', 'i'],
  ['\u016b\u00fa\u01d4\u00f9', 'u'],
  // ü is written v (pinyin-pro's v option), toned or not.
  ['\u01d6\u01d8\u01da\u01dc\u00fc', 'v'],
  ['\u0144\u0148\u01f9', 'n'],
  ['\u1e3f', 'm'],
  ['\u1ebf\u1ec1', '\u00ea'],
] as const)
  for (const c of letters) TONELESS[c] = plain;
for (const [marked, plain] of [
  ['n\u0304', 'n'],
  ['m\u0304', 'm'],
  ['m\u030c', 'm'],
  ['m\u0300', 'm'],
  ['\u00ea\u0304', '\u00ea'],
  ['\u00ea\u030c', '\u00ea'],
] as const)
  TONELESS[marked] = plain;
const OPTIONS_TONED = { type: 'array', nonZh: 'consecutive' } as const;
const OPTIONS_TONELESS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

/** pinyin-pro's toneless syllables of a name with ü written v (its toneType 'none' and v options). */
export function tonelessSyllables(name: string): string[] {
  if (HAS_TONED.test(name)) return pinyin(name, OPTIONS_TONELESS) as string[];
  const syllables = pinyin(name, OPTIONS_TONED) as string[];
  for (let k = 0; k < syllables.length; k++)
    if (HAS_TONED.test(syllables[k]!)) syllables[k] = syllables[k]!.replace(TONED, (c) => TONELESS[c]!);
  return syllables;
}

/**
 * Stable hash of a name (hex), `length` digits of its SHA-1. crypto.hash, not a Hash object: the object's layers of
 * JavaScript run cold for the few new names of a report (34 a report of the bench's synthetic corpus, 9 µs each).
 */
export function nameHash(name: string, length = 6): string {
  return hash('sha1', name).slice(0, length);
}

/**
 * Hex digits of the hash in an id. A whole slug already tells apart all but homophones (苏州市 / 宿州市), a handful per
 * slug, so 4 digits (one chance in 65,536 per pair) keep ids short. A slug cut at 60 characters is shared by every
 * title that starts with the same dozen words — thousands of 《…三年行动计划(NNNN-2020年)》 in a large corpus — and there
 * the hash alone carries the difference: 12 digits (48 bits) make a clash among even 100,000 such titles a
 * one-in-50,000 event, and the few left are resolved by resolveIdClashes.
 */
const SHORT_HASH = 4;
const LONG_HASH = 12;

/**
 * The id (and URL) of an entity: its type, the pinyin of its canonical name for people to read, and a hash of the
 * name. The id is a function of the name alone, never of the other names of a corpus, so an entity keeps its id (and
 * URL) when reports are added or removed; toneless pinyin collides (苏州市 / 宿州市, 山西 / 陕西) and the hash tells
 * those apart. `qualifier` tells apart namesakes (the 沙田镇 of 东莞 and the 沙田镇 of 惠州):
 * place:sha-tian-zhen-dong-guan-1a2b.
 */
export function entityId(type: EntityType, name: string, qualifier?: string): string {
  // A SHA-1 per entity per report was most of grouping's cost: a corpus names the same entities again and again.
  const key = `${type}\u0000${name}\u0000${qualifier ?? ''}`;
  let id = ids.get(key);
  if (id === undefined) {
    if (ids.size >= MAX_CACHED_SLUGS) ids.clear();
    id = computeId(type, name, qualifier);
    ids.set(key, id);
  }
  return id;
}

const ids = new Map<string, string>();

function computeId(type: EntityType, name: string, qualifier?: string): string {
  const slug = slugOf(name);
  const text = [slug.text, qualifier].filter(Boolean).join('-');
  const hash = nameHash(qualifier ? `${name}\u0000${qualifier}` : name, slug.whole ? SHORT_HASH : LONG_HASH);
  return `${type}:${text ? `${text}-` : ''}${hash}`;
}

/**
 * The id an entity of a report goes by across a corpus, before clashes are resolved: its name's id, qualified as its
 * report qualified it (a namesake place; the qualifier is read back from the report's id, which starts with the name's
 * slug), so a report's own clash resolution and a traditional-script report's spelling never change it. Records built
 * by hand in tests carry ids of their own and get their name's id.
 */
export function stableEntityId(type: EntityType, name: string, reportId: string): string {
  const slug = slugify(name);
  const prefix = `${type}:${slug}-`;
  if (!slug || !reportId.startsWith(prefix)) return entityId(type, name);
  const rest = reportId.slice(prefix.length);
  const qualifier = rest.includes('-') ? rest.slice(0, rest.lastIndexOf('-')) : undefined;
  return entityId(type, name, qualifier);
}

/**
 * Makes the ids of `items` unique, in place, whatever their order: the result depends only on the set of (id, name)
 * pairs. Where several names share an id, the one whose name hashes lowest keeps it (so an existing entity keeps its
 * URL in at least half of the — rare — cases where a newcomer clashes with it); the others get 12, then 40 hash digits,
 * then a counter, each the first not taken by any id of the set. No two items end with one id.
 */
export function resolveIdClashes<T extends { id: string; name: string }>(items: T[]): void {
  const byId = new Map<string, T[]>();
  for (const item of items) {
    const group = byId.get(item.id);
    if (group) group.push(item);
    else byId.set(item.id, [item]);
  }
  const taken = new Set(byId.keys());
  const clashes = [...byId].filter(([, group]) => group.length > 1).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, group] of clashes) {
    const stem = id.includes('-') ? id.slice(0, id.lastIndexOf('-')) : id;
    const hashed = group
      .map((item) => ({ item, hash: hash('sha1', `${item.name}\u0000${stem}`) }))
      .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0));
    for (const { item, hash } of hashed.slice(1)) {
      let next = `${stem}-${hash.slice(0, LONG_HASH)}`;
      if (taken.has(next)) next = `${stem}-${hash}`;
      for (let n = 2; taken.has(next); n++) next = `${stem}-${hash}-${n}`;
      taken.add(next);
      item.id = next;
    }
  }
}
