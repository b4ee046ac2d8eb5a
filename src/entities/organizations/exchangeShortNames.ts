import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { coverage, type OrgHit } from './orgHit.ts';

const SHORT_EXCHANGE = '交所';
const EXCHANGE = /交易所$/;

/**
 * Stock exchanges by their short names, the character of their city and 交所 (上交所, 深交所, 北交所, 伦交所), which jieba
 * keeps as one word of three characters (上交所/j, 北交所/x) where 交 ends no verb (提交|所需, 移交|所属 are other words). A
 * short name whose character stands in an exchange the text names in full (上海证券交易所) is that exchange.
 */
export function exchangeShortNames(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const fulls = taken.filter((h) => EXCHANGE.test(h.name));
  for (let at = folded.indexOf(SHORT_EXCHANGE); at >= 0; at = folded.indexOf(SHORT_EXCHANGE, at + 1)) {
    const start = at - 1;
    const word = seg.tokens[seg.tokenAt[start] ?? -1];
    if (!word || word.start !== start || word.end !== at + SHORT_EXCHANGE.length || !isHan(folded[start]!)) continue;
    if (cover.any(start, word.end)) continue;
    const city = folded[start]!;
    const full = fulls.find((h) => h.name.slice(0, -3).includes(city));
    const name = full?.name ?? word.word;
    const hit: OrgHit = { start, end: word.end, kind: 'co', id: full?.id ?? name, name, score: 0.8 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
