import type { Entity } from '../../types.ts';
import type { ReportMention } from '../../types.ts';
import type { RelationContext } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import { clauseSubjects, subjectEntities, type Subject } from './clauseSubject.ts';

// Issuing, drawing up or revising a document, with what may stand between the verb and 《 (出台落实《, 修订完善《).
const VERB = '印发|出台|制定|修订|修改|下发|编制|编印|颁布|发布|制发|起草|拟定|公布';
const ISSUED_TAIL = `(?:${VERB})(?:了|完善|出台|下发|印发|落实|实施|并|制定|修订)*[《〈]$`;
const ISSUED_BEFORE = new RegExp(ISSUED_TAIL);
// 计划制定《…条例》 / 尽快制定《国家公务员条例》 / 拟出台《…》: a document planned, not (yet) issued (研究制定 is said of one
// drawn up too: 研究制定《…整改方案》，梳理形成…).
const PLANNED_BEFORE = new RegExp(`(?:计划|拟|准备|着手|启动|将要|即将|力争|尽快|抓紧)${ISSUED_TAIL}`);
// 《A》《B》, 《A》、《B》, 《A》和《B》: a list of documents under one verb.
const LISTED_BEFORE = /^[》〉](?:、|和|及|以及|与)?[《〈]$/;
// After the document: the clause ends, a list goes on, or a count (1万份). 《X》方案 / 《X》配套政策: X only modifies.
const ENDS_OBJECT = /^[》〉](?:$|[,，。;；、:：)）\d]|等|和|及|以及|与|并|[《〈])/;

/**
 * issues: body → the 《…》 document that is the object of 印发 / 出台 / 制定 / 修订 …. The source is the clause's subject,
 * else the author the document's title names (《中共东莞市委关于…》), else the report's issuer (inferred).
 */
export function findIssued(ctx: RelationContext, subjects = clauseSubjects(ctx)): FoundRelation[] {
  const out: FoundRelation[] = [];
  const f = ctx.folded;
  ctx.clauses.forEach((clause, k) => {
    let previous: ReportMention | null = null;
    for (const doc of clause.mentions) {
      if (doc.entity.type !== 'regulation') continue;
      const before = f.slice(Math.max(clause.start, doc.start - 16), doc.start);
      const issued: boolean =
        (ISSUED_BEFORE.test(before) && !PLANNED_BEFORE.test(before)) ||
        (previous !== null && LISTED_BEFORE.test(f.slice(previous.end, doc.start)));
      previous = issued ? doc : null;
      if (!issued || !ENDS_OBJECT.test(f.slice(doc.end, doc.end + 3))) continue;
      for (const s of sources(ctx, subjects[k] ?? null, doc.entity)) {
        out.push({ type: 'issues', source: s.entity.id, target: doc.entity.id, clause, ...(s.inferred ? { inferred: true } : {}) });
      }
    }
  });
  return out;
}

function sources(ctx: RelationContext, subject: Subject | null, doc: Entity): { entity: Entity; inferred: boolean }[] {
  if (subject?.kind === 'named')
    return subject.entities.filter((e) => e.type === 'organization').map((entity) => ({ entity, inferred: false }));
  const author = authorOf(ctx, doc.name);
  if (author) return [{ entity: author, inferred: false }];
  const { entities, inferred } = subjectEntities(ctx, subject);
  return entities.map((entity) => ({ entity, inferred }));
}

/** The body a document's title opens with: 中共东莞市委关于…, 东莞市人民政府关于…, 中共东莞市委巡察工作规划. */
export function authorOf(ctx: RelationContext, title: string): Entity | null {
  for (let k = Math.min(title.length - 2, 24); k >= 3; k--) {
    const body = ctx.orgByName.get(title.slice(0, k));
    if (!body) continue;
    // A short form (市政府常务会议议事规则) is what the document is about, not who wrote it.
    if (title.slice(k).startsWith('关于') || title.slice(0, k) === body.name) return body;
  }
  return null;
}
