// The one typed view of the extraction that every page reads. Indexes are built once per build (createSiteData);
// each page asks for its view by id and pays only for what it shows, so thousands of entity pages stay linear.
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
} from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import { loadExtraction } from './loadExtraction.ts';
import { byStart, containing, firstAtOrAfter } from './spans.ts';
import type {
  BlockPart,
  CaseView,
  EntityView,
  EvidenceSentence,
  FigureRow,
  FigureView,
  Kwic,
  MeasureTreeNode,
  MeasureView,
  OutlineItem,
  PlaceLink,
  ReaderBlock,
  ReaderView,
  Segment,
  SiteData,
  TimelineEntry,
} from './views.ts';

export type * from './views.ts';

// ─── helpers ─────────────────────────────────────────────────────────────────

const KWIC_WIDTH = 30;
/** Above this many rows, corpus-wide lists (figures, cases, measures) are split into one page per report. */
export const BIG_LIST = 3000;
const MAX_RELATED = 40;
/** KWIC lines on one entity page; the rest are counted (and all are in the mentions CSV), so pages stay light. */
export const MAX_KWIC = 1000;
const MAX_EVIDENCE = 3;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

const compareNames = new Intl.Collator('zh-CN').compare;

interface Mark {
  start: number;
  end: number;
  entity?: Entity;
  figure?: Figure;
}

interface ReportIndex {
  report: ReportRecord;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  sections: Map<string, Section>;
  measures: Measure[];
  /** Non-overlapping mentions and figures, sorted by start. */
  marks: Mark[];
  dates: DateMention[];
  figures: Figure[];
  /** Every mention (overlaps kept), sorted, for counting entities in a span. */
  mentions: { start: number; end: number; entity: Entity }[];
}
// ─── build ───────────────────────────────────────────────────────────────────

export function createSiteData(extraction: Extraction): SiteData {
  const reports = [...extraction.reports];
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const entities = uniqueById(extraction.entities);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const measures = uniqueById(extraction.measures);
  const figures = uniqueById(extraction.figures);
  const cases = uniqueById(extraction.cases);
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const caseById = new Map(cases.map((c) => [c.id, c]));

  const mentionTotal = (e: Entity) => e.mentions.length;
  const byType = new Map<EntityType, Entity[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const e of entities) byType.get(e.type)?.push(e);
  for (const list of byType.values()) list.sort((a, b) => mentionTotal(b) - mentionTotal(a) || compareNames(a.name, b.name));
  const countsByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, byType.get(t)!.length])) as Record<EntityType, number>;

  // Per-report indexes (records grouped once: no per-report or per-page scan of the whole corpus).
  const measuresByReport = new Map<string, Measure[]>();
  for (const m of measures) pushTo(measuresByReport, m.report, m);
  const figuresByReport = new Map<string, Figure[]>();
  for (const f of figures) pushTo(figuresByReport, f.report, f);
  const figuresByMeasure = new Map<string, Figure[]>();
  for (const f of figures) if (f.measure) pushTo(figuresByMeasure, f.measure, f);
  const casesByMeasure = new Map<string, Case[]>();
  for (const c of cases) if (c.measure) pushTo(casesByMeasure, c.measure, c);
  const indexes = new Map<string, ReportIndex>();
  for (const report of reports) {
    indexes.set(report.id, {
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
    for (const m of e.mentions) indexes.get(m.report)?.mentions.push({ start: m.start, end: m.end, entity: e });
  }
  for (const idx of indexes.values()) {
    idx.mentions.sort(byStart);
    const candidates: Mark[] = [
      ...idx.mentions,
      ...idx.figures.map((f) => ({ start: f.start, end: f.end, figure: f })),
    ].sort(byStart);
    let end = -1;
    for (const c of candidates) {
      if (c.start >= end && c.end > c.start && c.end <= idx.report.text.length) {
        idx.marks.push(c);
        end = c.end;
      }
    }
  }

  const anchorAt = (report: string, offset: number): string | null => {
    const idx = indexes.get(report);
    if (!idx) return null;
    return containing(idx.sentences, offset)?.id ?? containing(idx.paragraphs, offset)?.id ?? null;
  };
  const sentenceAt = (report: string, offset: number): string => {
    const idx = indexes.get(report);
    if (!idx) return '';
    const text = idx.report.text;
    const unit = containing(idx.sentences, offset) ?? containing(idx.paragraphs, offset);
    if (unit) return text.slice(unit.start, unit.end).trim();
    // No structure: the line holding the offset.
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset);
    return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  };
  const section = (report: string, id: string | null) => (id == null ? undefined : indexes.get(report)?.sections.get(id));
  const measureAt = (report: string, offset: number) => containing(indexes.get(report)?.measures ?? [], offset);

  // Entity → figures, cases, measures (from the records and from relations, deduplicated).
  const figuresByEntity = new Map<string, Set<Figure>>();
  const casesByEntity = new Map<string, Set<Case>>();
  const addTo = <V>(map: Map<string, Set<V>>, key: string, v: V) => {
    const s = map.get(key);
    if (s) s.add(v);
    else map.set(key, new Set([v]));
  };
  for (const f of figures) for (const id of f.entities) addTo(figuresByEntity, id, f);
  for (const c of cases) for (const id of c.entities) addTo(casesByEntity, id, c);

  const cooc = new Map<string, Map<string, { weight: number; evidence: Evidence[] }>>();
  const addCooc = (a: string, b: string, weight: number, evidence: Evidence[]) => {
    let m = cooc.get(a);
    if (!m) cooc.set(a, (m = new Map()));
    const cur = m.get(b);
    if (cur) {
      cur.weight += weight;
      cur.evidence.push(...evidence);
    } else m.set(b, { weight, evidence: [...evidence] });
  };
  const parentIds = new Map<string, string[]>();
  const appearsIn = new Map<string, Set<string>>();
  for (const r of extraction.relations) {
    switch (r.type) {
      case 'co-occurs':
        if (entityById.has(r.source) && entityById.has(r.target) && r.source !== r.target) {
          addCooc(r.source, r.target, r.weight, r.evidence);
          addCooc(r.target, r.source, r.weight, r.evidence);
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
  // Places: names → place entities, for the gazetteer path.
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

  const entityList = (ids: Iterable<string>) =>
    [...new Set(ids)].map((id) => entityById.get(id)).filter((e): e is Entity => !!e);

  function kwic(report: string, start: number, end: number): Kwic {
    const idx = indexes.get(report);
    const text = idx?.report.text ?? '';
    const unit = idx ? containing(idx.sentences, start) ?? containing(idx.paragraphs, start) : undefined;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const nl = text.indexOf('\n', end);
    const lo = Math.max(unit?.start ?? lineStart, start - KWIC_WIDTH);
    const hi = Math.min(unit?.end ?? (nl < 0 ? text.length : nl), end + KWIC_WIDTH);
    return {
      report,
      start,
      end,
      left: (lo > (unit?.start ?? lineStart) ? '…' : '') + text.slice(lo, start).trimStart(),
      keyword: text.slice(start, end),
      right: text.slice(end, hi).trimEnd() + (hi < (unit?.end ?? hi) ? '…' : ''),
      anchor: unit?.id ?? null,
    };
  }

  function evidenceSentences(evidence: Evidence[]): EvidenceSentence[] {
    const out: EvidenceSentence[] = [];
    const seen = new Set<string>();
    for (const ev of evidence) {
      const key = `${ev.report}\u0000${anchorAt(ev.report, ev.start) ?? ev.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ report: ev.report, text: sentenceAt(ev.report, ev.start), anchor: anchorAt(ev.report, ev.start) });
      if (out.length >= MAX_EVIDENCE) break;
    }
    return out;
  }

  function segments(idx: ReportIndex, start: number, end: number): Segment[] {
    const text = idx.report.text;
    const out: Segment[] = [];
    let cursor = start;
    for (let i = firstAtOrAfter(idx.marks, start); i < idx.marks.length && idx.marks[i].start < end; i++) {
      const m = idx.marks[i];
      if (m.end > end) break;
      if (m.start > cursor) out.push({ kind: 'text', text: text.slice(cursor, m.start) });
      const t = text.slice(m.start, m.end);
      out.push(m.entity ? { kind: 'mention', text: t, entity: m.entity } : { kind: 'figure', text: t, figure: m.figure! });
      cursor = m.end;
    }
    if (cursor < end) out.push({ kind: 'text', text: text.slice(cursor, end) });
    return out;
  }

  function reader(reportId: string): ReaderView {
    const idx = indexes.get(reportId);
    if (!idx) throw new Error(`no report ${reportId}`);
    const { report } = idx;
    const text = report.text;
    const headings = [...report.sections].sort((a, b) => a.headingStart - b.headingStart);
    let h = 0;
    const blocks: ReaderBlock[] = [];
    /** Sections whose heading starts before `offset` and has not been placed yet. */
    const takeSections = (offset: number) => {
      const taken: Section[] = [];
      while (h < headings.length && headings[h].headingStart < offset) taken.push(headings[h++]);
      return taken;
    };
    const loose = (from: number, to: number) => {
      // Text outside any paragraph: one block per non-blank line.
      let lineStart = from;
      while (lineStart < to) {
        const nl = text.indexOf('\n', lineStart);
        const lineEnd = nl < 0 || nl > to ? to : nl;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim()) {
          const secs = takeSections(lineEnd);
          const own = secs.length === 1 && isHeadingLine(secs[0], lineStart, lineEnd);
          blocks.push({
            kind: own ? 'heading' : 'loose',
            id: null,
            section: own ? secs[0] : null,
            sectionAnchors: own ? [] : secs.map((s) => s.id),
            parts: [{ kind: 'text', segments: segments(idx, lineStart, lineEnd) }],
          });
        }
        lineStart = lineEnd + 1;
      }
    };
    /** The block is the heading line itself: its number (一、) and heading text, nothing more. */
    const isHeadingLine = (s: Section, from: number, to: number) => {
      const line = text.slice(from, to).trim();
      const lineStart = from + text.slice(from, to).indexOf(line);
      const lineEnd = lineStart + line.length;
      return lineStart <= s.headingStart && lineEnd >= s.headingEnd && line.length - (s.headingEnd - s.headingStart) <= s.number.length + 2;
    };
    const sentencesByParagraph = new Map<string, Sentence[]>();
    for (const s of idx.sentences) pushTo(sentencesByParagraph, s.paragraph, s);
    let cursor = 0;
    for (const p of idx.paragraphs) {
      if (p.end <= cursor) continue;
      const pStart = Math.max(p.start, cursor);
      if (pStart > cursor) loose(cursor, pStart);
      const parts: BlockPart[] = [];
      let c = pStart;
      for (const s of sentencesByParagraph.get(p.id) ?? []) {
        if (s.start < c || s.end > p.end) continue;
        if (s.start > c) parts.push({ kind: 'text', segments: segments(idx, c, s.start) });
        // A blank "sentence" (stray whitespace) gets no anchor nor citation link.
        if (text.slice(s.start, s.end).trim()) parts.push({ kind: 'sentence', id: s.id, segments: segments(idx, s.start, s.end) });
        else parts.push({ kind: 'text', segments: segments(idx, s.start, s.end) });
        c = s.end;
      }
      if (c < p.end) parts.push({ kind: 'text', segments: segments(idx, c, p.end) });
      const secs = takeSections(p.end);
      const own = secs.length === 1 && isHeadingLine(secs[0], pStart, p.end);
      blocks.push({
        kind: own ? 'heading' : 'paragraph',
        id: p.id,
        section: own ? secs[0] : null,
        sectionAnchors: own ? [] : secs.map((s) => s.id),
        parts,
      });
      cursor = p.end;
    }
    if (cursor < text.length) loose(cursor, text.length);
    const rest = takeSections(Infinity);
    if (rest.length && blocks.length) blocks[blocks.length - 1].sectionAnchors.push(...rest.map((s) => s.id));
    return { report, outline: outline(report.sections), blocks };
  }

  function outline(sections: Section[]): OutlineItem[] {
    const ids = new Set(sections.map((s) => s.id));
    const kids = new Map<string | null, Section[]>();
    for (const s of [...sections].sort((a, b) => a.headingStart - b.headingStart)) {
      pushTo(kids, s.parent && ids.has(s.parent) ? s.parent : null, s);
    }
    const grow = (parent: string | null, depth: number): OutlineItem[] =>
      depth > 8 ? [] : (kids.get(parent) ?? []).map((section) => ({ section, children: grow(section.id, depth + 1) }));
    return grow(null, 0);
  }

  function measureTree(reportId: string) {
    const idx = indexes.get(reportId);
    if (!idx) throw new Error(`no report ${reportId}`);
    const bySection = new Map<string | null, Measure[]>();
    for (const m of idx.measures) pushTo(bySection, m.section && idx.sections.has(m.section) ? m.section : null, m);
    const toNode = (item: OutlineItem): MeasureTreeNode => ({
      section: item.section,
      measures: bySection.get(item.section.id) ?? [],
      children: item.children.map(toNode),
    });
    return { roots: outline(idx.report.sections).map(toNode), loose: bySection.get(null) ?? [] };
  }

  const entityViews = new Map<string, EntityView>();
  function entityView(id: string): EntityView {
    const cached = entityViews.get(id);
    if (cached) return cached;
    const entity = entityById.get(id);
    if (!entity) throw new Error(`no entity ${id}`);
    const grouped = new Map<string, Kwic[]>();
    const totals = new Map<string, number>();
    const measureCounts = new Map<string, number>();
    let listed = 0;
    for (const m of [...entity.mentions].sort((a, b) => a.report.localeCompare(b.report) || a.start - b.start)) {
      totals.set(m.report, (totals.get(m.report) ?? 0) + 1);
      if (listed < MAX_KWIC) {
        pushTo(grouped, m.report, kwic(m.report, m.start, m.end));
        listed++;
      }
      const measure = measureAt(m.report, m.start);
      if (measure) measureCounts.set(measure.id, (measureCounts.get(measure.id) ?? 0) + 1);
    }
    for (const mid of appearsIn.get(id) ?? []) if (!measureCounts.has(mid)) measureCounts.set(mid, 0);
    // Reports in time order where dates allow (undated last), so a place's page reads as a timeline.
    const byReport = reports
      .filter((r) => totals.has(r.id))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
      .map((report) => ({ report, mentions: grouped.get(report.id) ?? [], total: totals.get(report.id)! }));
    const related = [...(cooc.get(id) ?? new Map()).entries()]
      .map(([other, v]) => ({ entity: entityById.get(other)!, weight: v.weight, evidence: v.evidence }))
      .filter((r) => r.entity)
      .sort((a, b) => b.weight - a.weight || compareNames(a.entity.name, b.entity.name))
      .slice(0, MAX_RELATED)
      .map((r) => ({ ...r, evidence: evidenceSentences(r.evidence) }));
    const timeline: TimelineEntry[] = [];
    const seenUnits = new Set<string>();
    for (const m of entity.mentions) {
      const idx = indexes.get(m.report);
      const unit = idx && (containing(idx.sentences, m.start) ?? containing(idx.paragraphs, m.start));
      if (!idx || !unit || seenUnits.has(`${m.report}\u0000${unit.id}`)) continue;
      seenUnits.add(`${m.report}\u0000${unit.id}`);
      for (let i = firstAtOrAfter(idx.dates, unit.start); i < idx.dates.length && idx.dates[i].start < unit.end; i++) {
        const d = idx.dates[i];
        timeline.push({ value: d.value, text: d.text, report: m.report, sentence: sentenceAt(m.report, d.start), anchor: unit.id });
      }
    }
    timeline.sort((a, b) => a.value.localeCompare(b.value) || a.report.localeCompare(b.report));
    const parents: PlaceLink[] = [];
    if (entity.type === 'place') {
      const seen = new Set<string>();
      for (const name of entity.place?.path ?? []) {
        const e = placeByName.get(name) ?? null;
        if (e?.id === id) continue;
        parents.push({ name, entity: e });
        if (e) seen.add(e.id);
      }
      for (const pid of parentIds.get(id) ?? []) {
        if (!seen.has(pid)) {
          seen.add(pid);
          parents.push({ name: entityById.get(pid)!.name, entity: entityById.get(pid)! });
        }
      }
    }
    const view: EntityView = {
      entity,
      timeline,
      mentionCount: entity.mentions.length,
      byReport,
      omitted: entity.mentions.length - listed,
      figures: [...(figuresByEntity.get(id) ?? [])].sort((a, b) => a.report.localeCompare(b.report) || a.start - b.start),
      measures: [...measureCounts.entries()]
        .map(([mid, count]) => ({ measure: measureById.get(mid)!, count }))
        .sort((a, b) => a.measure.report.localeCompare(b.measure.report) || a.measure.start - b.measure.start),
      related,
      parents,
      children: entityList(childIds.get(id) ?? []).sort(
        (a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name),
      ),
      cases: [...(casesByEntity.get(id) ?? [])].sort((a, b) => a.report.localeCompare(b.report) || a.start - b.start),
    };
    entityViews.set(id, view);
    return view;
  }

  function sectionChain(report: string, id: string | null): Section[] {
    const chain: Section[] = [];
    let s = section(report, id);
    while (s && chain.length < 8) {
      chain.unshift(s);
      s = section(report, s.parent);
    }
    return chain;
  }

  function measureView(id: string): MeasureView {
    const measure = measureById.get(id);
    if (!measure) throw new Error(`no measure ${id}`);
    const idx = indexes.get(measure.report)!;
    const counts = new Map<string, { entity: Entity; count: number }>();
    for (let i = firstAtOrAfter(idx.mentions, measure.start); i < idx.mentions.length; i++) {
      const m = idx.mentions[i];
      if (m.start >= measure.end) break;
      const cur = counts.get(m.entity.id);
      if (cur) cur.count++;
      else counts.set(m.entity.id, { entity: m.entity, count: 1 });
    }
    return {
      measure,
      report: idx.report,
      sections: sectionChain(measure.report, measure.section),
      text: idx.report.text.slice(measure.start, measure.end),
      anchor: anchorAt(measure.report, measure.start),
      figures: measureFigures(idx, measure),
      entities: [...counts.values()].sort((a, b) => b.count - a.count || compareNames(a.entity.name, b.entity.name)),
      cases: casesByMeasure.get(id) ?? [],
    };
  }

  /** Figures linked to a measure or standing inside its span. */
  function measureFigures(idx: ReportIndex, measure: Measure): Figure[] {
    const found = new Set(figuresByMeasure.get(measure.id) ?? []);
    for (let i = firstAtOrAfter(idx.figures, measure.start); i < idx.figures.length && idx.figures[i].start < measure.end; i++) {
      if (idx.figures[i].end <= measure.end) found.add(idx.figures[i]);
    }
    return [...found].sort(byStart);
  }

  function figureView(id: string): FigureView {
    const figure = figureById.get(id);
    if (!figure) throw new Error(`no figure ${id}`);
    return {
      figure,
      report: reportById.get(figure.report)!,
      section: section(figure.report, figure.section) ?? null,
      measure: (figure.measure && measureById.get(figure.measure)) || null,
      sentence: sentenceAt(figure.report, figure.start),
      anchor: anchorAt(figure.report, figure.start),
      entities: entityList(figure.entities),
    };
  }

  function caseView(id: string): CaseView {
    const item = caseById.get(id);
    if (!item) throw new Error(`no case ${id}`);
    return {
      item,
      report: reportById.get(item.report)!,
      section: section(item.report, item.section) ?? null,
      measure: (item.measure && measureById.get(item.measure)) || null,
      sentence: sentenceAt(item.report, item.start),
      anchor: anchorAt(item.report, item.start),
      entities: entityList(item.entities),
      figures: item.figures.map((f) => figureById.get(f)).filter((f): f is Figure => !!f),
    };
  }

  let rowsCache: FigureRow[] | undefined;
  function figureRows(): FigureRow[] {
    return (rowsCache ??= figures.map((figure) => ({
      figure,
      reportTitle: reportById.get(figure.report)?.title ?? figure.report,
      sectionHeading: section(figure.report, figure.section)?.heading ?? '',
      anchor: anchorAt(figure.report, figure.start),
      entities: entityList(figure.entities),
    })));
  }

  const unitAt = (report: string, offset: number) => {
    const idx = indexes.get(report);
    if (!idx) return undefined;
    const unit = containing(idx.sentences, offset) ?? containing(idx.paragraphs, offset);
    if (unit) return unit;
    const text = idx.report.text;
    const lineEnd = text.indexOf('\n', offset);
    return { start: text.lastIndexOf('\n', offset - 1) + 1, end: lineEnd < 0 ? text.length : lineEnd };
  };
  const segmentsOf = (report: string, start: number, end: number): Segment[] => {
    const idx = indexes.get(report);
    return idx ? segments(idx, start, end) : [];
  };
  const sentenceSegmentsAt = (report: string, offset: number): Segment[] => {
    const unit = unitAt(report, offset);
    return unit ? segmentsOf(report, unit.start, unit.end) : [];
  };

  let rowsByReport: Map<string, FigureRow[]> | undefined;
  const figureRowsOf = (reportId: string) => {
    if (!rowsByReport) {
      rowsByReport = new Map();
      for (const row of figureRows()) pushTo(rowsByReport, row.figure.report, row);
    }
    return rowsByReport.get(reportId) ?? [];
  };
  const casesByReport = new Map<string, Case[]>();
  for (const c of cases) pushTo(casesByReport, c.report, c);

  return {
    extraction,
    reports,
    figureRowsOf,
    casesOf: (reportId) => casesByReport.get(reportId) ?? [],
    measuresOf: (reportId) => indexes.get(reportId)?.measures ?? [],
    segmentsOf,
    sentenceSegmentsAt,
    report: (id) => reportById.get(id),
    entities,
    entity: (id) => entityById.get(id),
    entitiesOfType: (type) => byType.get(type) ?? [],
    countsByType,
    measures,
    figures,
    cases,
    measure: (id) => measureById.get(id),
    figure: (id) => figureById.get(id),
    caseById: (id) => caseById.get(id),
    section,
    reader,
    measureTree,
    entityView,
    measureView,
    figureView,
    caseView,
    figureRows,
    anchorAt,
    sentenceAt,
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
