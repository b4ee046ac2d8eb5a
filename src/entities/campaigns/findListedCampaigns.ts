import type { Span } from '../../types.ts';
import { BREAK_CHARS, LEFT_STOP_CHARS, LEFT_STOP_WORDS } from './lexicon.ts';
import { isNamingStem } from './findPatternedCampaigns.ts';
import { SpanCover } from '../../text/spanCover.ts';

// Programme heads a list item needs to be read as a campaign by its neighbour (“头雁”工程、先锋工程和达标创优活动).
const LIST_HEADS = /(?:工程|活动|行动|计划|攻坚战|保卫战|防御战)$/;
const LIST_SEPARATORS = new Set([...'、和及与']);
const MAX_ITEM = 12;

function itemToRight(folded: string, from: number): Span | null {
  if (!LIST_SEPARATORS.has(folded[from] ?? '')) return null;
  let end = from + 1;
  while (end < folded.length && end - from <= MAX_ITEM && !BREAK_CHARS.test(folded[end]!) && !LIST_SEPARATORS.has(folded[end]!)) end++;
  const item = folded.slice(from + 1, end);
  const head = LIST_HEADS.exec(item);
  if (!head || !isNamingStem(item.slice(0, head.index), 2, 'drive')) return null;
  return { start: from + 1, end };
}

function itemToLeft(folded: string, to: number): Span | null {
  if (!LIST_SEPARATORS.has(folded[to - 1] ?? '')) return null;
  const end = to - 1;
  let start = end;
  while (start > 0 && end - start < MAX_ITEM) {
    const c = folded[start - 1]!;
    if (BREAK_CHARS.test(c) || LIST_SEPARATORS.has(c) || LEFT_STOP_CHARS.has(c)) break;
    if (LEFT_STOP_WORDS.some((w) => folded.startsWith(w, start - w.length))) break;
    start--;
  }
  const item = folded.slice(start, end);
  const head = LIST_HEADS.exec(item);
  if (!head || !isNamingStem(item.slice(0, head.index), 2, 'drive')) return null;
  return { start, end };
}

/**
 * Unquoted items with a programme head (…工程, …活动) listed right next to a known campaign, joined by 、/和/及/与:
 * a list of drives names drives of one kind, while the same words alone (理论宣讲活动) are ordinary nouns.
 * @param known the campaigns whose neighbours are read
 * @param occupied spans no new item may overlap (every mention found so far)
 */
export function findListedCampaigns(folded: string, known: Span[], occupied: Span[] = known): Span[] {
  const found: Span[] = [];
  const cover = SpanCover.lazy(folded.length, occupied);
  const taken = (s: Span) => cover.overlaps(s);
  const take = (s: Span) => {
    found.push(s);
    cover.add(s);
  };
  for (const k of known) {
    for (let next = itemToRight(folded, k.end); next && !taken(next); next = itemToRight(folded, next.end)) take(next);
    for (let prev = itemToLeft(folded, k.start); prev && !taken(prev); prev = itemToLeft(folded, prev.start)) take(prev);
  }
  return found;
}
