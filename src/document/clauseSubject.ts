import type { ReportMention, Span } from '../types.ts';
import { canLink } from './reportMentions.ts';
import { PROJECT_ROLE } from '../entities/organizations/companySuffixes.ts';
import { isListJoiner } from '../text/listJoiners.ts';

// Who a clause is about: the names it opens with. Figures (link) and cases both read a clause's subject this way.

// Words that may open a clause before its subject (其中,市委书记… / 由市纪委监委制定… / 一是市纪委监委…).
// A space may stand among them where a page's bold label ends (**整改措施：** 一是联合市财政局…).
export const LEADING_ADVERBS =
  /^(?:[ \u3000\u00a0]|[一二三四五六七八九十]+是|其中|同时|此外|另外|目前|当前|现|并且|并|且|还|也|又|均|由|经|今年以来|今年|近年来|截至目前|截止目前|\d{4}年(?:\d{1,2}(?:[-—~至]\d{1,2})?月)?(?:份)?(?:以来|来|底|初|上半年|下半年)?)+/;
// A person is the subject after their titles: 市委副书记、市长肖亚非同志…
// 公司高级技师陈立新, 小学教师周晓兰: a professional rank is a title too; so is any head's post (局长, 村长, 四级消防长), and an
// heir of a craft named so (汴绣省级代表性传承人王素芬).
const PERSON_TITLES =
  /^[\u4e00-\u9fa5、()（）]{0,20}(?:书记|长|主任|主席|委员|常委|总经理|代表|同志|技师|工程师|教师|医师|医生|研究员|教授|律师|会计师|传承人)$/;
// A clause opening on working together with a body (会同, 联合, 协同): the issuer, unnamed, acts with it.
const CO_ACTOR_OPENING = /^(?:会同|联合|协同|联同|配合)$/;
// 与厦门市思明区共建…产业园，引进项目9个: a clause opening on 与 and a partner that does joint work with the unnamed issuer;
// the partner acts too, as after 会同 (与上年相比 and 与…的差距 name no partner).
const PARTNER_OPENING = /^[与同]$/;
// Only work done together: 与…建立联席会议制度 / 缔结友好城市关系 / 签订备忘录 set up a tie, and the counts after it are the
// issuer's own.
// 与吉安市中心医院、永新县中医院建立优先就医合作，开设…窗口5个: a cooperation set up is joint work too (not a tie: 合作关系,
// 合作协议, 合作机制).
const JOINT_WORK_AFTER = /^(?:共建|共同|合作|联合|携手|共办|合办|(?:建立|开展|深化)[^，,。；;]{0,8}合作(?!关系|协议|机制|框架|备忘录))/;
const JOINT_NEXT = /^(?:共建|共同|联合|携手|合作)/;
// 联合市公安局、市农业农村局等部门: partners named as examples of a kind of body (no count after 等) still act.
const EXAMPLES_OF_KIND = /^等(?![\d０-９一二三四五六七八九十两几百千万多余])/;
// Followed by these, a name is a modifier or one of several coordinated items, not the clause's subject.
const NOT_SUBJECT_AFTER = /^(?:同志)?(?:的|、|和|与|及|等)/;
// 柳工集团所属柳州柳工挖掘机有限公司建成…: the parent names whose unit acts; a clause opening on 所属X speaks of the unit of the
// body before (…该集团…；所属芜湖鸠兹置业有限公司原总经理…). (中央卫生部所属医院共有…所: units it does not name are still its own.)
const SUBSIDIARY = /^(?:所属|下属|旗下|直属)的?$/;

// …；施工单位四川嘉陵建设工程有限公司已退回…1270万元: the part a firm plays in the work, written before its name, opens the clause
// on that firm (not 各单位, 相关单位: no firm is named by them).
const ROLE_BEFORE_FIRM = /^[\u4e00-\u9fa5]{2,4}$/;
const NO_ROLE = /^(?:各|相关|有关|其他|其余|所有|部分)/;

// 驻厅纪检监察组与厅党组建立…机制,开展廉政谈话56人次: the report's issuer named as a partner is whom the subject works
// with, not who does the counted thing (the issuer reports on itself; its own figures are not linked to it as a co-actor).
// 县人力资源和社会保障局联合县退役军人事务局举办…3期: so is the issuer named after 联合/会同/配合.
const PARTNER_GAP = /^(?:[与同和]|会同|联合|协同|联同|配合)$/;

/**
 * The name(s) opening a clause: 市纪委监委收到…, 县纪委监委、县委组织部积极履行…, 市委书记梁维东同志先后赴….
 * `issuerIds`: the entities that issued the report; one joined to the subject by 与/同/和 is a partner and ends the chain.
 */
export function clauseSubject(
  folded: string,
  clause: Span,
  inClause: readonly ReportMention[],
  issuerIds: ReadonlySet<string> = new Set(),
): ReportMention[] {
  const firstAt = inClause.findIndex((m) => canLink(m) && !m.listExample);
  const first = inClause[firstAt];
  if (!first) return [];
  const prefix = folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, '');
  // 三是会同区医保局开展…专项整治，追回…312万元: the body the unnamed issuer works together with acts too.
  const opens =
    prefix === '' ||
    (SUBSIDIARY.test(prefix) && first.entity.type === 'organization') ||
    (first.entity.type === 'person' && PERSON_TITLES.test(prefix)) ||
    (CO_ACTOR_OPENING.test(prefix) && first.entity.type === 'organization') ||
    (first.entity.type === 'organization' && ROLE_BEFORE_FIRM.test(prefix) && PROJECT_ROLE.test(prefix) && !NO_ROLE.test(prefix));
  const partnerOpening = PARTNER_OPENING.test(prefix) && first.entity.type !== 'person';
  if (!opens && !partnerOpening) return [];
  // Coordinated subjects: A、B or A和B, each a name that can act.
  const chain = [first];
  let partner = false;
  let coActor = false;
  for (let i = firstAt + 1; i < inClause.length; i++) {
    const next = inClause[i]!;
    const last = chain[chain.length - 1]!;
    const gap = folded.slice(last.end, next.start).replace(/^同志/, '');
    if (PARTNER_GAP.test(gap) && issuerIds.has(next.entity.id) && !issuerIds.has(last.entity.id)) {
      partner = true;
      break;
    }
    if (SUBSIDIARY.test(gap) && next.entity.type === 'organization' && canLink(next)) {
      chain.length = 0;
      chain.push(next);
      continue;
    }
    // 与日本大阪府立北野高等学校: a country or city written right before a partner body is where the body is, not a party of its
    // own; 沙洋县后港镇鑫盛建材有限公司: places the clause opens on, one inside the other, still say where the body is.
    const placeBeforeBody = gap === '' && last.entity.type === 'place' && next.entity.type === 'organization' && canLink(next);
    if (placeBeforeBody && chain.length > 1 && !nestedIn(chain, chain.length - 1)) {
      chain[chain.length - 1] = next;
      continue;
    }
    // 禅城区祖庙街道: a place written inside its enclosing one; the innermost is where it happened, the outer still holds it.
    // 武进区税务局湖塘税务所: a body's own sub-unit written right after it acts with it.
    const nested =
      gap === '' &&
      ((last.entity.type === 'place' && next.entity.type === 'place') ||
        (last.entity.type === 'organization' && next.entity.type === 'organization') ||
        placeBeforeBody);
    // 市文化广电旅游局会同市市场监管局开展…: a partner named with 会同/联合 acts too.
    const joint = coActor || partnerOpening || CO_ACTOR_OPENING.test(prefix) || CO_ACTOR_OPENING.test(gap);
    if ((!nested && !(isListJoiner(gap) || /^(?:会同|联合|协同|联同)$/.test(gap))) || !canLink(next) || (next.listExample && !joint)) break;
    // 市公安局与曲靖师范学院签订…协议，定向培养…45名: the issuer with its partner after 与/同 works with it as after 会同.
    if (CO_ACTOR_OPENING.test(gap) || (/^[与同]$/.test(gap) && chain.length === 1 && issuerIds.has(last.entity.id))) coActor = true;
    chain.push(next);
  }
  const after = folded.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 4);
  const examples = chain.findIndex((m) => m.listExample);
  if (examples >= 0 && !EXAMPLES_OF_KIND.test(after)) chain.length = examples;
  if (!chain.length) return [];
  // 与沙湾市、玛纳斯县签订…协议，共建产业园区2个: a tie signed, then work done together in the clause right after it.
  const nextClause = folded.slice(clause.end, clause.end + 8).replace(/^[，,]/, '');
  if (
    partnerOpening &&
    !JOINT_WORK_AFTER.test(folded.slice(chain[chain.length - 1]!.end).replace(/^等[^\s，,。；;]{0,4}?(?=共|合|联|携)/, '')) &&
    !JOINT_NEXT.test(nextClause)
  )
    return [];
  if (!partnerOpening && !(examples >= 0 && chain.length > examples) && !partner && NOT_SUBJECT_AFTER.test(after)) return [];
  if (partnerOpening) return chain;
  if (coActor && issuerIds.has(first.entity.id)) return chain.filter((m) => !issuerIds.has(m.entity.id));
  return chain;
}

/** 会同/联合/配合/与 X…: whether the clause opens on the issuer's partner rather than on who acts alone. */
export function opensWithPartner(folded: string, clause: Span, first: ReportMention): boolean {
  const prefix = folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, '');
  return CO_ACTOR_OPENING.test(prefix) || PARTNER_OPENING.test(prefix);
}

/** 县河长办牵头…，与县人民检察院联合督办…14件: whether the clause opens on 与/同 and a partner (who joins a subject before it). */
export function opensOnPartner(folded: string, clause: Span, first: ReportMention): boolean {
  return PARTNER_OPENING.test(folded.slice(clause.start, first.start).replace(LEADING_ADVERBS, ''));
}

/** Whether the chain's member at `i` is written right after the one before it (沙洋县|后港镇), not joined to it by 、/和. */
function nestedIn(chain: readonly ReportMention[], i: number): boolean {
  return i > 0 && chain[i - 1]!.end === chain[i]!.start;
}

/** The issuer named right after another body as its partner (县人民武装部与县退役军人事务局共同开展…3次, …联合县退役军人事务局…). */
export function issuerAfterPartner(folded: string, inClause: readonly ReportMention[], issuerIds: ReadonlySet<string>): ReportMention[] {
  if (!issuerIds.size) return [];
  return inClause.filter((m, i) => {
    const previous = inClause[i - 1];
    return (
      issuerIds.has(m.entity.id) &&
      previous !== undefined &&
      canLink(previous) &&
      !issuerIds.has(previous.entity.id) &&
      PARTNER_GAP.test(folded.slice(previous.end, m.start))
    );
  });
}

/**
 * 省卫生健康委会同省财政厅下达…6.8亿元: the issuer named right before a partner it works with (会同/联合/协同/联同, 与/同: 市公安局
 * 与曲靖师范学院签订…协议，定向培养…45名) acts as the
 * unnamed issuer of 会同省财政厅… does; its own counts are not linked to it, the partner's share in them is.
 */
export function issuerBeforePartner(folded: string, inClause: readonly ReportMention[], issuerIds: ReadonlySet<string>): ReportMention[] {
  if (!issuerIds.size) return [];
  return inClause.filter((m, i) => {
    const next = inClause[i + 1];
    const gap = folded.slice(m.end, next?.start ?? m.end);
    return issuerIds.has(m.entity.id) && next && canLink(next) && (CO_ACTOR_OPENING.test(gap) || /^[与同]$/.test(gap));
  });
}
