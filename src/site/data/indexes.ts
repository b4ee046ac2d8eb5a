// The extraction grouped once per build (by id, type, report, measure, entity), so that every page's view is a lookup,
// not a scan of the corpus. Nothing here is derived beyond grouping: the records and relations are extraction's.
import type {
  Case,
  DateMention,
  Entity,
  EntityType,
  Evidence,
  Extraction,
  Figure,
  Measure,
  Paragraph,
  ReportRecord,
  Section,
  Sentence,
} from '../../types.ts';
import { ENTITY_TYPES } from '../../types.ts';
import { byStart } from '../spans.ts';
import { pushAll } from '../../util/arrays.ts';
import { distinctTitles } from '../reportTitles.ts';

export interface Mark {
  start: number;
  end: number;
  entity?: Entity;
  figure?: Figure;
}

/** One report's records, each list sorted by start. */
export interface ReportIndex {
  report: ReportRecord;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  sections: Map<string, Section>;
  measures: Measure[];
  /** Non-overlapping mentions and figures: what the reader links and marks. */
  marks: Mark[];
  dates: DateMention[];
  figures: Figure[];
  /** Every mention (overlaps kept), for counting entities in a span. */
  mentions: { start: number; end: number; entity: Entity }[];
}

export interface Cooccurrence {
  weight: number;
  evidence: Evidence[];
}

export interface SiteIndexes {
  extraction: Extraction;
  reports: ReportRecord[];
  reportById: Map<string, ReportRecord>;
  /** Unique entities, measures, figures and cases (first of a duplicated id kept). */
  entities: Entity[];
  measures: Measure[];
  figures: Figure[];
  cases: Case[];
  entityById: Map<string, Entity>;
  measureById: Map<string, Measure>;
  figureById: Map<string, Figure>;
  caseById: Map<string, Case>;
  /** Entities of each type, most-mentioned first, then by name. */
  byType: Map<EntityType, Entity[]>;
  byReport: Map<string, ReportIndex>;
  figuresByMeasure: Map<string, Figure[]>;
  casesByMeasure: Map<string, Case[]>;
  casesByReport: Map<string, Case[]>;
  /** From the records' own lists and from figure-about / case-about relations. */
  figuresByEntity: Map<string, Set<Figure>>;
  casesByEntity: Map<string, Set<Case>>;
  /** co-occurs relations, both directions. */
  cooccurrence: Map<string, Map<string, Cooccurrence>>;
  /** appears-in relations: entity → measures. */
  appearsIn: Map<string, Set<string>>;
  /** Place → enclosing places (located-in relations and the gazetteer path); and the reverse. */
  parentIds: Map<string, string[]>;
  childIds: Map<string, Set<string>>;
  /** Place names and aliases → place entity, for the gazetteer path. */
  placeByName: Map<string, Entity>;
}

export const compareNames = new Intl.Collator('zh-CN').compare;

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<V>(map: Map<string, Set<V>>, key: string, v: V): void {
  const s = map.get(key);
  if (s) s.add(v);
  else map.set(key, new Set([v]));
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

export function buildIndexes(extraction: Extraction): SiteIndexes {
  // Pages show a report by a title no other report shares (政府工作报告（2018）).
  const titles = distinctTitles(extraction.reports);
  const reports = extraction.reports.map((r) => (titles.get(r.id) === r.title ? r : { ...r, title: titles.get(r.id)! }));
  const entities = uniqueById(extraction.entities);
  const measures = uniqueById(extraction.measures);
  const figures = uniqueById(extraction.figures);
  const cases = uniqueById(extraction.cases);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const caseById = new Map(cases.map((c) => [c.id, c]));

  const byType = new Map<EntityType, Entity[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const e of entities) byType.get(e.type)?.push(e);
  for (const list of byType.values()) list.sort((a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name));

  const measuresByReport = new Map<string, Measure[]>();
  for (const m of measures) pushTo(measuresByReport, m.report, m);
  const figuresByReport = new Map<string, Figure[]>();
  for (const f of figures) pushTo(figuresByReport, f.report, f);
  const figuresByMeasure = new Map<string, Figure[]>();
  for (const f of figures) if (f.measure) pushTo(figuresByMeasure, f.measure, f);
  const casesByMeasure = new Map<string, Case[]>();
  for (const c of cases) if (c.measure) pushTo(casesByMeasure, c.measure, c);
  const casesByReport = new Map<string, Case[]>();
  for (const c of cases) pushTo(casesByReport, c.report, c);

  const byReport = new Map<string, ReportIndex>();
  for (const report of reports) {
    byReport.set(report.id, {
      report,
      sentences: [...report.sentences].sort(byStart),
      paragraphs: [...report.paragraphs].sort(byStart),
      sections: new Map(report.sections.map((s) => [s.id, s])),
      measures: [...(measuresByReport.get(report.id) ?? [])].sort(byStart),
      figures: [...(figuresByReport.get(report.id) ?? [])].sort(byStart),
      dates: [...report.dates].sort(byStart),
      marks: [],
      mentions: [],
    });
  }
  for (const e of entities) {
    for (const m of e.mentions) byReport.get(m.report)?.mentions.push({ start: m.start, end: m.end, entity: e });
  }
  for (const idx of byReport.values()) {
    idx.mentions.sort(byStart);
    idx.marks = nonOverlapping(idx);
  }

  const figuresByEntity = new Map<string, Set<Figure>>();
  const casesByEntity = new Map<string, Set<Case>>();
  for (const f of figures) for (const id of f.entities) addTo(figuresByEntity, id, f);
  for (const c of cases) for (const id of c.entities) addTo(casesByEntity, id, c);

  const cooccurrence = new Map<string, Map<string, Cooccurrence>>();
  const addCooccurrence = (a: string, b: string, weight: number, evidence: Evidence[]) => {
    let m = cooccurrence.get(a);
    if (!m) cooccurrence.set(a, (m = new Map()));
    const cur = m.get(b);
    if (cur) {
      cur.weight += weight;
      pushAll(cur.evidence, evidence);
    } else m.set(b, { weight, evidence: [...evidence] });
  };
  const parentIds = new Map<string, string[]>();
  const appearsIn = new Map<string, Set<string>>();
  for (const r of extraction.relations) {
    switch (r.type) {
      case 'co-occurs':
        if (entityById.has(r.source) && entityById.has(r.target) && r.source !== r.target) {
          addCooccurrence(r.source, r.target, r.weight, r.evidence);
          addCooccurrence(r.target, r.source, r.weight, r.evidence);
        }
        break;
      case 'figure-about': {
        const f = figureById.get(r.source);
        if (f && entityById.has(r.target)) addTo(figuresByEntity, r.target, f);
        break;
      }
      case 'case-about': {
        const c = caseById.get(r.source);
        if (c && entityById.has(r.target)) addTo(casesByEntity, r.target, c);
        break;
      }
      case 'appears-in':
        if (measureById.has(r.target)) addTo(appearsIn, r.source, r.target);
        break;
      case 'located-in':
        if (entityById.has(r.source) && entityById.has(r.target)) pushTo(parentIds, r.source, r.target);
        break;
      default:
        break;
    }
  }

  const placeByName = new Map<string, Entity>();
  for (const e of byType.get('place')!) {
    for (const n of [e.name, ...e.aliases]) if (!placeByName.has(n)) placeByName.set(n, e);
  }
  for (const e of byType.get('place')!) {
    const path = e.place?.path ?? [];
    const parent = path.length ? placeByName.get(path[path.length - 1]) : undefined;
    if (parent && parent.id !== e.id) pushTo(parentIds, e.id, parent.id);
  }
  const childIds = new Map<string, Set<string>>();
  for (const [child, parents] of parentIds) for (const p of parents) addTo(childIds, p, child);

  return {
    extraction,
    reports,
    reportById: new Map(reports.map((r) => [r.id, r])),
    entities,
    measures,
    figures,
    cases,
    entityById,
    measureById,
    figureById,
    caseById,
    byType,
    byReport,
    figuresByMeasure,
    casesByMeasure,
    casesByReport,
    figuresByEntity,
    casesByEntity,
    cooccurrence,
    appearsIn,
    parentIds,
    childIds,
    placeByName,
  };
}

/** Mentions and figures the reader can mark without nesting: the first of overlapping spans wins. */
function nonOverlapping(idx: ReportIndex): Mark[] {
  const candidates: Mark[] = [...idx.mentions, ...idx.figures.map((f) => ({ start: f.start, end: f.end, figure: f }))].sort(byStart);
  const marks: Mark[] = [];
  let end = -1;
  for (const c of candidates) {
    if (c.start >= end && c.end > c.start && c.end <= idx.report.text.length) {
      marks.push(c);
      end = c.end;
    }
  }
  return marks;
}
