import type { Figure, NormalizedReport, RawReport, ReportExtraction, ReportStructure } from '../types.ts';
import { normalizeReport } from '../normalize/normalizeReport.ts';
import { structureReport } from '../structure/structureReport.ts';
import { findEntities } from '../entities/findEntities.ts';
import { buildDocument } from '../document/buildDocument.ts';
import { withMentions } from '../document/reportMentions.ts';
import { findFigures } from '../figures/findFigures.ts';
import { findDates } from '../figures/findDates.ts';
import { findCases } from '../cases/findCases.ts';
import { linkReport } from '../link/linkReport.ts';

/**
 * One report through every stage: normalize → structure → entities → figures → cases → link. Pure: no I/O.
 * The report is read into one document after structure (folded text, sentences, clauses, locator, wrap breaks, marks),
 * and the entities' mentions are added to it once: figures, cases and link read it instead of deriving their own.
 * The first two stages' results may be given when they were made already (src/corpus/extractAhead.ts makes them ahead),
 * and the figures' stage, which reads nothing of the entities, may be handed in once they are found (by another thread:
 * src/corpus/figuresAhead.ts); asked for after the entities, so that they have the longest time to arrive.
 */
export function extractReport(
  raw: RawReport,
  normalized: NormalizedReport = normalizeReport(raw),
  structure: ReportStructure = structureReport(normalized.text, normalized.id, normalized.marked),
  figuresFound?: () => Figure[] | undefined,
): ReportExtraction {
  const entities = findEntities(normalized, structure);
  const doc = buildDocument(normalized, structure);
  const found = figuresFound?.() ?? findFigures(doc);
  const mentioned = withMentions(doc, entities);
  const cases = findCases(mentioned, found);
  const { figures, relations } = linkReport(mentioned, found, cases);
  const { folded: _folded, ...rest } = normalized;
  const { measures, ...reportStructure } = structure;
  return {
    report: { ...rest, ...reportStructure, dates: findDates(normalized.text, normalized.id) },
    measures,
    entities,
    figures,
    cases,
    relations,
  };
}
