import type { Span } from '../../types.ts';
import { coverage, type OrgHit } from './orgHit.ts';

/**
 * A list read outward from the members read already (京东集团、美团和拼多多; 本溪钢铁公司，黑龙江钢厂，…): the member each
 * of `sides` finds beside a member (in that order) is one more body when nothing read covers it, and becomes the neighbour
 * the next is read beside. The recognizers say what a member is and what parts them; the walk is shared.
 */
export function readListOutward(
  folded: string,
  taken: readonly OrgHit[],
  anchors: readonly OrgHit[],
  sides: readonly ((h: OrgHit) => Span | undefined)[],
): OrgHit[] {
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const visit = [...anchors];
  while (visit.length) {
    const h = visit.pop()!;
    for (const side of sides) {
      const member = side(h);
      if (!member || cover.any(member.start, member.end)) continue;
      const name = folded.slice(member.start, member.end);
      const hit: OrgHit = { start: member.start, end: member.end, kind: 'co', id: name, name, score: 0.65 };
      out.push(hit);
      cover.add(hit);
      visit.push(hit);
    }
  }
  return out;
}
