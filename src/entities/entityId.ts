import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { EntityType } from '../types.ts';

// pinyin-pro is slow next to everything else an entity costs; a corpus names the same entities again and again.
const slugs = new Map<string, string>();
const MAX_CACHED_SLUGS = 200_000;

/** ASCII slug of a Chinese name: toneless pinyin syllables joined by '-', Latin letters and digits kept. */
export function slugify(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= MAX_CACHED_SLUGS) slugs.clear();
    slug = computeSlug(name);
    slugs.set(name, slug);
  }
  return slug;
}

function computeSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  // Long titles (regulations) stay readable in a URL by their first words; the id's hash keeps them apart.
  return slug.length > 60 ? slug.slice(0, 60).replace(/-+$/, '') : slug;
}

/** Short stable hash of a name (hex). */
export function nameHash(name: string, length = 6): string {
  return createHash('sha1').update(name).digest('hex').slice(0, length);
}

/**
 * The id (and URL) of an entity: its type, the pinyin of its canonical name for people to read, and a short hash of the
 * name, which makes the id unique on its own: toneless pinyin collides (苏州市 / 宿州市, 山西 / 陕西), and an id that had
 * to be told apart only once both names were in a corpus would change when a report is added. `qualifier` tells apart
 * namesakes (the 沙田镇 of 东莞 and the 沙田镇 of 惠州): place:sha-tian-zhen-dong-guan-1a2b.
 */
export function entityId(type: EntityType, name: string, qualifier?: string): string {
  const slug = [slugify(name), qualifier].filter(Boolean).join('-');
  const hash = nameHash(qualifier ? `${name}\u0000${qualifier}` : name, 4);
  return `${type}:${slug ? `${slug}-` : ''}${hash}`;
}

/**
 * The stable id an entity of a report goes by across a corpus: the id its report gave it when that is an id of its name
 * (plain or qualified), else its name's id (records built by hand in tests carry ids of their own).
 */
export function stableEntityId(type: EntityType, name: string, reportId: string): string {
  const slug = slugify(name);
  return slug && reportId.startsWith(`${type}:${slug}-`) ? reportId : entityId(type, name);
}
