import type { Case, Entity, Figure, NormalizedReport, Relation, ReportStructure } from '../types.ts';
import { foldFullwidthAscii } from '../text/foldWidth.ts';
import { reportMentions } from './reportMentions.ts';
import { sentenceSpans } from './sentenceSpans.ts';
import { clausesOf } from '../text/clauses.ts';
import { relationContext } from './relations/relationContext.ts';
import { readRelations } from './relations/readRelations.ts';
import { withKind } from './relations/relationKinds.ts';
import { moreMentions } from './relations/moreMentions.ts';
import { figureEntities } from './figureEntities.ts';
import {
  appearsInRelations,
  caseAboutRelations,
  coOccurrenceRelations,
  figureAboutRelations,
  figureInRelations,
  locatedInRelations,
} from './buildRelations.ts';

/**
 * Fills each figure's `entities` (what it is about) and returns the report's relations: those a clause states
 * (holds-post, inspects, disciplines, issues, runs, leads), figure-about, figure-in, appears-in, co-occurs (within one
 * clause), located-in and case-about, each with evidence spans in the report's text.
 */
export function linkReport(
  report: NormalizedReport,
  structure: ReportStructure,
  entities: Entity[],
  figures: Figure[],
  cases: Case[],
): { figures: Figure[]; relations: Relation[] } {
  const folded = foldFullwidthAscii(report.folded);
  const mentions = reportMentions(report.id, folded, entities);
  const sentences = sentenceSpans(report.text, structure);
  const links = figureEntities(folded, sentences, mentions, figures, issuerEntityIds(report, entities));
  const linked = figures.map((f) => ({ ...f, entities: (links.get(f.id) ?? []).map((l) => l.entityId) }));
  const clauses = sentences.map((s) => clausesOf(folded, s));
  const issuerIds = issuerEntityIds(report, entities);
  const issuer = entities.filter((e) => issuerIds.has(e.id));
  const context = relationContext(report.id, folded, clauses, moreMentions(folded, entities, mentions), entities, issuer, structure.measures);
  const relations: Relation[] = [
    ...readRelations(context),
    ...figureAboutRelations(report.id, linked, links),
    ...figureInRelations(report.id, linked),
    ...appearsInRelations(report.id, structure.measures, mentions),
    ...coOccurrenceRelations(report.id, clauses.flat(), mentions),
    ...locatedInRelations(report.id, entities),
    ...caseAboutRelations(report.id, cases),
  ];
  return { figures: linked, relations: relations.map(withKind) };
}

/** The entities the report names as its issuer (metadata or the title's issuing body), matched by name or alias. */
export function issuerEntityIds(report: NormalizedReport, entities: readonly Entity[]): Set<string> {
  const issuer = report.issuer?.replace(/\s+/g, '');
  if (!issuer) return new Set();
  return new Set(
    entities.filter((e) => e.type === 'organization' && (e.name === issuer || e.aliases.includes(issuer))).map((e) => e.id),
  );
}
