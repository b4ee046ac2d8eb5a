// The one typed view of the extraction that every page reads. Indexes are built once per build (data/indexes.ts);
// each page asks for its view by id and pays only for what it shows, so thousands of entity pages stay linear.
import type { Extraction } from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import { createEntityViews } from './data/entityView.ts';
import { buildIndexes } from './data/indexes.ts';
import { createLocate } from './data/locate.ts';
import { measureTree, measureView } from './data/measureView.ts';
import { readerView } from './data/reader.ts';
import { caseView } from './data/recordViews.ts';
import { createRows } from './data/rows.ts';
import { loadExtraction } from './loadExtraction.ts';
import { paths } from './paths.ts';
import type { SiteData } from './views.ts';

export type * from './views.ts';
export { ENTITY_PAGE_LIMITS } from './data/entityView.ts';

/** Above this many rows, corpus-wide lists (figures, cases, measures) are split into one page per report. */
export const BIG_LIST = 3000;

export function createSiteData(extraction: Extraction): SiteData {
  const ix = buildIndexes(extraction);
  const locate = createLocate(ix);
  const rows = createRows(ix, locate);
  return {
    extraction,
    reports: ix.reports,
    report: (id) => ix.reportById.get(id),
    entities: ix.entities,
    entity: (id) => ix.entityById.get(id),
    entitiesOfType: (type) => ix.byType.get(type) ?? [],
    countsByType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, ix.byType.get(t)!.length])) as SiteData['countsByType'],
    measures: ix.measures,
    figures: ix.figures,
    cases: ix.cases,
    measure: (id) => ix.measureById.get(id),
    figure: (id) => ix.figureById.get(id),
    caseById: (id) => ix.caseById.get(id),
    section: locate.section,
    reader: (id) => readerView(ix, id, locate.anchorsOf(id)),
    measureTree: (id) => measureTree(ix, id),
    entityView: createEntityViews(ix, locate),
    measureView: (id) => measureView(ix, locate, id),
    caseView: (id) => caseView(ix, locate, id),
    figureLink: (f) => paths.figure(f.report, locate.anchor(f.report, f.id)),
    caseLink: (c) => paths.case(c.report, locate.anchor(c.report, c.id)),
    measureLink: (m) => paths.measure(m.report, locate.anchor(m.report, m.id)),
    ...rows,
    measuresOf: (reportId) => ix.byReport.get(reportId)?.measures ?? [],
    anchorAt: locate.anchorAt,
    anchor: locate.anchor,
    sentenceAt: locate.sentenceAt,
    segmentsOf: locate.segmentsOf,
    sentenceSegmentsAt: locate.sentenceSegmentsAt,
  };
}

// Every page of one build shares this instance, so the indexes are built once.
let shared: SiteData | undefined;

/** The site's data, loaded from extraction.json once per build. */
export function siteData(): SiteData {
  shared ??= createSiteData(loadExtraction());
  return shared;
}

export { ENTITY_TYPES };
