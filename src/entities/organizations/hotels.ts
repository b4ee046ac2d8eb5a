import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf, type Token } from '../segment.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// The words a hotel's name ends with (锦江|饭店, 香格里拉|大酒店, 京西宾馆).
const HOTEL_WORD = /^(大?饭店|大?酒店|宾馆|旅馆)$/;
const HOTEL_END = /(饭店|酒店|宾馆|旅馆)$/;
const ENDS_AS_HOTEL = wordFlag((w) => HOTEL_END.test(w));
// Words jieba reads as names: a hotel's brand (希尔顿, 香格里拉), a place it is named for (锦江), an unknown word.
const NAME_TAGS = /^(ns|nz|nr|nrt|nt|j|x|i)$/;

/**
 * Hotels named by a brand or a place (锦江饭店, 香格里拉大酒店, 希尔顿饭店/ns as jieba's one word), with the city or place
 * written right before the name (上海|锦江饭店, 尼罗河|希尔顿饭店); a hotel word after a kind (五星级|饭店, 涉外|宾馆) is any hotel.
 */
export function hotels(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const i of tokensWith(seg, ENDS_AS_HOTEL)) {
    const t = seg.tokens[i]!;
    const nameStart = HOTEL_WORD.test(t.word) ? brandBefore(seg.tokens, i) : wholeHotel(t);
    if (nameStart === undefined) continue;
    // 上海|锦江饭店: the place written right before the name is part of it.
    const k = seg.tokenAt[nameStart]!;
    const prev = seg.tokens[k - 1];
    const start = prev && prev.end === nameStart && prev.tag === 'ns' && isHan(prev.word) && prev.word.length > 1 ? prev.start : nameStart;
    addNamedBody(out, cover, folded, start, t.end);
  }
  return out;
}

/** Where the name before a hotel word starts: a word jieba reads as a name and no kind (锦江/ns, 香格里拉/nrt). */
function brandBefore(tokens: readonly Token[], i: number): number | undefined {
  const w = tokens[i - 1];
  if (!w || w.end !== tokens[i]!.start || w.word.length < 2 || !isHan(w.word)) return undefined;
  return NAME_TAGS.test(w.tag) && !isGenericWord(w) ? w.start : undefined;
}

/** A hotel jieba knows whole as a name (希尔顿饭店/ns, 京西宾馆/ns) whose stem is no kind. */
function wholeHotel(t: Token): number | undefined {
  if (!NAME_TAGS.test(t.tag) || t.tag === 'x' || !isHan(t.word)) return undefined;
  const stem = t.word.replace(HOTEL_END, '');
  return stem.length >= 2 && !isGenericWord({ word: stem, tag: tagOf(stem) }) ? t.start : undefined;
}
