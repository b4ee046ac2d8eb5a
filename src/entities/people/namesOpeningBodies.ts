import type { EntityContext } from '../context.ts';
import { wordStartingAt } from '../segment.ts';

// Words of a kind of area that a place's name opens (屈家岭管理区, 开发区, 街道): no person's name stands right before one.
const AREA_WORDS: ReadonlySet<string> = new Set([
  ...['管理区', '开发区', '高新区', '新区', '示范区', '试验区', '保护区', '风景区', '景区', '林区', '垦区', '矿区', '街道'],
  ...['社区', '农场', '林场', '牧场', '自治县', '自治州', '自治旗', '管委会'],
]);
// Words of a firm's trade or form that a firm's name opens (易方达基金, 国泰君安证券): no person's name stands right before one.
const FIRM_WORDS: ReadonlySet<string> = new Set(['基金', '证券', '期货', '信托', '控股', '集团', '有限公司', '股份有限公司']);

/**
 * A name-shaped word right before the word of a kind of area (屈家岭/nr|管理区) or of a firm's trade (易方达/nr|基金) is
 * that area's or firm's name, not a person's.
 */
export function opensAreaOrFirm(ctx: EntityContext, end: number): boolean {
  const next = wordStartingAt(ctx.seg, end)?.word ?? '';
  return AREA_WORDS.has(next) || FIRM_WORDS.has(next);
}
