import type { Span } from '../../types.ts';
import type { Segmentation } from '../segment.ts';
import { SpanCover } from '../../text/spanCover.ts';
import { tokensOf } from '../wordTable.ts';

// A partnership agreement is named by the partnership it founds (区域|全面|经济|伙伴关系|协定, RCEP; 数字经济|伙伴关系|协定):
// the nouns jieba reads right before 伙伴关系 make the class one agreement, written with or without its marks. Without them
// (签订了伙伴关系协定) it stays a class.
const PARTNERSHIP = '伙伴关系';
const AGREEMENT = /^(?:协定|协议)$/;
const MAX_NOUNS = 4;

/**
 * Partnership agreements named without marks: from the first of the nouns before 伙伴关系 to the agreement's word.
 * @param covered spans already read as documents
 */
export function findPartnershipAgreements(seg: Segmentation, folded: string, covered: readonly Span[]): Span[] {
  const { tokens } = seg;
  const out: Span[] = [];
  let taken: SpanCover | undefined;
  // Only the words after a 伙伴关系 (found by its word id): the pattern was tried on every word of the report.
  const partnerships = tokensOf(seg, PARTNERSHIP);
  for (let n = 0; n < partnerships.length; n++) {
    const i = partnerships[n]! + 1;
    if (i < 2 || i >= tokens.length) continue;
    const t = tokens[i]!;
    if (!AGREEMENT.test(t.word) || tokens[i - 1]!.end !== t.start) continue;
    let first = i - 1;
    for (let k = i - 2; k >= Math.max(0, i - 1 - MAX_NOUNS); k--) {
      const w = tokens[k]!;
      if (w.tag !== 'n' || w.end !== tokens[k + 1]!.start) break;
      first = k;
    }
    if (first === i - 1) continue;
    const span = { start: tokens[first]!.start, end: t.end };
    taken ??= SpanCover.lazy(folded.length, covered);
    if (!taken.any(span.start, span.end)) {
      out.push(span);
      taken.add(span);
    }
  }
  return out;
}
