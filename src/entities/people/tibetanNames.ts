import type { EntityContext } from '../context.ts';
import { TIBETAN_NAME_PARTS } from '../data/tibetanNameParts.ts';
import type { NameHit } from './untitledNames.ts';

const PARTS = new Set(TIBETAN_NAME_PARTS);
const FIRST_CHARS = new Set(TIBETAN_NAME_PARTS.map((p) => p[0]!));
// What a place or a body named after a person-like word ends with (尼玛县, 扎西岗乡, 白玛寺): the pair is not a name there.
const NAMES_A_PLACE = /^[县乡镇村区寺庙山湖河沟峰岗湾街路桥园站厂局队社]/;

/**
 * Tibetan names (次仁多吉, 普布扎西, 德吉卓玛): two words of the names' own stock side by side, standing as words of their
 * own. A Tibetan has no surname, so the surname-led readings never see these names, whatever post stands before them.
 */
export function tibetanNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (let at = 0; at + 4 <= folded.length; at++) {
    if (!FIRST_CHARS.has(folded[at]!) || !PARTS.has(folded.slice(at, at + 2)) || !PARTS.has(folded.slice(at + 2, at + 4))) continue;
    if (!seg.boundaries.has(at) || !seg.boundaries.has(at + 4)) continue;
    if (NAMES_A_PLACE.test(folded.slice(at + 4, at + 5))) continue;
    out.push({ start: at, end: at + 4, score: 0.75 });
    at += 3;
  }
  return out;
}
