import type { RelationContext } from './relationContext.ts';
import { measureAt } from './relationContext.ts';
import type { FoundRelation } from './foundRelation.ts';
import type { ReportMention } from '../../types.ts';

// X牵头, X负责, X为责任单位 (not X负责同志 / X负责人: a title), and the verbs a campaign may follow (牵头推进X).
const LEADS_AFTER = /^(?:同志)?(?:牵头(?!开展)|负总责|负责(?!同志|人)|(?:为|作为|任)(?:牵头|责任|主责)单位)/;
const COORDINATION = /^(?:、|和|及|与)$/;
const CAMPAIGN_VERB = /(?:推进|推动|负责|组织|实施|抓好)[\u4e00-\u9fa5]{0,6}[“"]?$/;

/**
 * leads: body or person → what it leads or answers for: the campaign the clause names after the verb, else the
 * enumerated measure (一是…) the clause stands in. 牵头开展 a campaign is `runs`.
 */
export function findLeads(ctx: RelationContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const f = ctx.folded;
  for (const clause of ctx.clauses) {
    const ms = clause.mentions;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (!leader(m)) continue;
      // 狗街镇、汤池街道为责任单位: every member of the list before the verb leads.
      const group: ReportMention[] = [m];
      let j = i;
      while (j + 1 < ms.length && COORDINATION.test(f.slice(ms[j]!.end, ms[j + 1]!.start)) && leader(ms[j + 1]!)) group.push(ms[++j]!);
      const verb = LEADS_AFTER.exec(f.slice(ms[j]!.end, ms[j]!.end + 10));
      i = j;
      if (!verb) continue;
      const from = ms[j]!.end + verb[0].length;
      const campaign = ms.find((c) => c.start >= from && c.entity.type === 'campaign' && CAMPAIGN_VERB.test(f.slice(from, c.start)));
      const target = campaign?.entity.id ?? measureAt(ctx, clause)?.id;
      if (!target) continue;
      for (const g of group) out.push({ type: 'leads', source: g.entity.id, target, clause });
    }
  }
  return out;
}

function leader(m: ReportMention): boolean {
  return !m.quoted && !m.titleOnly && (m.entity.type === 'organization' || m.entity.type === 'person' || m.entity.type === 'place');
}
