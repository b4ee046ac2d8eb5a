import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';

// A conjunction jieba glued to the river or lake after it (泾河|和洛河/nr), and the waters' one-character suffixes.
const GLUED = /^[和与及]([\u4e00-\u9fff]{1,2}[河江湖溪])$/;

/**
 * 泾河和洛河, 汾河与涑水河: a water that jieba read with the conjunction before it as one guessed word (和洛河/nr) is the
 * water without it where a place of the same suffix ends right before the conjunction: the two are joined, as in a list.
 */
export function watersAfterConjunction(ctx: EntityContext, places: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const endingAt = new Map(places.map((p) => [p.end, p]));
  for (const t of ctx.seg.tokens) {
    if (!/^(nr|nrt|nz|x)$/.test(t.tag)) continue;
    const m = GLUED.exec(t.word);
    const before = m && endingAt.get(t.start);
    if (!before || ctx.folded[t.start - 1] !== m[1]!.at(-1)) continue;
    out.push(placeCandidate(ctx.text, t.start + 1, t.end, 'feature', 0.7, 'places'));
  }
  return out;
}
