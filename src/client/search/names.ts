import type { NamesIndex } from '../../site/search/namesIndex.ts';
import { paths } from '../../site/paths.ts';
import { ENTITY_TYPES, type EntityType } from '../../types.ts';
import { loadScript } from './siteRoot.ts';

declare global {
  interface Window {
    __KG_NAMES__?: NamesIndex;
  }
}

export interface NameItem {
  id: string;
  name: string;
  aliases: string[];
  weight: number;
  type: EntityType;
  /** Base-relative page path. */
  path: string;
}

let loading: Promise<NameItem[]> | undefined;

/** The entity names (search/names.js, a classic script, so it loads from disk too); fetched once, on first need. */
export function loadNames(root: URL): Promise<NameItem[]> {
  loading ??= loadScript(new URL('search/names.js', root).href)
    .then(() => decodeNames(window.__KG_NAMES__ ?? { v: 1, n: [] }))
    .catch(() => []);
  return loading;
}

export function decodeNames(index: NamesIndex): NameItem[] {
  return index.n.map(([id, name, typeIndex, mentions, aliases]) => {
    const type = ENTITY_TYPES[typeIndex] ?? 'organization';
    return { id, name, aliases: aliases ?? [], weight: mentions, type, path: paths.entity(type, id) };
  });
}
