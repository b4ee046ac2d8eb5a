// Table rows of the figure and case lists, corpus-wide and per report (made once, on first use).
import type { FigureRow } from '../views.ts';
import { pushTo, type SiteIndexes } from './indexes.ts';
import type { Locate } from './locate.ts';

export function createRows(ix: SiteIndexes, locate: Locate) {
  let all: FigureRow[] | undefined;
  let byReport: Map<string, FigureRow[]> | undefined;
  const figureRows = (): FigureRow[] =>
    (all ??= ix.figures.map((figure) => ({
      figure,
      reportTitle: ix.reportById.get(figure.report)?.title ?? figure.report,
      sectionHeading: locate.section(figure.report, figure.section)?.heading ?? '',
      anchor: locate.anchorAt(figure.report, figure.start),
      entities: locate.entityList(figure.entities),
    })));
  const figureRowsOf = (reportId: string): FigureRow[] => {
    if (!byReport) {
      byReport = new Map();
      for (const row of figureRows()) pushTo(byReport, row.figure.report, row);
    }
    return byReport.get(reportId) ?? [];
  };
  return { figureRows, figureRowsOf, casesOf: (reportId: string) => ix.casesByReport.get(reportId) ?? [] };
}
