import type { Figure, ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';

// 审结潍坊恒泰重工机械有限公司破产重整案，盘活资产18.6亿元 / 审理…周海峰受贿案，…并处罚金260万元: a clause that only names a
// case (it ends on 案) makes the case's parties what the sentence's next clauses count. 提案, 方案, 草案, 预案, 档案 … end on
// 案 and are no case.
const NAMES_A_CASE = /(?<![提方议草预档答教图法备文])案(?:件)?$/;
// 起诉被告人郑国华等5人…案: the count of those charged with the named one is part of naming the case, not a figure of its own.
const CO_ACCUSED_COUNT = /等$/;

/** What a clause naming a case makes the sentence's topic: its parties, and whether the places in it are only the scene. */
export interface CaseTopic {
  parties: ReportMention[];
  /** 起诉被告人叶志刚在龙洲街道…故意伤害…案: the places of the crime name the case; its sums are the party's. */
  sceneOnly: boolean;
}

/**
 * The people and bodies named in a clause that names a case and counts nothing but the co-accused (X等5人); places only
 * where no one else is named. The person named as the example of the co-accused is the case's party too.
 */
export function caseTopic(folded: string, clause: Span, inClause: readonly ReportMention[], figures: readonly Figure[]): CaseTopic | null {
  if (!NAMES_A_CASE.test(folded.slice(clause.start, clause.end).replace(/[。；;，,]+$/, ''))) return null;
  if (figures.some((f) => f.start >= clause.start && f.start < clause.end && !CO_ACCUSED_COUNT.test(folded.slice(f.start - 1, f.start))))
    return null;
  const named = inClause.filter((m) => canLink(m) && (!m.listExample || m.entity.type === 'person'));
  const parties = named.filter((m) => m.entity.type === 'person' || m.entity.type === 'organization');
  if (parties.length) return { parties, sceneOnly: true };
  const places = named.filter((m) => !m.listExample);
  return places.length ? { parties: places, sceneOnly: false } : null;
}

// 对犯罪嫌疑人汪建明依法提起公诉 / 对…的被告人毛立群提起…公益诉讼: a person the clause acts against (after 对) as the accused
// is a party of the sentence's case. Suspects opening their clause (犯罪嫌疑人张建平、刘海燕被移送公安机关) are handed on,
// and the sums that follow stay the case's (追缴税款…: the company's).
const ACCUSED_BEFORE = /(?:被告人|犯罪嫌疑人|嫌疑人|被不起诉人|罪犯)$/;
// 对市信访局原督查督办处处长钱永福违规收受…礼金问题立案审查: a clause opening a disciplinary case against the person after 对
// makes him accused as 犯罪嫌疑人 does, whatever his post (the sums recovered after it, 收缴违纪款0.8万元, are his).
const DISCIPLINE_CASE = /问题(?:进行|予以|依规依纪依法)?(?:立案审查调查|立案审查|立案调查|审查调查|立案|查处)$/;

/** The people a clause acts against (对…) as accused (after 被告人, 犯罪嫌疑人 …, or in a disciplinary case it opens). */
export function accusedPeople(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const disciplined = DISCIPLINE_CASE.test(folded.slice(clause.start, clause.end).replace(/[。；;，,]+$/, ''));
  return inClause.filter(
    (m) =>
      m.entity.type === 'person' &&
      canLink(m) &&
      (disciplined || ACCUSED_BEFORE.test(folded.slice(Math.max(clause.start, m.start - 5), m.start))) &&
      folded.slice(clause.start, m.start).includes('对'),
  );
}
