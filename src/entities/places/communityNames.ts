import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tokensOfAny } from '../wordTable.ts';
import { placeCandidate } from './placeCandidate.ts';
import { FUNCTION_CHARS } from './stemWords.ts';
import { isHan } from '../../text/han.ts';

// A city's communities (社区) are named after what stood there before them: a village, a bridge, a street or a road
// (南虹村社区, 倪家桥社区, 电信路社区). jieba knows none of these names, so the suffix reader, which wants a name word
// or a parent place before 社区, misses them where a report names the community alone.

// The last character of a name of a settlement or a landmark a community keeps (村, 桥, 街, 巷, 坝, 湾, 营, 屯, 寨, 庄, 坊, 塘).
const NAMED_AFTER = new Set([...'村桥街巷坝湾营屯寨庄坊塘']);
// A road or street written as a word of its own after the word it is named by (电信|路|社区, 人民|路|社区).
const ROAD_WORDS = new Set(['路', '街', '巷']);

/**
 * 倪家桥/x|社区, 南虹村/x|社区: a word jieba does not know, of three or four characters ending in a settlement's or a
 * landmark's character, right before 社区; 电信/n|路/n|社区: a community named by its road, the road a word of its own
 * after a two-character word. Not 城乡社区, 各社区 (no such word before), nor a verb's (建设|路|社区 is no name: the
 * word before the road must be a noun or a name).
 */
export function findCommunityNames(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const { tokens } = seg;
  const out: EntityCandidate[] = [];
  const communities = tokensOfAny(seg, ['社区']);
  for (let n = 0; n < communities.length; n++) {
    const k = communities[n]!;
    const t = tokens[k]!;
    const before = tokens[k - 1];
    if (!before || before.end !== t.start) continue;
    const w = before.word;
    if (
      before.tag === 'x' &&
      (w.length === 3 || w.length === 4) &&
      isHan(w) &&
      !FUNCTION_CHARS.has(w[0]!) &&
      NAMED_AFTER.has(w[w.length - 1]!)
    ) {
      out.push(placeCandidate(text, before.start, t.end, 'village', 0.75, 'places'));
      continue;
    }
    const name = tokens[k - 2];
    if (
      ROAD_WORDS.has(w) &&
      name &&
      name.end === before.start &&
      name.word.length === 2 &&
      isHan(name.word) &&
      /^(n|nz|ns|nr)$/.test(name.tag) &&
      !FUNCTION_CHARS.has(name.word[0]!)
    )
      out.push(placeCandidate(text, name.start, t.end, 'village', 0.75, 'places'));
  }
  return out;
}
