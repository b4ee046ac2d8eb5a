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

// What a quoted name of a made thing is followed by: its series, number, model or brand, or the machine it names.
const THING_AFTER = /^”(?:系列|号|型|牌|超级计算机|计算机|超算|卫星|芯片)/;

/**
 * “天河”系列超级计算机, “黄山”牌: a place's name in quotation marks right before the series, model or machine it names is
 * that thing's name, no mention of the place (a quoted craft, “和平”号空间站, is read whole with its marks elsewhere).
 */
export function namesAThing(ctx: EntityContext, c: EntityCandidate): boolean {
  return c.type === 'place' && ctx.folded[c.start - 1] === '“' && THING_AFTER.test(ctx.folded.slice(c.end, c.end + 6));
}
