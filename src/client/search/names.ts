import type { NamesIndex } from '../../site/search/namesIndex.ts';
import { paths } from '../../site/paths.ts';
import { ENTITY_TYPES, type EntityType } from '../../types.ts';
import { KIND_COLOURS } from '../graph/colours.ts';
import { el } from '../graph/dom.ts';
import { searchLabels as L } from '../../site/search/labels.ts';
import { loadScript, pageUrl } from './siteRoot.ts';

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

/** An entity found by its name, as a result of the search page. */
export function nameResult(root: URL, item: NameItem, terms: string[]): HTMLElement {
  const exact = terms.join(' ') === item.name || item.aliases.includes(terms.join(' '));
  const aliases = item.aliases.length ? `${item.aliases.join('、')}` : '';
  return el(
    'li',
    { class: 'kg-result', 'data-kind': 'entity' },
    el(
      'p',
      { class: 'kg-result-head' },
      el('span', { class: 'kg-result-type', style: `--type-colour:${KIND_COLOURS[item.type]}` }, L.entityTypes[item.type]),
      el('a', { href: pageUrl(root, item.path), class: 'kg-result-title' }, item.name),
      exact && el('span', { class: 'kg-result-note' }, L.exact),
    ),
    aliases && el('p', { class: 'kg-excerpt' }, aliases),
  );
}
