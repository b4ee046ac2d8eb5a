// Measures (一是…二是…): one measure's page (its text, sections, figures, entities, cases) and a report's measure tree.
import type { Entity, Figure, Measure, Section } from '../../types.ts';
import { byStart, firstAtOrAfter } from '../spans.ts';
import type { MeasureTreeNode, MeasureView, OutlineItem } from '../views.ts';
import { compareNames, pushTo, type ReportIndex, type SiteIndexes } from './indexes.ts';
import type { Locate } from './locate.ts';
import { outline } from './reader.ts';

export function measureView(ix: SiteIndexes, locate: Locate, id: string): MeasureView {
  const measure = ix.measureById.get(id);
  if (!measure) throw new Error(`no measure ${id}`);
  const idx = ix.byReport.get(measure.report)!;
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
    sections: sectionChain(locate, measure.report, measure.section),
    text: idx.report.text.slice(measure.start, measure.end),
    anchor: locate.anchorAt(measure.report, measure.start),
    figures: measureFigures(ix, idx, measure),
    entities: [...counts.values()].sort((a, b) => b.count - a.count || compareNames(a.entity.name, b.entity.name)),
    cases: ix.casesByMeasure.get(id) ?? [],
  };
}

/** A section and its ancestors, outermost first. */
function sectionChain(locate: Locate, report: string, id: string | null): Section[] {
  const chain: Section[] = [];
  let s = locate.section(report, id);
  while (s && chain.length < 8) {
    chain.unshift(s);
    s = locate.section(report, s.parent);
  }
  return chain;
}

/** Figures linked to a measure or standing inside its span. */
function measureFigures(ix: SiteIndexes, idx: ReportIndex, measure: Measure): Figure[] {
  const found = new Set(ix.figuresByMeasure.get(measure.id) ?? []);
  for (let i = firstAtOrAfter(idx.figures, measure.start); i < idx.figures.length && idx.figures[i].start < measure.end; i++) {
    if (idx.figures[i].end <= measure.end) found.add(idx.figures[i]);
  }
  return [...found].sort(byStart);
}

/** A report's measures under the outline of its sections; measures outside any section are `loose`. */
export function measureTree(ix: SiteIndexes, reportId: string): { roots: MeasureTreeNode[]; loose: Measure[] } {
  const idx = ix.byReport.get(reportId);
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
