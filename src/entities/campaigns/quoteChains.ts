import type { Quote } from './findQuotes.ts';

/** Quotes written one after another (“形象工程”、“政绩工程”, “两个中国”或“一中一台”) share what stands before the first. */
export const LOOSE_JOIN = /^(?:、|和|或|及|与|或者|[\u4e00-\u9fff]{1,2}[和、])$/;
/** Names listed one after another as the objects of one verb (推进“双减”和“五项管理”, 开展“扫黄”、“打非”斗争). */
export const LIST_JOIN = /^(?:、|和|及|与)$/;

/** The first and last quote of the chain the k-th quote stands in: quotes with nothing or a join between them. */
export function chainBounds(folded: string, quotes: readonly Quote[], k: number, join: RegExp): [number, number] {
  const chains = chainsOf(folded, quotes, join);
  return [chains.first[k]!, chains.last[k]!];
}

interface Chains {
  folded: string;
  quotes: readonly Quote[];
  /** Each quote's chain's first and last quote. */
  first: Int32Array;
  last: Int32Array;
}

// The chains of the last list of quotes asked, by join: a report's quotes are each asked for their chain several times
// (is it blamed, launched, the first of a list), and each ask read the marks between it and its neighbours again.
const known = new Map<RegExp, Chains>();

function chainsOf(folded: string, quotes: readonly Quote[], join: RegExp): Chains {
  const kept = known.get(join);
  if (kept && kept.quotes === quotes && kept.folded === folded) return kept;
  const n = quotes.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  // joined[j]: the j-th quote and the next are one chain.
  const joined = new Uint8Array(n);
  for (let j = 0; j + 1 < n; j++) {
    const between = folded.slice(quotes[j]!.closeAt + 1, quotes[j + 1]!.openAt).trim();
    joined[j] = between === '' || join.test(between) ? 1 : 0;
  }
  for (let k = 0; k < n; k++) first[k] = k > 0 && joined[k - 1] ? first[k - 1]! : k;
  for (let k = n - 1; k >= 0; k--) last[k] = k + 1 < n && joined[k] ? last[k + 1]! : k;
  const chains = { folded, quotes, first, last };
  known.set(join, chains);
  return chains;
}
