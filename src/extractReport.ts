import type { RawReport, ReportExtraction } from './types.ts';
import { normalizeReport } from './normalize/normalizeReport.ts';
import { structureReport } from './structure/structureReport.ts';
import { findEntities } from './entities/findEntities.ts';
import { findFigures } from './figures/findFigures.ts';
import { findDates } from './figures/findDates.ts';
import { findCases } from './cases/findCases.ts';
import { linkReport } from './link/linkReport.ts';

/** One report through every stage: normalize → structure → entities → figures → cases → link. Pure: no I/O. */
export function extractReport(raw: RawReport): ReportExtraction {
  const normalized = normalizeReport(raw);
  const structure = structureReport(normalized.text, normalized.id);
  const entities = findEntities(normalized, structure);
  const found = findFigures(normalized, structure);
  const cases = findCases(normalized, structure, entities, found);
  const { figures, relations } = linkReport(normalized, structure, entities, found, cases);
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
