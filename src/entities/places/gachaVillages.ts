import type { Segmentation } from '../segment.ts';
import { GENERIC_STEMS, type SuffixPlace } from './placeStems.ts';
import { isHan } from '../../text/han.ts';

// How long a 嘎查's name may run after the town written before it (阿民温都尔, 乌兰巴日嘎苏: transliterated Mongolian names).
const MAX_GACHA_STEM = 6;
// Characters that end a name read leftwards: particles, prepositions and conjunctions, never in a transliterated name.
const NOT_IN_NAME = /[的和与及等在对为是了把被从向由各全每该本其]/;

/**
 * Villages of Inner Mongolia's pastoral areas (嘎查, the gazetteer's X嘎查村), which no gazetteer list here holds: the
 * name written right after the 苏木, 镇 or 乡 they lie in (绍根镇|阿民|温都尔|嘎查, 赛罕塔拉苏木|查|干花|嘎查: whatever
 * jieba makes of the transliteration), or one word jieba does not know ending in 嘎查 (高勒嘎查/x). 嘎查村 alone, 'the
 * 嘎查 and villages', is a kind.
 */
export function gachaVillages(folded: string, seg: Segmentation, afterPlace: ReadonlySet<number>): SuffixPlace[] {
  const out: SuffixPlace[] = [];
  for (let at = folded.indexOf('嘎查'); at >= 0; at = folded.indexOf('嘎查', at + 2)) {
    const end = at + 2;
    let start: number | undefined;
    for (let s = at - 2; s >= at - MAX_GACHA_STEM && s >= 0; s--) {
      if (!isHan(folded[s]!) || NOT_IN_NAME.test(folded[s]!)) break;
      if (afterPlace.has(s)) {
        start = s;
        break;
      }
    }
    if (start === undefined) {
      const word = seg.tokens[seg.tokenAt[at]!];
      if (word && word.end === end && word.start <= at - 2 && /^(x|ns|nz)$/.test(word.tag)) start = word.start;
    }
    if (start === undefined) continue;
    const stem = folded.slice(start, at);
    if (!isHan(stem) || GENERIC_STEMS.has(stem) || NOT_IN_NAME.test(stem) || /[0-9]/.test(folded[start - 1] ?? '')) continue;
    out.push({ start, end, name: folded.slice(start, end), kind: 'admin', stemEnd: at });
  }
  return out;
}
