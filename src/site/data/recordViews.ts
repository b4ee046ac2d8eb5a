// One case with its report, section, measure, sentence, entities and figures: a row of the case tables.
import type { Figure } from '../../types.ts';
import type { CaseView } from '../views.ts';
import type { SiteIndexes } from './indexes.ts';
import type { Locate } from './locate.ts';

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
