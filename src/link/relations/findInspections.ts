import type { Entity } from '../../types.ts';
import type { RelationContext } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import { clauseSubjects } from './clauseSubject.ts';
import { mentionsIn } from './objects.ts';

/** An inspection team (省委第二巡视组, 县委第三巡察组, 中央第六巡视组). */
export const isTeam = (e: Entity) => e.type === 'organization' && /(?:巡视|巡察)(?:工作)?组/.test(e.name);

// X组对Y进行(了)(常规|专项…)巡视 / 开展了机动巡察; X组向Y反馈.
const INSPECTED = /对(.{1,60}?)(?:进行|开展|实施)(?:了)?[\u4e00-\u9fa5]{0,6}?(?:巡视|巡察)/dg;
const FED_BACK = /向(.{1,40}?)(?:集中)?反馈/dg;

/** inspects: team → the body or place it inspected or gave its findings to, in clauses whose subject is a team. */
export function findInspections(ctx: RelationContext, subjects = clauseSubjects(ctx)): FoundRelation[] {
  const out: FoundRelation[] = [];
  ctx.clauses.forEach((clause, k) => {
    const s = subjects[k];
    const teams = s?.kind === 'named' ? s.entities.filter(isTeam) : [];
    if (!teams.length) return;
    const body = ctx.folded.slice(clause.start, clause.end);
    for (const re of [INSPECTED, FED_BACK]) {
      re.lastIndex = 0;
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const from = clause.start + m.indices![1]![0];
        for (const t of mentionsIn(clause, from, from + m[1]!.length)) {
          if (t.entity.type !== 'place' && t.entity.type !== 'organization') continue;
          if (isTeam(t.entity)) continue;
          for (const team of teams) out.push({ type: 'inspects', source: team.id, target: t.entity.id, clause });
        }
      }
    }
  });
  return out;
}
