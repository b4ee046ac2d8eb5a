// 实施长江上游、黄河上中游天然林保护工程 / 官渡河、潢河城区段综合治理工程: waters listed before a work's name are its one scope,
// written with the name's head once; the work is one programme named by them all, not a programme of the last water alone.
// Items that are works of their own (退耕还林、退牧还草和京津风沙源治理工程) are no scope and stay apart.

// A stretch of water, named as a river or lake, its reach (上游, 流域) or its reservoir.
const WATER_END = '(?:[上中下]游|上中游|中下游|流域|干流|支流|沿岸|沿线|水库|[河江湖溪渠淀泊])';
const WATER_ITEM = new RegExp(`^[\\u4e00-\\u9fff]{1,8}${WATER_END}$`);
const OPENS_ON_WATER = new RegExp(`^[\\u4e00-\\u9fff]{1,5}?${WATER_END}`);
const ITEM_EDGE = /[\s,，。;；:：!！?？()（）《》“”"'0-9]/;
const MAX_ITEM = 10;

/**
 * Where a work's name starting at `start` (right after 、) begins once the waters listed before it are taken in: the start of
 * the first of them, or `start` where the name opens on no water or an item before it is no water.
 */
export function sharedScopeStart(folded: string, start: number, verbs: readonly string[]): number {
  if (folded[start - 1] !== '、' || !OPENS_ON_WATER.test(folded.slice(start, start + 8))) return start;
  let at = start;
  while (folded[at - 1] === '、') {
    let i = at - 1;
    while (i > 0 && at - 1 - i < MAX_ITEM && !ITEM_EDGE.test(folded[i - 1]!) && folded[i - 1] !== '、') {
      // 实施长江上游, 加大长江上游: the verb before the list opens it.
      if (verbs.some((v) => folded.startsWith(v, i - v.length))) break;
      i--;
    }
    if (!WATER_ITEM.test(folded.slice(i, at - 1))) return start;
    at = i;
  }
  return at;
}
