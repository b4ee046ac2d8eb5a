// The indicators of the built corpus, computed once per build from the site's data (figures and report order).
import type { Figure } from '../../types.ts';
import { siteData } from '../data.ts';
import { hasPage, indicatorSeries, indicatorSlug, type IndicatorSeries } from './indicatorSeries.ts';

export interface IndicatorIndex {
  /** Every indicator, most reports first. */
  all: IndicatorSeries[];
  /** Those with a page of their own (hasPage). */
  paged: IndicatorSeries[];
  byKey: ReadonlyMap<string, IndicatorSeries>;
  /** The URL slug of an indicator with a page, else undefined. */
  slugOf(key: string): string | undefined;
  /** The indicators of the figures about an entity (a place, a body), most figures first. */
  ofEntity(entityId: string): { key: string; figures: Figure[] }[];
}

let memo: IndicatorIndex | undefined;

export function indicatorIndex(): IndicatorIndex {
  if (memo) return memo;
  const data = siteData();
  const all = indicatorSeries(
    data.figures,
    data.reports.map((r) => r.id),
  );
  const paged = all.filter((s) => hasPage(s, data.reports.length));
  const slugs = new Map(paged.map((s) => [s.key, indicatorSlug(s.key)]));
  // One pass over the figures: entity → indicator → figures, so that each entity page reads only its own.
  const byEntity = new Map<string, Map<string, Figure[]>>();
  for (const f of data.figures) {
    for (const e of new Set(f.entities)) {
      let keys = byEntity.get(e);
      if (!keys) byEntity.set(e, (keys = new Map()));
      const list = keys.get(f.indicator);
      if (list) list.push(f);
      else keys.set(f.indicator, [f]);
    }
  }
  const ofEntity = (id: string) =>
    [...(byEntity.get(id) ?? new Map<string, Figure[]>()).entries()]
      .map(([key, figures]) => ({ key, figures }))
      .sort((a, b) => b.figures.length - a.figures.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  memo = { all, paged, byKey: new Map(all.map((s) => [s.key, s])), slugOf: (key) => slugs.get(key), ofEntity };
  return memo;
}
