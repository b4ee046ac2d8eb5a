import { append, clear, el } from '../graph/dom.ts';
import { searchLabels as L } from '../../site/search/labels.ts';

/** Filter → value → pages holding it (a report counting once), as the index wrote them (src/site/search/partRecords.ts). */
export type FilterValues = Record<string, Record<string, number>>;

/** The index's filter values (pagefind/filters.json); without an index, the entity types alone. */
export async function loadFilterValues(root: URL, index: boolean): Promise<FilterValues> {
  if (!index) return { type: Object.fromEntries(Object.values(L.entityTypes).map((label) => [label, 0])) };
  return fetch(new URL('pagefind/filters.json', root))
    .then((r) => (r.ok ? (r.json() as Promise<FilterValues>) : {}))
    .catch(() => ({}));
}

/** Fills a filter's select with its values (most pages first; reports by title, without a count) and picks `wanted`. */
export function fillFilter(select: HTMLSelectElement, key: string, counts: Record<string, number>, wanted: string): number {
  const byTitle = key === 'report';
  const values = Object.entries(counts).sort((a, b) => (byTitle ? 0 : b[1] - a[1]) || a[0].localeCompare(b[0], 'zh-CN'));
  clear(select);
  append(select, el('option', { value: '' }, L.any));
  for (const [value, count] of values) append(select, el('option', { value }, count && !byTitle ? `${value}（${count}）` : value));
  select.value = values.some(([value]) => value === wanted) ? wanted : '';
  return values.length;
}
