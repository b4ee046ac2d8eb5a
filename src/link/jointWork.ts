import type { ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { joinsOrAbuts } from '../text/listJoiners.ts';

// Who else does the clause's work beside its subject: partners named after 与 with work done together, the places the work
// is paired with, the places whose firms are organised, the body a delegation is of. Read by figureEntities for the figures
// of the clause and of those after it.

// 组织柳市镇电气企业与宁德时代…开展产业链对接 / 与温州大学共建…: work done together right after the partner (a tie signed,
// 签订…协议, is no joint work: its counts stay the subject's own).
export const JOINT_WORK_AFTER = /^(?:开展|共建|共同|合作|联合|携手|共办|合办|对接)/;
// 组织会员企业与文成县南田镇结对帮扶 / 组织12家会员企业结对柳市镇后西垟村: the places paired with for aid; 县联社挂钩帮扶韩山镇
// 石平村，选派驻村第一书记1名 / 定点帮扶X村: the place a named body is tied to for aid (帮扶A村的产业: a place owning what is
// helped is not).
const PAIRED_AFTER = /^结对/;
const PAIRED_BEFORE = /(?:结对(?:帮扶|共建)?|(?:挂钩|定点|对口)帮扶)$/;
// 组织柳市镇电气企业…: the place whose firms, shops or farmers the subject organises or leads.
const ORGANISED_BEFORE = /(?:组织|带领|引导|动员|推动)$/;
const FIRMS_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:企业|商户|农户)/;
// 率市政府代表团访问…: the body whose delegation a person leads goes with them.
const DELEGATION = /^(?:代表团|考察团|访问团|经贸团)/;
const LEADS_BEFORE = /(?:率|率领|带领)$/;

/** The run of names from `i` on written one inside the other or joined by 、/和 (温州大学, 文成县南田镇, A、B). */
export function runFrom(folded: string, inClause: readonly ReportMention[], i: number, places: boolean): ReportMention[] {
  const out = [inClause[i]!];
  for (let j = i + 1; j < inClause.length; j++) {
    const next = inClause[j]!;
    if (!canLink(next) || next.listExample || (places && next.entity.type !== 'place')) break;
    if (!joinsOrAbuts(folded.slice(out[out.length - 1]!.end, next.start))) break;
    out.push(next);
  }
  return out;
}

/**
 * The names a clause with a subject (`hasSubject`) works together with: bodies or places after 与 in mid-clause with joint
 * work right after them, places paired with (与A结对, 结对A), places whose firms are organised, the body a delegation is of.
 */
export function jointNames(folded: string, clause: Span, inClause: readonly ReportMention[], hasSubject: boolean): ReportMention[] {
  const out: ReportMention[] = [];
  for (let i = 0; i < inClause.length; i++) {
    const m = inClause[i]!;
    if (!canLink(m) || m.listExample || m.entity.type === 'person' || out.includes(m)) continue;
    const before = folded.slice(Math.max(clause.start, m.start - 4), m.start);
    if (m.entity.type === 'organization' && LEADS_BEFORE.test(before) && DELEGATION.test(folded.slice(m.end, m.end + 3))) {
      out.push(m);
      continue;
    }
    if (m.entity.type === 'place' && PAIRED_BEFORE.test(before)) {
      const run = runFrom(folded, inClause, i, true);
      if (!/^[的等]/.test(folded.slice(run[run.length - 1]!.end))) out.push(...run);
      continue;
    }
    if (m.entity.type === 'place' && ORGANISED_BEFORE.test(before) && FIRMS_AFTER.test(folded.slice(m.end, m.end + 8))) {
      out.push(m);
      continue;
    }
    // 与 in mid-clause: not the clause's opening (clauseSubject reads that), not right after a name (coordinated subjects).
    if (!hasSubject || folded[m.start - 1] !== '与' || m.start - 1 === clause.start) continue;
    if (inClause.some((n) => n.end === m.start - 1)) continue;
    const run = runFrom(folded, inClause, i, m.entity.type === 'place');
    const after = folded.slice(run[run.length - 1]!.end, clause.end);
    if (JOINT_WORK_AFTER.test(after) || (run.every((n) => n.entity.type === 'place') && PAIRED_AFTER.test(after))) out.push(...run);
  }
  return out;
}
