import type { Span } from '../../types.ts';
import { BREAK_CHARS, LEFT_STOP_CHARS, LEFT_STOP_WORDS } from './lexicon.ts';
import { COUNTED_BATTLES, type PatternedCampaign } from './findPatternedCampaigns.ts';
import { chineseNumeral } from '../../text/chineseNumeral.ts';

/** A named item of a 、-list sharing the head written once after its last item (蓝天 in 蓝天、碧水、净土保卫战). */
export interface DistributedCampaign extends Span {
  /** The item with the shared head: 蓝天保卫战. The mention's span reads the item alone, the only text it has. */
  name: string;
  stem: string;
}

// Battles are listed by their fronts with the head written once (打好蓝天、碧水、净土保卫战); other heads are not distributed,
// since a list before 专项行动 or 工程 names targets of one drive more often than several drives.
const SHARED_HEAD = /(?:攻坚战|保卫战|防御战|阻击战|歼灭战)$/;
const MIN_ITEM = 2;
const MAX_ITEM = 4;
/** A front named before a count (防范化解重大风险 in …、防范化解重大风险、精准脱贫三大攻坚战) may be longer. */
const MAX_COUNTED_ITEM = 10;

/**
 * The other items of a 、-list whose last item carries a battle head: each is a campaign of its own (蓝天保卫战, 碧水保卫战
 * from 蓝天、碧水、净土保卫战). Items are read as long as the last one's stem: parallel lists keep their items one length,
 * and reading a fixed length needs no guess at the verb before the first item (打好蓝天).
 */
export function findDistributedCampaigns(folded: string, patterned: PatternedCampaign[]): DistributedCampaign[] {
  const found: DistributedCampaign[] = [];
  for (const p of patterned) {
    if (p.kind !== 'battle' || !SHARED_HEAD.test(p.head)) continue;
    const count = folded.slice(p.start, p.end - p.head.length);
    if (p.counted && COUNTED_BATTLES.test(count) && count.length === 2) {
      found.push(...countedFronts(folded, p.start, chineseNumeral(count[0] === '两' ? '二' : count[0]!) ?? 0, p.head));
      continue;
    }
    const stemLength = p.end - p.head.length - p.start;
    if (stemLength < MIN_ITEM || stemLength > MAX_ITEM) continue;
    const items: DistributedCampaign[] = [];
    for (let sep = p.start - 1; folded[sep] === '、';) {
      const start = sep - stemLength;
      const item = folded.slice(start, sep);
      if (start < 0 || item.length !== stemLength || [...item].some((c) => BREAK_CHARS.test(c) || !/\p{Script=Han}/u.test(c))) break;
      items.unshift({ start, end: sep, name: withHead(item, p.head), stem: item });
      sep = start - 1;
    }
    found.push(...items);
  }
  return found;
}

/**
 * The `n` fronts written before a count (蓝天、碧水、净土 before 三大保卫战): n items separated by 、, the first one bounded on
 * its left by the verb or break before it. Nothing when the list is longer or shorter than its count says.
 */
function countedFronts(folded: string, countAt: number, n: number, head: string): DistributedCampaign[] {
  if (n < 2) return [];
  const items: DistributedCampaign[] = [];
  let end = countAt;
  for (let k = 0; k < n; k++) {
    const first = k === n - 1;
    let start = end;
    while (start > 0 && end - start < MAX_COUNTED_ITEM) {
      const c = folded[start - 1]!;
      if (BREAK_CHARS.test(c) || (!first && c === '和')) break;
      if (first && (LEFT_STOP_CHARS.has(c) || LEFT_STOP_WORDS.some((w) => folded.startsWith(w, start - w.length)))) break;
      start--;
    }
    const item = folded.slice(start, end);
    if (item.length < MIN_ITEM || ![...item].every((c) => /\p{Script=Han}/u.test(c))) return [];
    // Every item but the first ends at a 、 (or the 和 before the last) on its left; the first one must not (a longer
    // list than its count).
    const joined = folded[start - 1] === '、' || folded[start - 1] === '和';
    if (joined === first) return [];
    items.unshift({ start, end, name: withHead(item, head), stem: item });
    end = start - 1;
  }
  return items;
}

/** 脱贫攻坚 with the head 攻坚战 is 脱贫攻坚战: an item already ending in the head's verb takes only its 战. */
function withHead(item: string, head: string): string {
  const verb = head.slice(0, -1);
  return item.endsWith(verb) ? item + head.slice(-1) : item + head;
}
