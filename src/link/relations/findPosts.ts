import type { ReportMention } from '../../types.ts';
import type { RelationContext } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import { postChainBefore } from './postChain.ts';
import { GROUP_POST_AFTER, TITLE_AFTER_NAME } from './titles.ts';

// A leading group, committee or command named after 的 (…任组长的巡察整改工作领导小组).
const GROUP_NAME = /(?:小组|委员会|指挥部|专班|工作组)$/;

/**
 * holds-post: a person named after the titles of their posts (市委副书记、市长肖亚非), or with a leading group's post
 * after the name (由县委书记周文斌任组长的…领导小组), or a national leader's title after the name (习近平总书记).
 */
export function findPosts(ctx: RelationContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const f = ctx.folded;
  ctx.clauses.forEach((clause, k) => {
    for (const p of clause.mentions) {
      if (p.entity.type !== 'person' || p.quoted) continue;
      const chain = postChainBefore(ctx, p.start, clause.start);
      for (const post of chain?.posts ?? []) {
        if (!post.body) continue;
        out.push({ type: 'holds-post', source: p.entity.id, target: post.body.id, clause, title: post.title, former: post.former });
      }
      const after = f.slice(p.end, Math.min(clause.end, p.end + 12));
      const group = GROUP_POST_AFTER.exec(after);
      if (group) {
        const body = groupNamedAfter(ctx, k, p.end);
        if (body) out.push({ type: 'holds-post', source: p.entity.id, target: body.entity.id, clause, title: group[1]! });
      }
      for (const t of TITLE_AFTER_NAME) {
        if (!after.startsWith(t.title)) continue;
        const body = t.bodies.map((b) => ctx.orgByName.get(b)).find((e) => e);
        if (body) out.push({ type: 'holds-post', source: p.entity.id, target: body.id, clause, title: t.title });
      }
    }
  });
  return out;
}

/** The first group named after 的 from `from` on, in the same sentence. */
function groupNamedAfter(ctx: RelationContext, k: number, from: number): ReportMention | null {
  const sentence = ctx.clauses[k]!.sentence;
  for (let j = k; j < ctx.clauses.length && ctx.clauses[j]!.sentence === sentence; j++) {
    for (const m of ctx.clauses[j]!.mentions) {
      if (m.start < from || m.entity.type !== 'organization') continue;
      if (ctx.folded[m.start - 1] === '的' && GROUP_NAME.test(m.entity.name)) return m;
    }
  }
  return null;
}
