import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { addNamedBody, coverage, type OrgHit } from './orgHit.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { isHan } from '../../text/han.ts';

// What jieba makes of a federation's short name it does not know whole (武联/x, 篮联/x, 泳联/n, 足联/j); not a place's,
// which it gives words of the language too (关联/ns, 串联/ns).
const SHORT_NAME_TAGS = /^(n|nz|nr|nrt|j|x)$/;
const WHOLE = /^国际[\u4e00-\u9fff]联$/;
// The words a federation is read at: a whole name, or a short one standing after 国际.
const FEDERATION_WORD = wordFlag((w) => WHOLE.test(w) || (w.length === 2 && w[1] === '联' && /^[\u4e00-\u9fff]$/.test(w[0]!)));

/**
 * International federations by their short names (国际|武联, 国际|篮联): 国际 and a sport's or field's first character with
 * 联 (联合会), which jieba cuts from 国际 where it does not know the whole (国际足联/nt it reads as one body).
 */
export function internationalFederations(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  const words = tokensWith(seg, FEDERATION_WORD);
  for (let n = 0; n < words.length; n++) {
    const i = words[n]!;
    if (i === 0) continue;
    const t = seg.tokens[i]!;
    // 国际羽联/nt: one word of jieba's whose head 联 no body's head list holds.
    if (t.tag === 'nt' && WHOLE.test(t.word) && addNamedBody(out, cover, folded, t.start, t.end, 0.7)) continue;
    if (t.word.length !== 2 || t.word[1] !== '联' || !isHan(t.word[0]!)) continue;
    const prev = seg.tokens[i - 1]!;
    if (prev.word !== '国际' || prev.end !== t.start || !SHORT_NAME_TAGS.test(t.tag) || worldNames().has(t.word)) continue;
    addNamedBody(out, cover, folded, prev.start, t.end, 0.7);
  }
  return out;
}
