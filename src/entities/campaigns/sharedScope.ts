import { tagOf, wordBoundaries } from '../segment.ts';
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

// 开展柴油货车、船舶超标排放专项治理 / 加强食品、药品安全专项整治: plain nouns listed before a drive's target, as its first word
// is one, are the things the one drive is over: its name runs from the first of them. Items that are tasks of their own
// (推进污染防治、食品安全专项整治: 防治 is a verb) stay apart.
// A noun, or a place word (城市, 珠三角: 开展城市、农村人居环境集中整治).
const isNoun = (word: string) => {
  const tag = tagOf(word);
  return tag === 'n' || tag === 'ns';
};

function wordsOf(text: string): string[] {
  const b = wordBoundaries(text);
  const words: string[] = [];
  for (let at = 0, i = 1; i <= text.length; i++)
    if (b.has(i)) {
      words.push(text.slice(at, i));
      at = i;
    }
  return words;
}

/** Where a drive's name starting at `start` (right after 、) begins once the things listed before it are taken in. */
export function sharedObjectsStart(folded: string, start: number, stemEnd: number, verbs: readonly string[]): number {
  if (folded[start - 1] !== '、') return start;
  const first = wordsOf(folded.slice(start, stemEnd))[0];
  if (!first || !isNoun(first)) return start;
  let at = start;
  while (folded[at - 1] === '、') {
    let i = at - 1;
    let edge = false;
    while (i > 0 && at - 1 - i < MAX_ITEM) {
      if (ITEM_EDGE.test(folded[i - 1]!) || folded[i - 1] === '、' || verbs.some((v) => folded.startsWith(v, i - v.length))) {
        edge = true;
        break;
      }
      i--;
    }
    const item = folded.slice(i, at - 1);
    if (!edge || !item || !wordsOf(item).every(isNoun)) return start;
    at = i;
  }
  return at;
}
