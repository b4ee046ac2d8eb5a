import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { wordsOpeningOn } from '../wordsByCharacter.ts';

// A conjunction jieba glued to the river or lake after it (泾河|和洛河/nr), and the waters' one-character suffixes.
const GLUED = /^[和与及]([\u4e00-\u9fff]{1,2}[河江湖溪])$/;
const NAME_TAGS = /^(nr|nrt|nz|x)$/;
// The conjunctions: nearly no word opens on one and is 3–4 long, so only the words that open on one are read.
const AND = new CodeSet('和与及');

/**
 * 泾河和洛河, 汾河与涑水河: a water that jieba read with the conjunction before it as one guessed word (和洛河/nr) is the
 * water without it where a place of the same suffix ends right before the conjunction: the two are joined, as in a list.
 */
export function watersAfterConjunction(ctx: EntityContext, places: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  let endingAt: Map<number, EntityCandidate> | undefined;
  const { tokens } = ctx.seg;
  const opening = wordsOpeningOn(ctx.seg, ctx.folded, AND);
  for (let n = 0; n < opening.length; n++) {
    const t = tokens[opening[n]!]!;
    if (t.word.length < 3 || t.word.length > 4 || !NAME_TAGS.test(t.tag)) continue;
    const m = GLUED.exec(t.word);
    if (!m) continue;
    // Made at the first glued word only (most reports have none): a map of every place found so far.
    endingAt ??= new Map(places.map((p) => [p.end, p]));
    if (!endingAt.get(t.start) || ctx.folded[t.start - 1] !== m[1]!.at(-1)) continue;
    out.push(placeCandidate(ctx.text, t.start + 1, t.end, 'feature', 0.7, 'places'));
  }
  return out;
}
