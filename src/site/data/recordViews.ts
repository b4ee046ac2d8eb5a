// The page of one figure or one case: the record with its report, section, measure, sentence and entities.
import type { Figure } from '../../types.ts';
import type { CaseView, FigureView } from '../views.ts';
import type { SiteIndexes } from './indexes.ts';
import type { Locate } from './locate.ts';

export function figureView(ix: SiteIndexes, locate: Locate, id: string): FigureView {
  const figure = ix.figureById.get(id);
  if (!figure) throw new Error(`no figure ${id}`);
  return {
    figure,
    report: ix.reportById.get(figure.report)!,
    section: locate.section(figure.report, figure.section) ?? null,
    measure: (figure.measure && ix.measureById.get(figure.measure)) || null,
    sentence: locate.sentenceAt(figure.report, figure.start),
    anchor: locate.anchorAt(figure.report, figure.start),
    entities: locate.entityList(figure.entities),
  };
}

export function caseView(ix: SiteIndexes, locate: Locate, id: string): CaseView {
  const item = ix.caseById.get(id);
  if (!item) throw new Error(`no case ${id}`);
  return {
    item,
    report: ix.reportById.get(item.report)!,
    section: locate.section(item.report, item.section) ?? null,
    measure: (item.measure && ix.measureById.get(item.measure)) || null,
    sentence: locate.sentenceAt(item.report, item.start),
    anchor: locate.anchorAt(item.report, item.start),
    entities: locate.entityList(item.entities),
    figures: item.figures.map((f) => ix.figureById.get(f)).filter((f): f is Figure => !!f),
  };
}
