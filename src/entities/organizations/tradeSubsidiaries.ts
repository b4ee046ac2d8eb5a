import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';

// The trades a group names its companies by, written after the group's own name (京东|物流, 阿里|健康, 蚂蚁|科技).
const SUBSIDIARY_TRADE = /^(物流|快递|速运|科技|数科|金融|健康|汽车|电子|医药|地产|置业|能源|航空|传媒|证券|银行|保险)$/;
// A name that ends as a company's or a trade's already (…公司, …集团, …银行) takes no trade after it.
const FIRM_END = /(公司|集团|银行|证券|基金|保险|股份|控股|会|局|厅|部|委|院|所|校|社)$/;
// What may follow such a company's name: its predicate (京东物流|表示), 的, a conjunction, or a mark.
const AFTER_NAME_TAGS = /^(v|vn|d|p|uj|ul|c|x)$/;

/**
 * A company read by a group's name alone (京东, the dictionary's name of 京东集团) with a trade's word right after it that
 * closes the phrase (京东|物流|表示, not 京东|物流|园区): the group's company of that trade, a body of its own (京东物流),
 * not the group.
 */
export function tradeSubsidiaries(ctx: EntityContext, hits: OrgHit[]): void {
  const { folded, seg } = ctx;
  for (const h of hits) {
    if (h.kind !== 'co' || h.end - h.start < 2 || h.end - h.start > 6 || FIRM_END.test(folded.slice(h.start, h.end))) continue;
    const k = seg.tokenAt[h.end] ?? -1;
    const trade = seg.tokens[k];
    if (!trade || trade.start !== h.end || !SUBSIDIARY_TRADE.test(trade.word)) continue;
    const next = seg.tokens[k + 1];
    if (next && next.start === trade.end && !AFTER_NAME_TAGS.test(next.tag)) continue;
    if (hits.some((o) => o !== h && o.start < trade.end && o.end > h.end)) continue;
    const name = folded.slice(h.start, trade.end);
    Object.assign(h, { end: trade.end, id: name, name });
  }
}
