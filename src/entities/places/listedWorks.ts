import type { Token } from '../segment.ts';
import { LANDMARK_KIND_WORDS } from '../data/landmarkClasses.ts';
import { GENERIC_STEMS } from './placeStems.ts';
import { isHan } from '../../text/han.ts';

// The name of a work or ground (namedLandmarks.ts) that a list of works of its class vouches for.

// Tags of a word a list of works vouches for as a name: names, words jieba did not know, and the time words some names
// are (四清/t); not a common noun, which names a kind (文化|遗址、考古遗址).
const LISTED_NAME_TAGS = /^(nz|ns|nr|nrt|t|x|j)$/;

/**
 * 调度|锦潭/x|水库、银英水库, 四清/t|水库、山河水库: a word of two characters before a class noun, that class noun written again
 * right after a 、 (or right before one before it), is the name of one of the works the list names, whatever jieba took the
 * word for (调度|锦潭 read as a noun's tail); not a word for a kind of work (小型|水库、山塘水库).
 */
export function listedName(tokens: Token[], i: number, folded: string, cls: string): number | undefined {
  const prev = tokens[i - 1]!;
  const t = tokens[i]!;
  if (prev.end !== t.start || prev.word.length !== 2 || !isHan(prev.word) || !LISTED_NAME_TAGS.test(prev.tag)) return undefined;
  if (LANDMARK_KIND_WORDS.has(prev.word) || GENERIC_STEMS.has(prev.word)) return undefined;
  // The next member's name of two to four characters, then the class noun (、银英|水库).
  const after = t.start + cls.length;
  const nextListed = folded[after] === '、' && [2, 3, 4].some((k) => folded.startsWith(cls, after + 1 + k));
  const listed = nextListed || (folded[prev.start - 1] === '、' && folded.slice(0, prev.start - 1).endsWith(cls));
  return listed ? prev.start : undefined;
}
