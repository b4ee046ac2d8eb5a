import type { Span } from '../../types.ts';
import { SpanCover } from '../../text/spanCover.ts';

// A treaty, convention or charter named between quotation marks rather than title marks (“不扩散核武器条约”,
// 「東南亞集體防務條約」 in the traditional-script reports, where 「」 are the quotation marks): the kind of document its
// name ends with says what it is. Matched on the folded text, so 條約 reads as 条约.
const QUOTED = /[“「『]([\u4e00-\u9fff·、]{2,30}?(?:条约|协定|公约|宪章|议定书))[”」』]/g;
const TREATY_KINDS = ['条约', '协定', '公约', '宪章', '议定书'];

/**
 * The names inside such quotes (without the marks), where no document was read already.
 * @param covered spans already read as documents
 */
export function findQuotedTreaties(folded: string, covered: readonly Span[]): Span[] {
  const out: Span[] = [];
  // Every match names one of these kinds: a report that names none is not searched quote by quote.
  if (!TREATY_KINDS.some((w) => folded.includes(w))) return out;
  const taken = SpanCover.lazy(folded.length, covered);
  for (const m of folded.matchAll(QUOTED)) {
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    if (taken.any(start, end)) continue;
    out.push({ start, end });
  }
  return out;
}
