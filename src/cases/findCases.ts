import type { Case, Entity, Figure, NormalizedReport, ReportStructure } from '../types.ts';

// STUB (owned by the figures/link helper).
export function findCases(_report: NormalizedReport, _structure: ReportStructure, _entities: Entity[], _figures: Figure[]): Case[] {
  return [];
}
