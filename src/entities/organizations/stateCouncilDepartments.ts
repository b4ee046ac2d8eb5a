import type { EntityContext } from '../context.ts';
import { STATE_COUNCIL_DEPARTMENTS, STATE_COUNCIL_REGULATORS } from '../data/stateCouncilDepartments.ts';
import { occurrences, wordIndex } from '../../text/occurrences.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A regulator's longer names come before the shorter ones inside them (银保监会 before 保监会).
const WRITTEN: readonly (readonly [written: string, name: string])[] = [...STATE_COUNCIL_DEPARTMENTS, ...STATE_COUNCIL_REGULATORS].flatMap(
  (d) => [[d.name, d.name] as const, ...(d.short ?? []).map((s) => [s, d.name] as const)],
);
const WRITTEN_INDEX = wordIndex(WRITTEN.map(([w]) => w));
const PARTY_GROUP = /^(党组|党委)$/;
// A department's full name is long enough to hold another body jieba knows whole (中国银行|保险监督管理委员会); a short
// name (银保监会) is not.
const HOLDS_OTHERS = 8;

/**
 * The State Council's ministries and commissions by name (公安部, 教育部, 科技部 for 科学技术部), which jieba reads as one
 * common noun (公安部/n) so that no head-noun rule sees a body in them. Only as whole words of jieba's: 教育|部门 and
 * 司法|部门 are any department of the field (and so is 铁道部|门, which jieba cuts so), 教育部长 a title (read with its body
 * elsewhere). A full name takes the place of the bodies read inside it (中国银行 in 中国银行保险监督管理委员会): those are
 * returned as absorbed.
 */
export function stateCouncilDepartments(ctx: EntityContext, taken: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const found = occurrences(folded, WRITTEN_INDEX);
  for (let k = 0; k < WRITTEN.length; k++) {
    const [written, name] = WRITTEN[k]!;
    for (const at of found[k]!) {
      const end = at + written.length;
      // 教育部党组/n: jieba keeps a ministry's party group as one word; the ministry's name ends before it (the body is read
      // before its party group, as 宜丰县公安局|党委).
      const partyGroup = seg.boundaries.has(end + 2) && PARTY_GROUP.test(folded.slice(end, end + 2));
      if (!seg.boundaries.has(at) || !(seg.boundaries.has(end) || partyGroup) || folded[end] === '门') continue;
      if (cover.any(at, end)) {
        const inside = written.length >= HOLDS_OTHERS ? taken.filter((h) => h.start < end && h.end > at) : [];
        if (!inside.length || inside.some((h) => h.start < at || h.end > end) || out.some((h) => h.start < end && h.end > at)) continue;
        absorbed.push(...inside);
      }
      const hit: OrgHit = { start: at, end, kind: 'nat', id: name, name, score: 0.9 };
      out.push(hit);
      cover.add(hit);
    }
  }
  return { hits: out, absorbed };
}
