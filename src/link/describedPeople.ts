import type { ReportMention } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { PERSON_ROLES } from '../entities/people/personRoles.ts';

// 杭埠镇后河村村民王德兵在…非法采砂 / 筠连县个体工商户刘德明销售… / 屏山县一家电商企业负责人周晓峰组织… / 桥头村党支部书记、
// 退役军人李卫东带领…: places opening a clause, then what a person is there (a plain descriptor or a post, several joined by
// 、), then the person: the person is who the clause is about, and the places are where they act.
const DESCRIBED =
  /^(?:一[家个名位户所])?[\u4e00-\u9fa5]{0,8}?(?:村民|居民|农民|农户|个体工商户|个体户|负责人|退役军人|劳动模范|党员|教师|医生|志愿者|职工|员工|经营者|法定代表人|实际控制人|户主|脱贫户|种植户|养殖户|大户|书记|主任)$/;

// 桐庐华笔文具有限公司技术员钟丽娟领衔的创新工作室…获专利3项: a body opening the clause, then what a person does in it (a trade
// the names reader knows, 员工), then the person: the person and the body are who the clause is about. (A head or a professional
// rank, 公司董事长X, 医院医生X, leaves the body a title only: document/reportMentions.)
const MEMBER_OF_BODY = new RegExp(`^(?:${[...PERSON_ROLES, '员工'].join('|')})$`);

/**
 * The person the places a clause opens on describe (村民X, 负责人X), or a member of the body it opens on (技术员X), or null.
 * Places inside the description are part of it (埠前镇退役军人、吉安市劳动模范彭小平: the city that named him a model worker).
 */
export function describedPerson(
  folded: string,
  inClause: readonly ReportMention[],
  opener: readonly ReportMention[],
): ReportMention | null {
  if (!opener.length) return null;
  const last = opener[opener.length - 1]!;
  if (opener.length === 1 && last.entity.type === 'organization') {
    const next = inClause[inClause.indexOf(last) + 1];
    return next?.entity.type === 'person' && canLink(next) && MEMBER_OF_BODY.test(folded.slice(last.end, next.start)) ? next : null;
  }
  if (opener.some((m) => m.entity.type !== 'place')) return null;
  let k = inClause.indexOf(last) + 1;
  while (inClause[k]?.entity.type === 'place') k++;
  const next = inClause[k];
  if (!next || next.entity.type !== 'person' || !canLink(next)) return null;
  const gap = folded.slice(last.end, next.start);
  return gap && gap.split('、').every((part) => DESCRIBED.test(part)) ? next : null;
}

// 局派驻柘木乡天鹅村第一书记张文博牵头引进…，帮助村集体经济增收18万元: a sender (a short name of a body or none), a verb of
// posting, then the places and what the person is there: the person posted acts for the places in the clauses after, not
// the body that sent them.
const POSTED_BY = /^[\u4e00-\u9fa5]{0,8}?(?:派驻|选派|下派|委派)(?:到|至|在)?$/;

/** The person a clause posts to places (派驻X村第一书记Y), with those places, or null. */
export function postedPerson(
  folded: string,
  clauseStart: number,
  inClause: readonly ReportMention[],
): { person: ReportMention; places: ReportMention[] } | null {
  const first = inClause.findIndex((m) => m.entity.type === 'place');
  if (first < 0 || inClause.slice(0, first).some((m) => m.entity.type !== 'organization')) return null;
  if (!POSTED_BY.test(folded.slice(clauseStart, inClause[first]!.start).replace(/^[ \u3000]+/, ''))) return null;
  let k = first;
  while (inClause[k + 1]?.entity.type === 'place') k++;
  const person = inClause[k + 1];
  if (!person || person.entity.type !== 'person' || !canLink(person)) return null;
  const places = describingPlaces(folded, inClause, person);
  return places.length ? { person, places } : null;
}

/**
 * 对胡村乡北胡村原党支部书记王保全…问题进行查处: the places written right before what a person is there (a post or a plain
 * descriptor, as DESCRIBED reads them), wherever the person stands in the clause; none where the post is of another kind
 * (新习镇原副镇长李振江: a town's officer, whose case is his own).
 */
export function describingPlaces(folded: string, inClause: readonly ReportMention[], person: ReportMention): ReportMention[] {
  let k = inClause.indexOf(person) - 1;
  const last = inClause[k];
  if (!last || last.entity.type !== 'place') return [];
  const gap = folded.slice(last.end, person.start);
  if (!gap || !gap.split('、').every((part) => DESCRIBED.test(part))) return [];
  const places = [last];
  while (inClause[k - 1]?.entity.type === 'place' && inClause[k - 1]!.end === inClause[k]!.start) places.unshift(inClause[--k]!);
  return places.filter(canLink);
}

// 市人大代表、…党支部书记谭志红提出的农村饮水安全建议，推动浦口镇新建供水管网46公里 / 村民曾凡英反映的乡村道路安全问题，推动
// 攸县交通运输局新增…8.6公里: a person whose suggestion, motion or reported problem opens the clause drove what the clauses
// after it count, whoever does the work.
const PROPOSED_AFTER = /^(?:领衔)?(?:提出|提交|反映|所提|领办)的[^，,。；;]{0,20}(?:建议|意见|议案|提案|问题|诉求)[，,]/;
// Only titles and descriptions stand before the person: a clause opening on what another does is no person's proposal.
const TITLED_BEFORE = /^[\u4e00-\u9fa5、·（）()]{0,40}$/;

/** The person whose proposal opens the clause, or null. */
export function proposingPerson(folded: string, clauseStart: number, inClause: readonly ReportMention[]): ReportMention | null {
  const person = inClause.find((m) => m.entity.type === 'person' && canLink(m));
  if (!person || !PROPOSED_AFTER.test(folded.slice(person.end, person.end + 30))) return null;
  return TITLED_BEFORE.test(folded.slice(clauseStart, person.start)) ? person : null;
}
