import type { ReportMention, Span } from '../types.ts';
import { canLink } from '../document/reportMentions.ts';
import { LEADING_ADVERBS } from '../document/clauseSubject.ts';

// Whom a clause's work serves: read by figureEntities for the figures that follow.

/**
 * 市公安局出入境管理支队为曲靖经济技术开发区企业开辟绿色通道，服务企业326家 / …分局依据…，为博世汽车部件（常州）有限公司的德国
 * 股东办理…，减免税款4200万元: the body or place the work is done for, named right after 为 where 为 follows the subject
 * or opens the clause, is what the counts after it are about, with the names joined to it (、, 和, 的). Not 被评为 or 作为
 * (为 there is no 'for'), and not people (what is given to people is theirs alone: personalSums.ts).
 */
export function servedNames(folded: string, clause: Span, inClause: readonly ReportMention[]): ReportMention[] {
  const first = inClause.findIndex((m) => folded[m.start - 1] === '为');
  if (first < 0) return [];
  const m = inClause[first]!;
  if (m.entity.type === 'person' || !canLink(m) || m.listExample) return [];
  // 为 opens the clause (after adverbs) or follows the clause's first name right away.
  const before = first > 0 ? inClause[first - 1]! : undefined;
  const opensClause = folded.slice(clause.start, m.start - 1).replace(LEADING_ADVERBS, '') === '';
  const afterSubject =
    first === 1 && before!.end === m.start - 1 && folded.slice(clause.start, before!.start).replace(LEADING_ADVERBS, '') === '';
  if (!opensClause && !afterSubject) return [];
  const out = [m];
  for (let i = first + 1; i < inClause.length; i++) {
    const next = inClause[i]!;
    if (next.entity.type === 'person' || !canLink(next) || !/^[、和与及的]$/.test(folded.slice(out[out.length - 1]!.end, next.start)))
      break;
    out.push(next);
  }
  return out;
}
