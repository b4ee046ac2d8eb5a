import type { Span } from '../../types.ts';
import type { Segmentation, Token } from '../segment.ts';
import { isHan } from '../../text/han.ts';
import { tokensOf } from '../wordTable.ts';

// The state's plan outlines are named …规划纲要, …发展纲要, …开发纲要 (教育改革和发展规划纲要, 全国农业发展纲要, 农村扶贫开发纲要).
const OUTLINE_HEAD = /^(规划|发展|开发)$/;
// Words of what an outline plans: fields and places (教育, 科学, 京津冀), the level (全国, 国家), 和 between two of them,
// and the actions it plans after the first word (改革, 扶贫, 协同).
const FIELD_TAGS = /^(n|vn|nz|ns|nt|j|an|b)$/;
const MIN_NAME = 6;
// Verbs that carry a plan out, in whatever word jieba reads them (启动实施/vn, 贯彻落实/i).
const CARRY_OUT = /(实施|落实|执行|制定|贯彻|启动|出台|编制)$/;
const DOCUMENT_END = /(方案|意见|办法|条例|规定|规划|计划|纲要|决定)$/;
const MAX_NAME = 30;

/**
 * Plan outlines named without title marks (深入贯彻落实教育改革和发展规划纲要, 实施国家中长期科学和技术发展规划纲要): 纲要
 * after 规划, 发展 or 开发 and the words of the fields and places it plans, read back to the first word that is none of them
 * (a verb, a count, a quote mark). An outline named by its years alone (十年规划纲要, “十一五”规划纲要) or by 纲要 alone
 * is left to the title marks and their citations.
 * @param covered spans already read as documents
 */
export function findUnmarkedOutlines(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const out: Span[] = [];
  const tokens = seg.tokens;
  const heads = tokensOf(seg, '纲要');
  for (let n = 0; n < heads.length; n++) {
    const i = heads[n]!;
    if (i < 2) continue;
    const t = tokens[i]!;
    if (!OUTLINE_HEAD.test(tokens[i - 1]!.word) || tokens[i - 1]!.end !== t.start) continue;
    let first = i - 1;
    for (let k = i - 2; k >= 0; k--) {
      const w = tokens[k]!;
      // 和 joins two fields (教育改革和发展), not two documents (总体方案和文化发展纲要). So does 、 between two fields whose
      // outlines share the head (中国妇女、儿童发展纲要 names two): read back to the first, not cut at the mark.
      const joins =
        (/^[和与]$/.test(w.word) || (w.word === '、' && fieldAt(tokens, k - 1) && fieldAt(tokens, k + 1))) &&
        k < i - 2 &&
        !(k > 0 && DOCUMENT_END.test(tokens[k - 1]!.word));
      if (w.end !== tokens[k + 1]!.start || (!isHan(w.word) && !joins) || t.end - w.start > MAX_NAME) break;
      if (!(FIELD_TAGS.test(w.tag) || w.tag === 'v' || joins)) break;
      first = k;
    }
    // The name opens with a field, not with a verb or 和 (落实|…, 启动实施|…, 和|…).
    while (first < i - 1 && (!FIELD_TAGS.test(tokens[first]!.tag) || CARRY_OUT.test(tokens[first]!.word))) first++;
    const start = tokens[first]!.start;
    if (t.end - start < MIN_NAME || first === i - 1) continue;
    if (covered.some((c) => c.start < t.end && start < c.end)) continue;
    out.push({ start, end: t.end });
  }
  return out;
}

/** A word of a field (妇女, 儿童, 教育), not a verb that carries a plan out: one side of a list of fields. */
function fieldAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  return !!w && FIELD_TAGS.test(w.tag) && !CARRY_OUT.test(w.word);
}
