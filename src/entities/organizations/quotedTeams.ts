import type { EntityContext } from '../context.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';

// A team of volunteers or of a service given a name in quotes (“山水行”志愿服务队, “红马甲”服务队, “银发”宣讲团): the
// quotes hold the name jieba cannot read as one, the word after them says it is a team.
const QUOTED_TEAM = /[“"]([\u4e00-\u9fff]{2,8})[”"](志愿者服务队|志愿服务队|志愿者队|志愿队|服务队|宣讲团|宣讲队|突击队|先锋队|巡逻队)/g;

/** Teams named in quotes right before the team's word, named as written (with the quotes). */
export function quotedTeams(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  if (!folded.includes('队') && !folded.includes('团')) return [];
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const m of folded.matchAll(QUOTED_TEAM)) {
    const end = m.index! + m[0].length;
    // 服务队|伍: the team's word ends a word (服务队伍 is the ranks of a service).
    if (!seg.boundaries.has(end)) continue;
    addNamedBody(out, cover, folded, m.index!, end, 0.75);
  }
  return out;
}
