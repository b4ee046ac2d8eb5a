import type { RelationContext } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import type { ReportMention } from '../../types.ts';
import { clauseSubjects, subjectEntities } from './clauseSubject.ts';

// Launching or running a campaign, with up to 8 characters of what it is of (实施基层党组织“头雁”工程); not a word joined to
// the campaign by 和 (围绕国家重大战略部署和“十四五”规划: 部署 is a noun there, the plan no object of running).
const RUN_BEFORE = /(?:开展|部署|实施|启动|打响|发起|举办)(?:了)?(?![和与及、])[\u4e00-\u9fa5\d]{0,8}$/;
// A campaign listed after one run (打响碧水攻坚战、蓝天保卫战、净土防御战).
const LISTED_BEFORE = /^[”"]?(?:、|和|及|以及|与)[“"]?$/;
// After the campaign: the clause ends, a list goes on, or the word for what it is (活动, 工作, 建设).
const ENDS_OBJECT = /^[”"]?(?:$|[,，。;；、:：]|等|和|及|以及|与|并|活动|工作|建设|行动|改革|以来)/;

/** runs: body → the campaign it launched or runs; the source is the clause's subject, else the issuer (inferred). */
export function findRuns(ctx: RelationContext, subjects = clauseSubjects(ctx)): FoundRelation[] {
  const out: FoundRelation[] = [];
  const f = ctx.folded;
  ctx.clauses.forEach((clause, k) => {
    let previous: ReportMention | null = null;
    for (const c of clause.mentions) {
      if (c.entity.type !== 'campaign') continue;
      const open = f[c.start - 1] === '“' || f[c.start - 1] === '"' ? 1 : 0;
      const before = f.slice(Math.max(clause.start, c.start - open - 14), c.start - open);
      const runs: boolean =
        (RUN_BEFORE.test(before) && !/[的是]$/.test(before)) || (previous !== null && LISTED_BEFORE.test(f.slice(previous.end, c.start)));
      previous = runs ? c : null;
      if (!runs || !ENDS_OBJECT.test(f.slice(c.end, c.end + 4))) continue;
      const { entities, inferred } = subjectEntities(ctx, subjects[k] ?? null);
      for (const s of entities) {
        if (s.type !== 'organization') continue;
        out.push({ type: 'runs', source: s.id, target: c.entity.id, clause, ...(inferred ? { inferred } : {}) });
      }
    }
  });
  return out;
}
