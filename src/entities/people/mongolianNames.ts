import type { EntityContext } from '../context.ts';
import { MONGOLIAN_NAME_PARTS } from '../data/mongolianNameParts.ts';
import type { NameHit } from './untitledNames.ts';

const PARTS = new Set(MONGOLIAN_NAME_PARTS);
const LENGTHS = [...new Set(MONGOLIAN_NAME_PARTS.map((p) => p.length))].sort((a, b) => b - a);
const FIRST_CHARS = new Set(MONGOLIAN_NAME_PARTS.map((p) => p[0]!));
// What a place or a body named after a person-like word ends with (巴特尔镇, 宝音图苏木, 阿拉坦合力嘎查): not a name there.
const NAMES_A_PLACE = /^[县乡镇村区寺庙山湖河沟峰岗湾街路桥园站厂局队社旗盟嘎苏图浩]/;

/** The length of a name word starting at `at`, longest first, or 0. */
function partAt(folded: string, at: number): number {
  for (const n of LENGTHS) if (PARTS.has(folded.slice(at, at + n))) return n;
  return 0;
}

/**
 * Mongolian names (孟和巴特尔, 乌云其木格, 额尔敦巴雅尔): two words of the names' own stock side by side, standing as
 * words of their own. A Mongol of Inner Mongolia is written without a surname, so the surname-led readings cut such a
 * name after a character that happens to be a surname (孟|和).
 */
export function mongolianNames(ctx: EntityContext): NameHit[] {
  const { folded, seg } = ctx;
  const out: NameHit[] = [];
  for (let at = 0; at + 4 <= folded.length; at++) {
    if (!FIRST_CHARS.has(folded[at]!) || !seg.boundaries.has(at)) continue;
    const first = partAt(folded, at);
    const second = first ? partAt(folded, at + first) : 0;
    if (!second) continue;
    const end = at + first + second;
    if (!seg.boundaries.has(end) || NAMES_A_PLACE.test(folded.slice(end, end + 1))) continue;
    out.push({ start: at, end, score: 0.8 });
    at = end - 1;
  }
  return out;
}
