import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordEndingAt, type Segmentation } from '../segment.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A bank's (or company's) branch named by the place it serves: 柯桥支行, 上虞支行, 人民银行绍兴市分行, 诸暨营业部. jieba
// reads 支行 and 分行 as verbs, so no recognizer of body names reads them.
const BRANCH = /^(支行|分行|营业部|分理处)/;

/**
 * Branches: a place found in the text (柯桥, 绍兴市) right before 支行, 分行, 营业部 or 分理处, with the bank before the place
 * when one is read right there (人民银行|绍兴市|分行).
 */
export function bankBranches(ctx: EntityContext, places: readonly EntityCandidate[], taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const bankEndingAt = new Map(taken.filter((h) => /银行$/.test(h.name)).map((h) => [h.end, h]));
  for (const p of places) {
    const branch = BRANCH.exec(folded.slice(p.end, p.end + 3));
    if (!branch || !ctx.seg.boundaries.has(p.start)) continue;
    const start = bankEndingAt.get(p.start)?.start ?? bankWordBefore(ctx.seg, p.start) ?? p.start;
    const end = p.end + branch[0].length;
    if (cover.any(p.start, end)) continue;
    const name = folded.slice(start, end);
    const hit: OrgHit = { start, end, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

/** Where a bank jieba reads as one word (人民银行/nt, 农业银行) ends right at `at`: its start. */
function bankWordBefore(seg: Segmentation, at: number): number | undefined {
  const t = wordEndingAt(seg, at);
  return t && t.word.length >= 4 && t.word.endsWith('银行') ? t.start : undefined;
}
