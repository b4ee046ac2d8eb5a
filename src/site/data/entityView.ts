// An entity's page: its mentions in context by report, timeline, figures, measures, related entities with the
// sentences they share, enclosing and contained places, cases. Built once per entity and kept.
import type { Evidence } from '../../types.ts';
import { firstAtOrAfter } from '../spans.ts';
import type { EntityView, EvidenceSentence, Kwic, PlaceLink, TimelineEntry } from '../views.ts';
import { compareNames, pushTo, type SiteIndexes } from './indexes.ts';
import { lineAt, unitOf, type Locate } from './locate.ts';

const KWIC_WIDTH = 30;
const MAX_EVIDENCE = 3;

/**
 * What one entity page holds at most. An entity named in every report of a corpus of 1,000 had a page of 2–3.5 MB
 * (dates with their sentences, mentions in context, statements, figures, measures); past these bounds the page says
 * how many more there are and links to where all of them are (the report's reader, the downloads' CSV files).
 */
export const ENTITY_PAGE_LIMITS = {
  /** Mentions in context in all, shared out among its reports in time order (at least `kwicPerReport` each). */
  kwic: 200,
  kwicPerReport: 3,
  /** Dates beside its mentions, in time order (at least `timelinePerReport` per report). */
  timeline: 100,
  timelinePerReport: 2,
  related: 40,
  figures: 100,
  measures: 100,
  cases: 100,
  /** Reports listed among its facts (all are in the mentions CSV). */
  reports: 50,
} as const;
const LIMIT = ENTITY_PAGE_LIMITS;

/** Per report: as many as the total shared out among `reports`, and at least `least`. */
const perReport = (total: number, least: number, reports: number) => Math.max(least, Math.floor(total / Math.max(1, reports)));

export function createEntityViews(ix: SiteIndexes, locate: Locate): (id: string) => EntityView {
  const views = new Map<string, EntityView>();

  /** A mention with up to KWIC_WIDTH characters either side, cut at its sentence (else paragraph, else line). */
  function kwic(report: string, start: number, end: number): Kwic {
    const idx = ix.byReport.get(report);
    const text = idx?.report.text ?? '';
    const unit = idx ? unitOf(idx, start) : undefined;
    const line = lineAt(text, start);
    const nl = text.indexOf('\n', end);
    const lo = Math.max(unit?.start ?? line.start, start - KWIC_WIDTH);
    const hi = Math.min(unit?.end ?? (nl < 0 ? text.length : nl), end + KWIC_WIDTH);
    return {
      report,
      start,
      end,
      left: (lo > (unit?.start ?? line.start) ? '…' : '') + text.slice(lo, start).trimStart(),
      keyword: text.slice(start, end),
      right: text.slice(end, hi).trimEnd() + (hi < (unit?.end ?? hi) ? '…' : ''),
      anchor: unit ? locate.anchor(report, unit.id) : null,
      sentence: locate.sentenceAt(report, start),
    };
  }

  /** The first few distinct sentences of a relation's evidence. */
  function evidenceSentences(evidence: Evidence[]): EvidenceSentence[] {
    const out: EvidenceSentence[] = [];
    const seen = new Set<string>();
    for (const ev of evidence) {
      const anchor = locate.anchorAt(ev.report, ev.start);
      const key = `${ev.report}\u0000${anchor ?? ev.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ report: ev.report, text: locate.sentenceAt(ev.report, ev.start), anchor });
      if (out.length >= MAX_EVIDENCE) break;
    }
    return out;
  }

  /** The dates beside its mentions in time order, at most LIMIT.timeline (and a report's share each); and how many in all. */
  function timeline(id: string, reports: number): { entries: TimelineEntry[]; total: number } {
    const entity = ix.entityById.get(id)!;
    const found: { value: string; text: string; report: string; start: number; unit: string }[] = [];
    const seenUnits = new Set<string>();
    for (const m of entity.mentions) {
      const idx = ix.byReport.get(m.report);
      const unit = idx && unitOf(idx, m.start);
      if (!idx || !unit || seenUnits.has(`${m.report}\u0000${unit.id}`)) continue;
      seenUnits.add(`${m.report}\u0000${unit.id}`);
      for (let i = firstAtOrAfter(idx.dates, unit.start); i < idx.dates.length && idx.dates[i].start < unit.end; i++) {
        const d = idx.dates[i];
        found.push({ value: d.value, text: d.text, report: m.report, start: d.start, unit: unit.id });
      }
    }
    found.sort((a, b) => a.value.localeCompare(b.value) || a.report.localeCompare(b.report));
    const share = perReport(LIMIT.timeline, LIMIT.timelinePerReport, reports);
    const taken = new Map<string, number>();
    const entries: TimelineEntry[] = [];
    for (const d of found) {
      if (entries.length >= LIMIT.timeline) break;
      if ((taken.get(d.report) ?? 0) >= share) continue;
      taken.set(d.report, (taken.get(d.report) ?? 0) + 1);
      // The sentence is looked up only for the dates shown: a hub's dates number thousands.
      entries.push({
        value: d.value,
        text: d.text,
        report: d.report,
        sentence: locate.sentenceAt(d.report, d.start),
        anchor: locate.anchor(d.report, d.unit),
      });
    }
    return { entries, total: found.length };
  }

  /** Enclosing places, outermost first: the gazetteer path, then located-in relations it does not already name. */
  function parents(id: string): PlaceLink[] {
    const entity = ix.entityById.get(id)!;
    const out: PlaceLink[] = [];
    if (entity.type !== 'place') return out;
    const seen = new Set<string>();
    for (const name of entity.place?.path ?? []) {
      const e = ix.placeByName.get(name) ?? null;
      if (e?.id === id) continue;
      out.push({ name, entity: e });
      if (e) seen.add(e.id);
    }
    for (const pid of ix.parentIds.get(id) ?? []) {
      if (!seen.has(pid)) {
        seen.add(pid);
        out.push({ name: ix.entityById.get(pid)!.name, entity: ix.entityById.get(pid)! });
      }
    }
    return out;
  }

  function build(id: string): EntityView {
    const entity = ix.entityById.get(id);
    if (!entity) throw new Error(`no entity ${id}`);
    const inReport = new Map<string, { start: number; end: number }[]>();
    const measureCounts = new Map<string, number>();
    for (const m of [...entity.mentions].sort((a, b) => a.report.localeCompare(b.report) || a.start - b.start)) {
      pushTo(inReport, m.report, m);
      const measure = locate.measureAt(m.report, m.start);
      if (measure) measureCounts.set(measure.id, (measureCounts.get(measure.id) ?? 0) + 1);
    }
    for (const mid of ix.appearsIn.get(id) ?? []) if (!measureCounts.has(mid)) measureCounts.set(mid, 0);
    // Reports in time order where dates allow (undated last), so a place's page reads as a timeline; mentions in
    // context for the first of them, a report's share each, up to the page's bound.
    const share = perReport(LIMIT.kwic, LIMIT.kwicPerReport, inReport.size);
    let listed = 0;
    const byReport = ix.reports
      .filter((r) => inReport.has(r.id))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
      .map((report) => {
        const mentions = inReport.get(report.id)!;
        const shown = mentions.slice(0, Math.max(0, Math.min(share, LIMIT.kwic - listed)));
        listed += shown.length;
        return { report, mentions: shown.map((m) => kwic(report.id, m.start, m.end)), total: mentions.length };
      });
    const cooccurring = [...(ix.cooccurrence.get(id) ?? new Map()).entries()]
      .map(([other, v]) => ({ entity: ix.entityById.get(other)!, weight: v.weight, evidence: v.evidence }))
      .filter((r) => r.entity);
    const related = cooccurring
      .sort((a, b) => b.weight - a.weight || compareNames(a.entity.name, b.entity.name))
      .slice(0, LIMIT.related)
      .map((r) => ({ ...r, evidence: evidenceSentences(r.evidence) }));
    const byReportThenStart = <T extends { report: string; start: number }>(a: T, b: T) =>
      a.report.localeCompare(b.report) || a.start - b.start;
    const figures = [...(ix.figuresByEntity.get(id) ?? [])];
    const cases = [...(ix.casesByEntity.get(id) ?? [])];
    const dates = timeline(id, inReport.size);
    return {
      entity,
      timeline: dates.entries,
      timelineCount: dates.total,
      mentionCount: entity.mentions.length,
      byReport,
      omitted: entity.mentions.length - listed,
      figures: figures.sort(byReportThenStart).slice(0, LIMIT.figures),
      figureCount: figures.length,
      measures: [...measureCounts.entries()]
        .map(([mid, count]) => ({ measure: ix.measureById.get(mid)!, count }))
        .sort((a, b) => byReportThenStart(a.measure, b.measure))
        .slice(0, LIMIT.measures),
      measureCount: measureCounts.size,
      related,
      relatedCount: cooccurring.length,
      parents: parents(id),
      children: locate
        .entityList(ix.childIds.get(id) ?? [])
        .sort((a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name)),
      cases: cases.sort(byReportThenStart).slice(0, LIMIT.cases),
      caseCount: cases.length,
    };
  }

  return (id) => {
    let view = views.get(id);
    if (!view) views.set(id, (view = build(id)));
    return view;
  };
}
