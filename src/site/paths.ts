// Base-relative URL paths of every page (no leading slash): pages prefix them with import.meta.env.BASE_URL via href().
// URLs are derived from stable ids only, so an entity keeps its URL when reports are added.
import type { EntityType } from '../types.ts';

/** The part of an entity id after "type:" (ids are already ASCII pinyin slugs). */
export function entitySlug(id: string): string {
  const colon = id.indexOf(':');
  return colon >= 0 ? id.slice(colon + 1) : id;
}

/** An id made safe as an HTML id and URL fragment (ASCII letters, digits, '-' and '_'). */
export function anchorId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** A URL path segment made from an id: readable ASCII kept, anything else folded to '-' (no percent-encoding to disagree on). */
export function segment(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '-');
}

export const paths = {
  home: () => '',
  reports: () => 'reports/',
  report: (id: string, anchor?: string) => `report/${segment(id)}/${anchor ? '#' + anchorId(anchor) : ''}`,
  measureTree: (reportId: string) => `report/${segment(reportId)}/measures/`,
  reportFigures: (reportId: string) => `figures/${segment(reportId)}/`,
  reportCases: (reportId: string) => `cases/${segment(reportId)}/`,
  measures: () => 'measures/',
  measure: (id: string) => `measure/${segment(id)}/`,
  entities: () => 'entities/',
  people: () => 'people/',
  entityIndex: (type: EntityType) => `entities/${type}/`,
  entity: (type: EntityType, id: string) => `entity/${type}/${segment(entitySlug(id))}/`,
  figures: () => 'figures/',
  indicators: () => 'indicators/',
  indicator: (slug: string) => `indicator/${segment(slug)}/`,
  indicatorSeries: (slug: string) => `downloads/series/${segment(slug)}.csv`,
  figure: (id: string) => `figure/${segment(id)}/`,
  cases: () => 'cases/',
  case: (id: string) => `case/${segment(id)}/`,
  data: () => 'data/',
  download: (file: string) => `downloads/${file}`,
  graph: () => 'graph/',
  search: () => 'search/',
};

/** Prefixes a base-relative path with the site's base ('/' or '/kg/'). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  return b + path.replace(/^\/+/, '');
}
