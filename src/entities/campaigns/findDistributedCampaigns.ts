import type { Span } from '../../types.ts';
import { BREAK_CHARS } from './lexicon.ts';
import type { PatternedCampaign } from './findPatternedCampaigns.ts';

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

/**
 * The other items of a 、-list whose last item carries a battle head: each is a campaign of its own (蓝天保卫战, 碧水保卫战
 * from 蓝天、碧水、净土保卫战). Items are read as long as the last one's stem: parallel lists keep their items one length,
 * and reading a fixed length needs no guess at the verb before the first item (打好蓝天).
 */
export function findDistributedCampaigns(folded: string, patterned: PatternedCampaign[]): DistributedCampaign[] {
  const found: DistributedCampaign[] = [];
  for (const p of patterned) {
    if (p.kind !== 'battle' || !SHARED_HEAD.test(p.head)) continue;
    const stemLength = p.end - p.head.length - p.start;
    if (stemLength < MIN_ITEM || stemLength > MAX_ITEM) continue;
    const items: DistributedCampaign[] = [];
    for (let sep = p.start - 1; folded[sep] === '、'; ) {
      const start = sep - stemLength;
      const item = folded.slice(start, sep);
      if (start < 0 || item.length !== stemLength || [...item].some((c) => BREAK_CHARS.test(c) || !/\p{Script=Han}/u.test(c))) break;
      items.unshift({ start, end: sep, name: item + p.head, stem: item });
      sep = start - 1;
    }
    found.push(...items);
  }
  return found;
}
