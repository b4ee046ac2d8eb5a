import type { Case, Entity, Figure, MentionedDocument, NormalizedReport, Relation, Span } from '../types.ts';
import { relationContext } from './relations/relationContext.ts';
import { readRelations } from './relations/readRelations.ts';
import { labelKind } from './relations/relationKinds.ts';
import { moreMentions } from './relations/moreMentions.ts';
import { figureEntities } from './figureEntities.ts';
import { linkAcrossWraps } from './acrossWraps.ts';
import { figureRecord } from '../figures/figureRecord.ts';
import { ownedDescription } from './figureOwners.ts';
import { pushAll } from '../util/arrays.ts';
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
  doc: MentionedDocument,
  figures: readonly Figure[],
  cases: readonly Case[],
): { figures: Figure[]; relations: Relation[] } {
  const { report, structure, entities, sentences, mentions, folded } = doc;
  const links = linkAcrossWraps(doc, figures, issuerEntityIds(report, entities), figureEntities);
  let byId: Map<string, Entity> | undefined;
  const entityOf = (id: string) => (byId ??= new Map(entities.map((e) => [e.id, e]))).get(id);
  const linked = figures.map((f) => {
    const ids = (links.get(f.id) ?? []).map((l) => l.entityId);
    return figureRecord(f, ownedDescription(f, ids, entityOf), ids);
  });
  const clauses = sentences.map((_, k) => doc.clauses(k));
  const issuerIds = issuerEntityIds(report, entities);
  const issuer = entities.filter((e) => issuerIds.has(e.id));
  const context = relationContext(
    report.id,
    folded,
    clauses,
    moreMentions(folded, entities, mentions, doc),
    entities,
    issuer,
    structure.measures,
  );
  // Indexes, not for…of: the iterator of a list of lists deoptimized the optimized code of this function once a run.
  const allClauses: Span[] = [];
  for (let k = 0; k < clauses.length; k++) pushAll(allClauses, clauses[k]!);
  // concat, not spread and flat(): the spread copied thousands of relations one by one, a hundredth of the stage.
  const relations: Relation[] = readRelations(context).concat(
    figureAboutRelations(report.id, linked, links),
    figureInRelations(report.id, linked),
    appearsInRelations(report.id, structure.measures, mentions),
    coOccurrenceRelations(report.id, allClauses, mentions),
    locatedInRelations(report.id, entities),
    caseAboutRelations(report.id, cases),
  );
  for (const r of relations) labelKind(r);
  return { figures: linked, relations };
}

// The organs a body speaks through: the standing committee that reports for it (我代表县总工会常委会向全会报告工作), the
// executive committee of a society or a federation (我代表市红十字会执行委员会向理事会报告) and its party group; the body
// they belong to is the issuer as well.
const SPEAKING_ORGAN = /(?:常务委员会|常委会|执行委员会|执委会|党组)$/;

// A union of cooperatives or credit cooperatives is called by its level and 联社 alone (县联社, 市联社): the kind's own
// contraction, as 供销社 is of 供销合作社.
const UNION_OF_COOPERATIVES = /(?:[县市区旗])(?:供销合作社联合社|农村信用合作联社|农村信用社联合社)$/;

/**
 * The entities the report names as its issuer (metadata or the title's issuing body), matched by name or alias, and the
 * body an issuing organ belongs to (县总工会 for 县总工会常委会).
 */
export function issuerEntityIds(report: NormalizedReport, entities: readonly Entity[]): Set<string> {
  const issuer = report.issuer?.replace(/\s+/g, '');
  if (!issuer) return new Set();
  // 中共邢台市医疗保障局党组 belongs to 邢台市医疗保障局: the party's name before a group names the party, not the body.
  const body = issuer.replace(SPEAKING_ORGAN, '').replace(/^中共(?=.{2,}$)/, '');
  const names = body !== issuer && body.length >= 2 ? [issuer, body] : [issuer];
  const union = UNION_OF_COOPERATIVES.exec(body);
  if (union) names.push(`${union[0][0]}联社`);
  return new Set(
    entities.filter((e) => e.type === 'organization' && names.some((n) => e.name === n || e.aliases.includes(n))).map((e) => e.id),
  );
}
