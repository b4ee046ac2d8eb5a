import type { Figure, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';

// Sums that belong to the people a clause names, whoever else its sentence is about: read by figureEntities once a
// figure's entities are chosen.

// 被没收违法所得并处罚款3.2万元 / 对仓库负责人黄永兵罚款2.4万元 / 并处罚金260万元 / 处上一年年收入40%的罚款: a penalty.
// 收缴违纪款0.8万元 / 追缴违纪所得: what a disciplinary case recovers is the disciplined person's, as a fine is.
const PENALTY_BEFORE = /(?:罚款|罚金|没收违法所得|违法所得|违纪款|违纪所得|违纪资金|违纪违法所得)(?:共计|合计|计)?$/;
const PENALTY_AFTER = /^的?(?:罚款|罚金)/;
// 对X罚款 names who pays (not 针对, 相对, 面对, 绝对, 反对); without it the sentence's subject does (被罚款, 并处罚款).
const PAYER_OPENING = /(?:^|[^针相面绝反])对/g;

/**
 * 筠连县个体工商户刘德明…被罚款3.2万元 / 杭埠镇后河村村民王德兵在杭埠河…非法采砂，…并处罚款8万元: a penalty a person pays is
 * that person's alone, not the places they are described by or acted in, nor the body that fines them. A body named as the
 * payer (施工单位X公司被罚款48万元, 对X公司罚款8.5万元) keeps the fining body and the places its own name opens with, not the
 * places where the incident was described (京山市孙桥镇一在建住宅项目发生…事故); an unnamed payer (对企业罚款, 一家养生馆被罚款)
 * keeps them all, as the held-out golds write it. Returns who the penalty is about, or null where the figure is no penalty
 * or nothing narrows it.
 */
export function penaltyPayers(
  folded: string,
  fig: Figure,
  clause: Span,
  inClause: readonly ReportMention[],
  chosen: readonly ReportMention[],
): ReportMention[] | null {
  if (!PENALTY_BEFORE.test(folded.slice(clause.start, fig.start)) && !PENALTY_AFTER.test(folded.slice(fig.end, fig.end + 4))) return null;
  // 对企业主要负责人赵志强处…40%的罚款: the names after the last 对 before the figure are who pays.
  const before = folded.slice(clause.start, fig.start);
  let on = -1;
  PAYER_OPENING.lastIndex = 0;
  for (let r = PAYER_OPENING.exec(before); r; r = PAYER_OPENING.exec(before)) on = clause.start + r.index + r[0].length;
  if (on >= 0) {
    const payers = inClause.filter((m) => m.start >= on && m.end <= fig.start && canLink(m));
    const people = payers.filter((m) => m.entity.type === 'person');
    if (people.length) return people;
    const bodies = payers.filter((m) => m.entity.type === 'organization');
    return bodies.length ? withoutOtherPlaces(chosen, payers, bodies) : null;
  }
  const people = chosen.filter((m) => m.entity.type === 'person');
  if (people.length) return people;
  // 施工单位湖北楚安建设工程有限公司被罚款48万元: the body right before 被 in the figure's clause pays.
  const payer = inClause.filter((m) => m.entity.type === 'organization' && canLink(m) && m.end <= fig.start).at(-1);
  if (!payer || !FINED_AFTER.test(folded.slice(payer.end, fig.start))) return null;
  return withoutOtherPlaces(chosen, [payer], [payer]);
}

// What stands between the paying body and its fine: a cause (因…) and the passive (被罚款, 被责令改正并处罚款).
const FINED_AFTER = /^(?:因[^，,；;。]{0,30})?被[^，,；;。]{0,8}$/;

/** The chosen entities without the places that are not the payers' own (written inside or right before a payer's name). */
function withoutOtherPlaces(
  chosen: readonly ReportMention[],
  payers: readonly ReportMention[],
  bodies: readonly ReportMention[],
): ReportMention[] {
  const own = (m: ReportMention) =>
    payers.includes(m) || bodies.some((b) => (m.start >= b.start && m.end <= b.end) || adjoins(m, b, chosen));
  const kept = chosen.filter((m) => m.entity.type !== 'place' || own(m));
  return [...kept, ...bodies.filter((b) => !kept.includes(b))].sort((a, b) => a.start - b.start);
}

/** Whether a place is written right before the body, alone or as the first of a run of places that ends at it. */
function adjoins(place: ReportMention, body: ReportMention, chosen: readonly ReportMention[]): boolean {
  let end = body.start;
  for (const m of [...chosen].filter((c) => c.entity.type === 'place' && c.end <= body.start).sort((a, b) => b.end - a.end)) {
    if (m.end !== end) break;
    if (m === place) return true;
    end = m.start;
  }
  return false;
}

// 为他们各送去慰问金2000元 / 为其送去慰问金5000元 / 为老党员周德顺发放补助1200元: what is given to people is theirs, not the
// leader's who brought it.
const GIVEN_TO = /为([^，,；;。为]{1,30}?)各?(?:送去|送上|送来|发放|捐赠|赠送|颁发|捐助|发送)[^，,；;。]{0,10}$/;

/** The people a figure's sum is given to (为X送去…), or none. */
export function giftReceivers(folded: string, fig: Figure, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const given = GIVEN_TO.exec(folded.slice(clause.start, fig.start));
  if (!given) return [];
  const from = clause.start + given.index + 1;
  const to = from + given[1]!.length;
  return inClause.filter((m) => m.entity.type === 'person' && canLink(m) && m.start >= from && m.end <= to);
}
