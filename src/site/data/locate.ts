// Where an offset of a report falls: its sentence (else paragraph, else line), section and measure, and a span of the
// report as reader segments. The one home of "sentence, else paragraph, else line" for every view.
import type { Entity, Section } from '../../types.ts';
import { byStart, containing, firstAtOrAfter } from '../spans.ts';
import type { Segment } from '../views.ts';
import { anchorId } from '../paths.ts';
import { reportAnchors } from './anchors.ts';
import { lineAt, unitOf } from './units.ts';

export { lineAt, unitOf };
import type { ReportIndex, SiteIndexes } from './indexes.ts';

export function createLocate(ix: SiteIndexes) {
  const anchorMaps = new Map<string, Map<string, string>>();
  /** Content anchors of one report, made on first use. */
  const anchorsOf = (report: string): Map<string, string> => {
    let map = anchorMaps.get(report);
    const idx = ix.byReport.get(report);
    if (!map) {
      const cases = [...(ix.casesByReport.get(report) ?? [])].sort(byStart);
      anchorMaps.set(report, (map = idx ? reportAnchors({ ...idx, cases }) : new Map()));
    }
    return map;
  };
  const anchor = (report: string, id: string): string => anchorsOf(report).get(id) ?? anchorId(id);
  const anchorAt = (report: string, offset: number): string | null => {
    const idx = ix.byReport.get(report);
    const unit = idx && unitOf(idx, offset);
    return unit ? anchor(report, unit.id) : null;
  };
  /** The sentence, paragraph or line holding an offset, as a span. */
  const unitAt = (report: string, offset: number): { start: number; end: number } | undefined => {
    const idx = ix.byReport.get(report);
    if (!idx) return undefined;
    return unitOf(idx, offset) ?? lineAt(idx.report.text, offset);
  };
  const sentenceAt = (report: string, offset: number): string => {
    const unit = unitAt(report, offset);
    return unit ? ix.byReport.get(report)!.report.text.slice(unit.start, unit.end).trim() : '';
  };
  const section = (report: string, id: string | null): Section | undefined =>
    id == null ? undefined : ix.byReport.get(report)?.sections.get(id);
  const measureAt = (report: string, offset: number) => containing(ix.byReport.get(report)?.measures ?? [], offset);
  const entityList = (ids: Iterable<string>): Entity[] =>
    [...new Set(ids)].map((id) => ix.entityById.get(id)).filter((e): e is Entity => !!e);
  const segmentsOf = (report: string, start: number, end: number): Segment[] => {
    const idx = ix.byReport.get(report);
    return idx ? segments(idx, start, end) : [];
  };
  const sentenceSegmentsAt = (report: string, offset: number): Segment[] => {
    const unit = unitAt(report, offset);
    return unit ? segmentsOf(report, unit.start, unit.end) : [];
  };
  return { anchorsOf, anchor, anchorAt, unitAt, sentenceAt, section, measureAt, entityList, segmentsOf, sentenceSegmentsAt };
}

export type Locate = ReturnType<typeof createLocate>;

/** A span of a report as text, linked mentions and marked figures (marks that cross the span's end are left as text). */
export function segments(idx: ReportIndex, start: number, end: number): Segment[] {
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
