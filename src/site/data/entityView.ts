// An entity's page: its mentions in context by report, timeline, figures, measures, related entities with the
// sentences they share, enclosing and contained places, cases. Built once per entity and kept.
import type { Evidence } from '../../types.ts';
import { firstAtOrAfter } from '../spans.ts';
import type { EntityView, EvidenceSentence, Kwic, PlaceLink, TimelineEntry } from '../views.ts';
import { compareNames, pushTo, type SiteIndexes } from './indexes.ts';
import { lineAt, unitOf, type Locate } from './locate.ts';

const KWIC_WIDTH = 30;
const MAX_RELATED = 40;
/** KWIC lines on one entity page; the rest are counted (and all are in the mentions CSV), so pages stay light. */
export const MAX_KWIC = 1000;
const MAX_EVIDENCE = 3;

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

  function timeline(id: string): TimelineEntry[] {
    const entity = ix.entityById.get(id)!;
    const entries: TimelineEntry[] = [];
    const seenUnits = new Set<string>();
    for (const m of entity.mentions) {
      const idx = ix.byReport.get(m.report);
      const unit = idx && unitOf(idx, m.start);
      if (!idx || !unit || seenUnits.has(`${m.report}\u0000${unit.id}`)) continue;
      seenUnits.add(`${m.report}\u0000${unit.id}`);
      for (let i = firstAtOrAfter(idx.dates, unit.start); i < idx.dates.length && idx.dates[i].start < unit.end; i++) {
        const d = idx.dates[i];
        entries.push({
          value: d.value,
          text: d.text,
          report: m.report,
          sentence: locate.sentenceAt(m.report, d.start),
          anchor: locate.anchor(m.report, unit.id),
        });
      }
    }
    return entries.sort((a, b) => a.value.localeCompare(b.value) || a.report.localeCompare(b.report));
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
      const measure = locate.measureAt(m.report, m.start);
      if (measure) measureCounts.set(measure.id, (measureCounts.get(measure.id) ?? 0) + 1);
    }
    for (const mid of ix.appearsIn.get(id) ?? []) if (!measureCounts.has(mid)) measureCounts.set(mid, 0);
    // Reports in time order where dates allow (undated last), so a place's page reads as a timeline.
    const byReport = ix.reports
      .filter((r) => totals.has(r.id))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
      .map((report) => ({ report, mentions: grouped.get(report.id) ?? [], total: totals.get(report.id)! }));
    const related = [...(ix.cooccurrence.get(id) ?? new Map()).entries()]
      .map(([other, v]) => ({ entity: ix.entityById.get(other)!, weight: v.weight, evidence: v.evidence }))
      .filter((r) => r.entity)
      .sort((a, b) => b.weight - a.weight || compareNames(a.entity.name, b.entity.name))
      .slice(0, MAX_RELATED)
      .map((r) => ({ ...r, evidence: evidenceSentences(r.evidence) }));
    const byReportThenStart = <T extends { report: string; start: number }>(a: T, b: T) =>
      a.report.localeCompare(b.report) || a.start - b.start;
    return {
      entity,
      timeline: timeline(id),
      mentionCount: entity.mentions.length,
      byReport,
      omitted: entity.mentions.length - listed,
      figures: [...(ix.figuresByEntity.get(id) ?? [])].sort(byReportThenStart),
      measures: [...measureCounts.entries()]
        .map(([mid, count]) => ({ measure: ix.measureById.get(mid)!, count }))
        .sort((a, b) => byReportThenStart(a.measure, b.measure)),
      related,
      parents: parents(id),
      children: locate
        .entityList(ix.childIds.get(id) ?? [])
        .sort((a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name)),
      cases: [...(ix.casesByEntity.get(id) ?? [])].sort(byReportThenStart),
    };
  }

  return (id) => {
    let view = views.get(id);
    if (!view) views.set(id, (view = build(id)));
    return view;
  };
}
