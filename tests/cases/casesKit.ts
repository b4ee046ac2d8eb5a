import { findCases } from '../../src/cases/findCases.ts';
import { findFigures } from '../../src/figures/findFigures.ts';
import { structureReport } from '../../src/structure/structureReport.ts';
import type { Entity } from '../../src/types.ts';
import { makeReport } from '../fixtures/figures/makeReport.ts';
import { buildDocument } from '../../src/document/buildDocument.ts';
import { withMentions } from '../../src/document/reportMentions.ts';

/** The cases of one report's text as the pipeline finds them (its figures first), with the entities given as mentioned. */
export function casesOf(text: string, entities: Entity[] = []) {
  const report = makeReport(text);
  const structure = structureReport(text, report.id);
  const figures = findFigures(buildDocument(report, structure));
  const cases = findCases(withMentions(buildDocument(report, structure), entities), figures);
  const figureText = new Map(figures.map((f) => [f.id, f.text]));
  return { cases, figureText, report, structure, figures };
}
