import type { Relation } from '../../types.ts';
import type { RelationContext } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import { RELATION_KINDS } from './relationKinds.ts';
import { clauseSubjects } from './clauseSubject.ts';
import { findPosts } from './findPosts.ts';
import { findInspections } from './findInspections.ts';
import { findDiscipline } from './findDiscipline.ts';
import { findIssued } from './findIssued.ts';
import { findRuns } from './findRuns.ts';
import { findLeads } from './findLeads.ts';

/** Every relation with a meaning that a report's clauses state: holds-post, inspects, disciplines, issues, runs, leads. */
export function readRelations(ctx: RelationContext): Relation[] {
  const subjects = clauseSubjects(ctx);
  const found = [
    ...findPosts(ctx),
    ...findInspections(ctx, subjects),
    ...findDiscipline(ctx, subjects),
    ...findIssued(ctx, subjects),
    ...findRuns(ctx, subjects),
    ...findLeads(ctx),
  ];
  return mergeFound(ctx.reportId, found);
}

/** One relation per (kind, source, target, title), weighted by the clauses that state it, each clause its evidence. */
export function mergeFound(reportId: string, found: readonly FoundRelation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  // The clauses (by start) each relation has as evidence: a set, not a scan of its evidence per clause, which was
  // quadratic for a pair named together throughout a long report.
  const starts = new Map<Relation, Set<number>>();
  for (const r of found) {
    if (r.source === r.target) continue;
    const key = `${r.type}\u0000${r.source}\u0000${r.target}\u0000${r.title ?? ''}`;
    const evidence = { report: reportId, start: r.clause.start, end: r.clause.end };
    const prior = byKey.get(key);
    if (prior) {
      const seen = starts.get(prior)!;
      if (!seen.has(evidence.start)) {
        seen.add(evidence.start);
        prior.evidence.push(evidence);
        prior.weight++;
      }
      if (prior.inferred && !r.inferred) delete prior.inferred;
      continue;
    }
    const kind = RELATION_KINDS[r.type];
    const relation: Relation = {
      source: r.source,
      target: r.target,
      type: r.type,
      weight: 1,
      evidence: [evidence],
      label: kind.label,
      directed: kind.directed,
      ...(r.title !== undefined ? { title: r.title } : {}),
      ...(r.former ? { former: true } : {}),
      ...(r.inferred ? { inferred: true } : {}),
    };
    byKey.set(key, relation);
    starts.set(relation, new Set([evidence.start]));
  }
  return [...byKey.values()];
}
