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
  /** A measure is a row of its report's measure list, at its content anchor (anchors.ts). */
  measure: (reportId: string, anchor: string) => `report/${segment(reportId)}/measures/#${anchorId(anchor)}`,
  entities: () => 'entities/',
  people: () => 'people/',
  entityIndex: (type: EntityType) => `entities/${type}/`,
  entity: (type: EntityType, id: string) => `entity/${type}/${segment(entitySlug(id))}/`,
  /** An entity's neighbourhood for its page's local graph (src/site/graph/localGraphData.ts), beside its page. */
  entityGraph: (type: EntityType, id: string) => `${paths.entity(type, id)}graph.js`,
  figures: () => 'figures/',
  indicators: () => 'indicators/',
  indicator: (slug: string) => `indicator/${segment(slug)}/`,
  indicatorSeries: (slug: string) => `downloads/series/${segment(slug)}.csv`,
  /** A figure is a row of its report's figure table, at its content anchor. */
  figure: (reportId: string, anchor: string) => `figures/${segment(reportId)}/#${anchorId(anchor)}`,
  cases: () => 'cases/',
  /** A case is a row of its report's case table, at its content anchor. */
  case: (reportId: string, anchor: string) => `cases/${segment(reportId)}/#${anchorId(anchor)}`,
  data: () => 'data/',
  download: (file: string) => `downloads/${file}`,
  graph: () => 'graph/',
  search: () => 'search/',
};

/**
 * Earlier builds gave every figure, case and measure a page (figure/<id>/). Their ids end in -f3, -c3, -m3 after the
 * report's id, so an old URL names its report: the row that replaced the page carries the old id as a second anchor
 * (legacyAnchor), and the 404 page sends the reader there. No table of old ids: nothing grows with the corpus.
 */
const LEGACY_RECORD = /(^|\/)(figure|case|measure)\/([^/?#]+)-([fcm])(\d+)\/?$/;
const LEGACY_LETTER = { figure: 'f', case: 'c', measure: 'm' } as const;

/** The anchor a row keeps for the page of earlier builds. */
export function legacyAnchor(id: string): string {
  return anchorId(segment(id));
}

/** An old record page's path (…/figure/<id>/) → the part before it and where the record is now (base-relative); else null. */
export function legacyRecordPath(pathname: string): { prefix: string; path: string } | null {
  const m = LEGACY_RECORD.exec(pathname);
  if (!m) return null;
  const [, slash, kind, report, letter, n] = m as unknown as [string, string, keyof typeof LEGACY_LETTER, string, string, string];
  if (LEGACY_LETTER[kind] !== letter) return null;
  const prefix = pathname.slice(0, m.index + slash.length);
  const anchor = anchorId(`${report}-${letter}${n}`);
  const path =
    kind === 'figure' ? paths.figure(report, anchor) : kind === 'case' ? paths.case(report, anchor) : paths.measure(report, anchor);
  return { prefix, path };
}

/** Prefixes a base-relative path with the site's base ('/' or '/kg/'). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  return b + path.replace(/^\/+/, '');
}
