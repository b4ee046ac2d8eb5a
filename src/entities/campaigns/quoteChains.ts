import type { Quote } from './findQuotes.ts';

/** Quotes written one after another (“形象工程”、“政绩工程”, “两个中国”或“一中一台”) share what stands before the first. */
export const LOOSE_JOIN = /^(?:、|和|或|及|与|或者|[\u4e00-\u9fff]{1,2}[和、])$/;
/** Names listed one after another as the objects of one verb (推进“双减”和“五项管理”, 开展“扫黄”、“打非”斗争). */
export const LIST_JOIN = /^(?:、|和|及|与)$/;

/** The first and last quote of the chain the k-th quote stands in: quotes with nothing or a join between them. */
export function chainBounds(folded: string, quotes: readonly Quote[], k: number, join: RegExp): [number, number] {
  const joined = (j: number) => {
    const between = folded.slice(quotes[j]!.closeAt + 1, quotes[j + 1]!.openAt).trim();
    return between === '' || join.test(between);
  };
  let first = k;
  while (first > 0 && joined(first - 1)) first--;
  let last = k;
  while (last + 1 < quotes.length && joined(last)) last++;
  return [first, last];
}
