import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { placeCandidate } from './placeCandidate.ts';

const SOURCE = 'region-governments';
// 香港特区政府/nt, 澳门特别行政区政府/nt: jieba holds a special administrative region's government as one word.
const REGION_GOVERNMENT = /^(.{2,3})(特区|特别行政区)政府$/;
const WORDS = ['特区政府', '特别行政区政府'];

/**
 * The region in its government's word (香港特区|政府 → 香港特区): the news gold reads 香港特区政府 as the place, as it reads
 * 中国 in 中国政府, and no body is read there alone (regionBureaus reads one only with the bureau after it, whose name then
 * holds the region).
 */
export function findRegionGovernmentPlaces(ctx: EntityContext): EntityCandidate[] {
  const { folded, seg, gaz, text } = ctx;
  const out: EntityCandidate[] = [];
  for (const word of WORDS) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const t = seg.tokens[seg.tokenAt[at] ?? -1];
      const m = t && t.end === at + word.length ? REGION_GOVERNMENT.exec(t.word) : null;
      if (!t || !m || !gaz.byName.get(m[1]!)?.some((p) => p.name.endsWith('特别行政区'))) continue;
      out.push(placeCandidate(text, t.start, t.end - 2, 'province', 0.85, SOURCE));
    }
  }
  return out;
}
