import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import type { OrgHit } from './orgHit.ts';
import { readListOutward } from './readListOutward.ts';

// The works a list of the state's projects names: plants, companies, power stations and mines (南京钢铁厂, 本溪钢铁公司,
// 太原第一热电站, 江苏锦屏磷矿).
const WORKS_END = /(?:厂|公司|电站|矿|矿务局)$/;
// What parts the members of such a list: the older reports part them with commas (重要的有：本溪钢铁公司，黑龙江钢厂，…，等等;
// the folded text writes the comma narrow).
const PARTS = /^[，,、和及]$/;
const MAX_MEMBER = 12;

/**
 * Works listed beside a work read already, each named by a place and what it makes (重要的有：本溪钢铁公司，黑龙江钢厂，
 * 吉林肥料厂，吉林电石厂，…; 有乌鲁木齐八一钢铁厂，南京钢铁厂，…贵阳钢铁厂，等等): the list names one works each, where a
 * province's (江西钢铁厂) or a generic product's (钢铁厂, 造纸厂) plant alone could be any. A member so read is the neighbour
 * the next one is read beside. Found reading the 1958 report after audit21's samples (the lists of the plan's projects).
 */
export function listedWorks(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const placeStarts = new Set(ctx.gazMatches.map((g) => g.start));
  const anchors = taken.filter(
    (h) => h.kind === 'co' && WORKS_END.test(h.name) && (PARTS.test(folded[h.end] ?? '') || PARTS.test(folded[h.start - 1] ?? '')),
  );
  return readListOutward(folded, taken, anchors, [(h) => memberAfter(h.end), (h) => memberBefore(h.start)]);

  /** The member after the mark at `at`: a place, then Han characters up to a works' head before the next mark. */
  function memberAfter(at: number): { start: number; end: number } | undefined {
    if (!PARTS.test(folded[at] ?? '')) return undefined;
    let end = at + 1;
    while (end < folded.length && isHan(folded[end]!) && !PARTS.test(folded[end]!) && end - at - 1 < MAX_MEMBER) end++;
    return member(at + 1, end);
  }

  /** The member before the mark right before `at`, opening the list at a colon, a 有 or another mark. */
  function memberBefore(at: number): { start: number; end: number } | undefined {
    if (!PARTS.test(folded[at - 1] ?? '')) return undefined;
    let start = at - 1;
    while (start > 0 && isHan(folded[start - 1]!) && !PARTS.test(folded[start - 1]!) && at - 1 - start < MAX_MEMBER) start--;
    return member(start, at - 1);
  }

  function member(start: number, end: number): { start: number; end: number } | undefined {
    const text = folded.slice(start, end);
    if (text.length < 4 || !WORKS_END.test(text) || !placeStarts.has(start)) return undefined;
    // The member ends where the list goes on or ends (a mark, 等), not inside a longer phrase.
    const next = folded[end] ?? '';
    if (!(PARTS.test(next) || next === '等' || !isHan(next))) return undefined;
    return { start, end };
  }
}
