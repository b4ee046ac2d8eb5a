import type { Entity, NormalizedReport, ReportStructure } from '../types.ts';
import { entityContext } from './context.ts';
import { findPlaces } from './findPlaces.ts';
import { findPeople } from './findPeople.ts';
import { findOrganizations } from './findOrganizations.ts';
import { findRegulations } from './findRegulations.ts';
import { findCampaigns } from './findCampaigns.ts';
import { resolveOverlaps } from './resolveOverlaps.ts';
import { groupCandidates } from './groupCandidates.ts';

/**
 * Entities of one report: candidates from every recognizer (places, people, organizations, regulations, campaigns),
 * one reading kept per stretch of text, grouped into one entity per real thing with every surface as an alias.
 * Matching runs on the folded text (simplified, half-width); mentions point into the text as shown.
 */
export function findEntities(report: NormalizedReport, _structure: ReportStructure): Entity[] {
  const { text } = report;
  const folded = report.folded.length === text.length ? report.folded : text;
  const ctx = entityContext(text, folded);
  const candidates = [
    ...findPlaces(ctx),
    ...findPeople(ctx),
    ...findOrganizations(ctx),
    ...findRegulations(text, folded),
    ...findCampaigns(text, folded),
  ].filter((c) => c.end > c.start && text.slice(c.start, c.end) === c.surface);
  return groupCandidates(report.id, folded, resolveOverlaps(candidates));
}
