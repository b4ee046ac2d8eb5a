import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordStartingAt } from '../segment.ts';

// Trades a firm is named by after a place (深圳航空, 长江证券, 北京银行): the name ends there, the firm's, not the place's.
const FIRM_TRADE = /^(航空|证券|银行|保险|信托|期货|啤酒)$/;
const NOUN_TAGS = /^(n|vn|nz|ng)$/;

/**
 * 深圳|航空|今年, 长江|证券|发布, 四川|航空、: a place named bare (no level word) with a firm's trade right after it, the
 * trade ending the phrase, is the firm's name, no mention of the place. Not before a noun that the trade qualifies
 * (深圳|航空|产业, 上海|证券|交易所: the place's industry, the place's exchange).
 */
export function namesAFirm(ctx: EntityContext, c: EntityCandidate): boolean {
  if (c.type !== 'place' || /[省市县区州旗]$/.test(ctx.folded.slice(c.start, c.end))) return false;
  const trade = wordStartingAt(ctx.seg, c.end);
  if (!trade || !FIRM_TRADE.test(trade.word)) return false;
  const next = wordStartingAt(ctx.seg, trade.end);
  return !next || !NOUN_TAGS.test(next.tag);
}
