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
  // Long titles (regulations) share long prefixes: cut them and keep them apart by a hash of the whole name.
  if (slug.length > 60) return `${slug.slice(0, 60).replace(/-+$/, '')}-${nameHash(name)}`;
  return slug || nameHash(name);
}

/** Short stable hash of a name, used to tell apart names whose pinyin collide. */
export function nameHash(name: string): string {
  return createHash('sha1').update(name).digest('hex').slice(0, 6);
}

/**
 * The id (and URL) of an entity depends only on its type and canonical name, so it stays the same when other
 * reports are added. Names that share a pinyin slug are told apart by mergeCorpus with nameHash.
 */
export function entityId(type: EntityType, name: string): string {
  return `${type}:${slugify(name)}`;
}

/**
 * The stable id an entity of a report goes by across a corpus: the id its report gave it when that is its name's id or a
 * qualified form of it (place:sha-tian-zhen-dong-guan for the 沙田镇 of 东莞), else its name's id.
 */
export function stableEntityId(type: EntityType, name: string, reportId: string): string {
  const plain = entityId(type, name);
  return reportId === plain || reportId.startsWith(`${plain}-`) ? reportId : plain;
}
