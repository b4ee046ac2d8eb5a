import type { EntityContext } from '../context.ts';
import type { OrgHit } from './orgHit.ts';
import { SpanCover } from '../../text/spanCover.ts';

// The units a bureau has in its towns or by number, written right after it (税务局|湖塘|税务所, 公安局|城关|派出所,
// 税务局|第一|税务|分局) and its own inspection bureau (税务局|稽查局).
const UNIT_END = /(税务所|税务分局|派出所|分局|中队|稽查局)$/;
const NAME_TAGS = /^(ns|nz|nr|nrt|x|j)$/;
const ORDINAL = /^第[一二三四五六七八九十]+$/;
const MAX_UNIT = 6;

/**
 * A bureau's units written right after it: one named by its town or area (武进区税务局|湖塘税务所) is a body of its own, named
 * as written, beside its bureau; one named by number or by its work alone (常州市税务局第一税务分局, 市税务局稽查局) is
 * known only with its bureau, and the bureau's hit is carried on over it (in place).
 */
export function subordinateUnits(ctx: EntityContext, hits: OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  // A snapshot: the hits' ends move below (a bureau carried on to its unit), and the cover answers for them as they were.
  const cover = SpanCover.snapshot(folded.length, hits);
  for (const h of hits) {
    if (!h.name.endsWith('局')) continue;
    const k = seg.tokenAt[h.end];
    const first = k === undefined ? undefined : seg.tokens[k];
    if (!first || first.start !== h.end) continue;
    // 稽查局 right after: the bureau's own inspection bureau.
    if (first.word === '稽查局') {
      extend(h, first.end, folded);
      continue;
    }
    const named = NAME_TAGS.test(first.tag) && first.word.length >= 2 && first.word.length <= 3;
    if (!named && !ORDINAL.test(first.word)) continue;
    let end = first.end;
    for (let j = k! + 1; j < seg.tokens.length && j <= k! + 2 && end - first.end < MAX_UNIT; j++) {
      end = seg.tokens[j]!.end;
      if (UNIT_END.test(folded.slice(first.end, end))) break;
    }
    const unit = folded.slice(first.end, end);
    if (!UNIT_END.test(unit) || unit.length < 2 || unit === '稽查局') continue;
    if (named) {
      if (cover.any(first.start, end)) continue;
      const name = folded.slice(first.start, end);
      out.push({ start: first.start, end, kind: 'co', id: name, name, score: 0.8 });
    } else extend(h, end, folded);
  }
  return out;
}

/** The bureau's hit carried on to `end`, in place: the unit read with the bureau that names it. */
function extend(h: OrgHit, end: number, folded: string): void {
  const name = h.name + folded.slice(h.end, end);
  Object.assign(h, { end, kind: 'co', id: name, name });
}
