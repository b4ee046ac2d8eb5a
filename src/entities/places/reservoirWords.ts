import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import type { Token } from '../segment.ts';
import { LANDMARK_KIND_WORDS } from '../data/landmarkClasses.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';
import { placeCandidate } from './placeCandidate.ts';
import { NOT_IN_NAME } from './reserveNames.ts';

const SOURCE = 'landmarks';
// A word of a reservoir and its name (丹江口水库, 官厅水库): asked once per distinct word.
const RESERVOIR_WORD = wordFlag((w) => w.length >= 4 && w.endsWith('水库') && !LANDMARK_KIND_WORDS.has(w.slice(0, -2)));
// 双/n|河水库/n: jieba glues a water's character to 水库 and leaves the name's first character alone before it.
const WATER_RESERVOIR_WORD = wordFlag((w) => /^[河江湖溪]水库$/.test(w));
// One character of a name jieba could not join (藕/n|塘/j, 双/n|河水库).
const CHAR_TAGS = /^(n|ng|j|x|nr|ns|nz|zg|g)$/;
// What stands before the first word of a clause.
const CLAUSE_BREAK = /^[、，,。；;：:\s（(“]$/;
// A division written with its level (宜宾市), after which a name begins as after a clause's break.
const DIVISION = /^[\u4e00-\u9fff]{2,}[省市县区镇乡]$/;

/** Whether the word before a name (`before`, or none: the text's start) ends a clause or a division written with its level. */
export const opensClause = (before: Token | undefined) =>
  !before || CLAUSE_BREAK.test(before.word) || (before.tag === 'ns' && DIVISION.test(before.word));

/**
 * Reservoirs jieba reads as one word with their name: whole as a place word, a name or a person's name, which no person's
 * is (丹江口水库/ns, 官厅水库/nz, 岳城水库/nr); and the one whose name's last character it glued to 水库, the first left
 * alone at a clause's start or after a division (、|双/n|河水库, 宜宾市|双/n|河水库).
 */
export function findReservoirWords(ctx: EntityContext): EntityCandidate[] {
  const { seg, text } = ctx;
  const { tokens } = seg;
  const out: EntityCandidate[] = [];
  for (const k of tokensWith(seg, RESERVOIR_WORD)) {
    const t = tokens[k]!;
    if (t.tag === 'ns' || t.tag === 'nz' || t.tag === 'nr') out.push(placeCandidate(text, t.start, t.end, 'feature', 0.75, SOURCE));
  }
  for (const k of tokensWith(seg, WATER_RESERVOIR_WORD)) {
    const p2 = tokens[k - 1];
    if (
      p2?.word.length === 1 &&
      p2.end === tokens[k]!.start &&
      CHAR_TAGS.test(p2.tag) &&
      !NOT_IN_NAME.has(p2.word) &&
      opensClause(tokens[k - 2])
    )
      out.push(placeCandidate(text, p2.start, tokens[k]!.end, 'feature', 0.75, SOURCE));
  }
  return out;
}
