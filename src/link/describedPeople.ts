import type { ReportMention } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';

// 杭埠镇后河村村民王德兵在…非法采砂 / 筠连县个体工商户刘德明销售… / 屏山县一家电商企业负责人周晓峰组织… / 桥头村党支部书记、
// 退役军人李卫东带领…: places opening a clause, then what a person is there (a plain descriptor or a post, several joined by
// 、), then the person: the person is who the clause is about, and the places are where they act.
const DESCRIBED =
  /^(?:一[家个名位户所])?[\u4e00-\u9fa5]{0,8}?(?:村民|居民|农民|农户|个体工商户|个体户|负责人|退役军人|劳动模范|党员|教师|医生|志愿者|职工|员工|经营者|法定代表人|实际控制人|户主|脱贫户|种植户|养殖户|大户|书记|主任)$/;

/**
 * The person the places a clause opens on describe (村民X, 负责人X), or null. Places inside the description are part of it
 * (埠前镇退役军人、吉安市劳动模范彭小平: the city that named him a model worker).
 */
export function describedPerson(
  folded: string,
  inClause: readonly ReportMention[],
  opener: readonly ReportMention[],
): ReportMention | null {
  if (!opener.length || opener.some((m) => m.entity.type !== 'place')) return null;
  const last = opener[opener.length - 1]!;
  let k = inClause.indexOf(last) + 1;
  while (inClause[k]?.entity.type === 'place') k++;
  const next = inClause[k];
  if (!next || next.entity.type !== 'person' || !canLink(next)) return null;
  const gap = folded.slice(last.end, next.start);
  return gap && gap.split('、').every((part) => DESCRIBED.test(part)) ? next : null;
}
