import type { ReportMention } from '../types.ts';

// 利用世界银行贷款1.5亿美元实施洛阳市城乡一体化示范项目，全年完成投资2.4亿元 / 蓝溪两岸综合提升工程完成投资9.4亿元: a named
// project (a campaign whose name ends on 项目 or 工程) is what the figures of its clause and of the sentence's later clauses
// measure. Other campaigns (专项行动, 活动) are run by someone and stay unlinked; a quoted or listed project is a name only,
// and a programme named by a slogan (“两癌”救助项目, “华源英才”工程) is a campaign, not a thing built or funded.
const PROJECT_NAME = /(?:项目|工程)$/;
const SLOGAN = /[“”"「」‘’]/;

/** The named projects a clause names, in text order. */
export function namedProjects(inClause: readonly ReportMention[]): ReportMention[] {
  return inClause.filter(
    (m) => m.entity.type === 'campaign' && PROJECT_NAME.test(m.entity.name) && !SLOGAN.test(m.entity.name) && !m.quoted && !m.listExample,
  );
}
