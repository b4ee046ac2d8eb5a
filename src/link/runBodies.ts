import type { ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';

// 彭小平创办永新县兴农农机专业合作社，带动周边农户320户增收 / 引进湖北康泰养老服务有限公司运营茅塔乡敬老院，入住率由35%提高到78%:
// what a person or body founds, runs or builds is what the counts after it are about, with whoever does it. (成立 and 组建 are
// left out: 成立…领导小组，制定整改任务64项 counts the founder's own work.)
// 与温州大学共建温州民营经济学院，培训…240人次: a body built together with a partner is run by both.
const RUNS = /^(?:创办|领办|创建|兴办|开办|运营|经营|托管|承建|共建)了?$/;
// 北泉镇大泉沟村成立…蔬菜种植专业合作社，入社农户86户: a cooperative or a firm a village or a body founds (not a leading group).
const FOUNDED = /^(?:成立|组建)了?$/;
const FOUNDED_BODY = /(?:合作社|联合社|联合会|协会|商会|工会|公司|家庭农场)$/;
// 推动成立桐庐县快递行业工会联合会，覆盖快递网点146个: a body founded where no founder is named (the issuer's work) is what the
// counts after it are about.
const FOUNDED_BY_NOBODY = /(?:成立|组建)了?$/;
// 方冲水库由六安市龙源水利工程有限公司承建: the thing built or run, then who builds or runs it.
const RUN_BY = /^(?:承建|建设|施工|运营|经营|托管|管理)/;

/** The founder or runner and what it founds, runs or builds, where a clause says so (X创办Y, X由Y承建); else []. */
export function runBodies(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  for (let i = 0; i + 1 < inClause.length; i++) {
    const doer = inClause[i]!;
    if (!canLink(doer)) continue;
    const gap = folded.slice(doer.end, inClause[i + 1]!.start);
    const founded = FOUNDED.test(gap);
    if ((!RUNS.test(gap) || doer.entity.type === 'place') && !founded) continue;
    const run = bodyAt(inClause, i + 1);
    if (run && (!founded || FOUNDED_BODY.test(run.entity.name))) return [doer, run];
  }
  const first = inClause[0];
  if (
    first &&
    FOUNDED_BY_NOBODY.test(folded.slice(clause.start, first.start)) &&
    FOUNDED_BODY.test(first.entity.name) &&
    bodyAt(inClause, 0) === first
  )
    return [first];
  for (let i = 0; i + 1 < inClause.length; i++) {
    const thing = inClause[i]!;
    if (!canLink(thing) || thing.entity.type === 'person' || folded.slice(thing.end, inClause[i + 1]!.start) !== '由') continue;
    const k = lastNested(inClause, i + 1);
    const by = bodyAt(inClause, i + 1);
    if (by && RUN_BY.test(folded.slice(inClause[k]!.end, clause.end))) return [thing, by];
  }
  return [];
}

/** The body named from `k` on: the last of names written one inside the other (茅箭区茅塔乡敬老院 → the home), if a body. */
function bodyAt(inClause: readonly ReportMention[], k: number): ReportMention | null {
  const last = inClause[lastNested(inClause, k)]!;
  return last.entity.type === 'organization' && canLink(last) && !last.listExample ? last : null;
}

function lastNested(inClause: readonly ReportMention[], k: number): number {
  while (k + 1 < inClause.length && inClause[k + 1]!.start === inClause[k]!.end) k++;
  return k;
}
