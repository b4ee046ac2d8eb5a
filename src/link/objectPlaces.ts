import type { Figure, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { hasListJoiner } from '../text/listJoiners.ts';

// 依托X, 围绕X, 对照X: the place is a means or a frame of the action, not where its quantities are.
const MEANS_BEFORE = /(?:依托|依靠|借助|围绕|结合|对照|按照|根据|参照|学习|借鉴)[\u4e00-\u9fa5]{0,2}$/;
// 围绕衢江、灵山江水环境保护，开展…，督促清理河道垃圾1.6万吨: the rivers and lakes work is done around are where it is done.
const AROUND_BEFORE = /(?:围绕|聚焦)$/;
// 支持霍山县医院新院区、霍山县中医院康复楼建设: each named one may carry the part of it that is built before the separator.
const SEPARATOR = /^(?:[\u4e00-\u9fa5]{0,4}[、和及与]|)$/;
// 推进洛川县人民医院新院区建设，新增床位300张 / 加快某某中学扩建，新增学位900个: a hospital, a school or a firm worked on is
// where the counts after it fall, as a place is (not a party or government body: those act, they are not built).
const BUILT_BODY = /(?:公司|集团|合作社|厂|大学|学院|学校|中学|小学|幼儿园|医院|卫生院)$/;
const worksOn = (m: ReportMention) => m.entity.type === 'place' || (m.entity.type === 'organization' && BUILT_BODY.test(m.entity.name));

/**
 * The places a subjectless opening clause acts on (加快安吉经济开发区扩容提质; 针对詹家镇浦山村…问题; 围绕钱塘江、浦阳江水环境治理),
 * or the hospital, school or firm it builds up, when it names nothing else and no figure: one place, a place written inside
 * another, or a run of them joined by 、/和.
 */
export function objectPlaces(
  folded: string,
  clause: Span,
  allInClause: readonly ReportMention[],
  figures: readonly Figure[],
): ReportMention[] {
  // 推动临海市杜桥镇眼镜产业集群“一链一策”融资: the programme the work follows names no other party.
  const inClause = allInClause.filter((m) => m.entity.type !== 'campaign' && m.entity.type !== 'regulation');
  if (!inClause.length || inClause.some((m) => !canLink(m) || m.listExample || !worksOn(m))) return [];
  for (let i = 1; i < inClause.length; i++) if (!SEPARATOR.test(folded.slice(inClause[i - 1]!.end, inClause[i]!.start))) return [];
  const first = inClause[0]!;
  const last = inClause[inClause.length - 1]!;
  // A list (X、Y) around the places may hold names the entities lack: the places are then some of several.
  if (hasListJoiner(folded.slice(clause.start, first.start) + folded.slice(last.end, clause.end))) return [];
  const before = folded.slice(clause.start, first.start);
  // 抽查了南陵县籍山镇、弋江镇…的…补助资金: places listed as owners of what a verb acts on are not where its work is (城关镇
  // 龙津桥社区、码头社区的…管网改造完成,惠及居民3200户 opens on them and is).
  if (before && folded[last.end] === '的' && hasListJoiner(folded.slice(first.end, last.start))) return [];
  const features = inClause.every((m) => m.entity.place?.level === 'feature');
  if (MEANS_BEFORE.test(before) && !(features && AROUND_BEFORE.test(before))) return [];
  if (figures.some((f) => f.start >= clause.start && f.start < clause.end)) return [];
  return [...inClause];
}

// 对永新县烈士陵园实施改造提升 / 对柳州东城投资开发集团有限公司开展经济责任审计 / 对伊犁河察布查尔段…问题开展专项监督: what
// the unnamed issuer works on after 对 (not 针对, 相对, 面对, 绝对, 反对) with a verb of doing it later in the clause.
const ON_BEFORE = /(?:^|[^针相面绝反])对$/;
const WORK_AFTER = /^[^，,。；;：:、]{0,24}?(?:实施|开展|进行|组织|实行)/;

/**
 * The place or body a subjectless clause works on (对X…开展/实施/进行), with the places it is written inside
 * (坳南乡|革命烈士纪念碑 names the town only): the figures of the clause and of those after it measure it.
 */
export function actedOnNames(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  for (let i = 0; i < inClause.length; i++) {
    const m = inClause[i]!;
    if (!ON_BEFORE.test(folded.slice(Math.max(clause.start, m.start - 2), m.start))) continue;
    const chain = [m];
    for (let j = i + 1; j < inClause.length && inClause[j]!.start === chain[chain.length - 1]!.end; j++) chain.push(inClause[j]!);
    const last = chain[chain.length - 1]!;
    if (chain.some((n) => !canLink(n) || n.listExample || n.entity.type === 'person')) return [];
    if (!WORK_AFTER.test(folded.slice(last.end, clause.end))) return [];
    return chain;
  }
  return [];
}
