import type { Entity } from '../../types.ts';
import { ENTITY_TYPES } from '../../types.ts';

/**
 * Every entity's name in a compact list, loadable as a classic script: the header box suggests from it, the search page
 * uses it to put an exact name's page first, and it is the whole search when the site is opened from disk.
 * Row: [id, name, type index (ENTITY_TYPES), mentions, aliases?].
 */
export type NameRow = [string, string, number, number, string[]?];

export interface NamesIndex {
  v: 1;
  n: NameRow[];
}

export function buildNamesIndex(entities: readonly Entity[]): NamesIndex {
  const rows = entities
    .map((entity): NameRow => {
      const aliases = entity.aliases.filter((a) => a && a !== entity.name);
      const row: NameRow = [entity.id, entity.name, ENTITY_TYPES.indexOf(entity.type), entity.mentions.length];
      if (aliases.length > 0) row.push(aliases);
      return row;
    })
    // Most mentioned first: a suggestion list cut short keeps the names people look for.
    .sort((a, b) => b[3] - a[3] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { v: 1, n: rows };
}

export function namesScript(index: NamesIndex): string {
  return `window.__KG_NAMES__=${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
}
