import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { tokensOfAny } from '../wordTable.ts';
import { placeCandidate } from './placeCandidate.ts';
import { FEATURE_GENERIC_CHARS, GENERIC_STEMS } from './placeStems.ts';
import { FUNCTION_CHARS } from './stemWords.ts';
import { isHan } from '../../text/han.ts';

// Rivers named with 水 (耒水, 钟水, 潇水): 水 ends far more words of the language (污水, 雨水, 饮水) than names, so it is no
// suffix of its own (suffixPlaces.ts); a name of two characters that jieba does not know is a river where a river's words
// stand around it.

// What is written of a river right after its name: its parts and a bulletin's readings of it.
const AFTER_RIVER = ['干流', '流域', '支流', '上游', '中游', '下游', '河段', '两岸', '沿岸', '水质', '断面'];
// What names a river right before its name: it is a tributary of the water named before (湘江一级支流|耒水).
const BEFORE_RIVER = ['支流', '干流'];

/** A river of two characters ending in 水 that jieba does not know as a word (耒水/x): not 入水, 全水, 海水. */
function riverName(word: string, tag: string): boolean {
  return (
    word.length === 2 &&
    word[1] === '水' &&
    tag === 'x' &&
    isHan(word) &&
    !FUNCTION_CHARS.has(word[0]!) &&
    !GENERIC_STEMS.has(word[0]!) &&
    !FEATURE_GENERIC_CHARS.has(word[0]!)
  );
}

/**
 * 耒水/x|干流, 支流|耒水/x, 钟水/x|嘉禾县|段: a name of two characters ending in 水 that jieba does not know is a river
 * where a river's part or reading follows it, where 支流 stands right before it, or where a division it runs through and 段
 * follow it (the stretch in that county). `gazSpans` holds the gazetteer's places as "start:end".
 */
export function findShuiRivers(ctx: EntityContext, gazSpans: Set<string>): EntityCandidate[] {
  const { seg, folded, text } = ctx;
  const { tokens } = seg;
  const out: EntityCandidate[] = [];
  const seen = new Set<number>();
  const add = (k: number) => {
    const t = tokens[k];
    if (!t || seen.has(k) || !riverName(t.word, t.tag)) return;
    seen.add(k);
    out.push(placeCandidate(text, t.start, t.end, 'feature', 0.7, 'places'));
  };
  const after = tokensOfAny(seg, AFTER_RIVER);
  for (let n = 0; n < after.length; n++) if (tokens[after[n]! - 1]?.end === tokens[after[n]!]!.start) add(after[n]! - 1);
  const before = tokensOfAny(seg, BEFORE_RIVER);
  for (let n = 0; n < before.length; n++) if (tokens[before[n]! + 1]?.start === tokens[before[n]!]!.end) add(before[n]! + 1);
  const stretches = tokensOfAny(seg, ['段']);
  for (let n = 0; n < stretches.length; n++) {
    const place = tokens[stretches[n]! - 1];
    if (
      place &&
      gazSpans.has(`${place.start}:${place.end}`) &&
      folded[place.end] === '段' &&
      tokens[stretches[n]! - 2]?.end === place.start
    )
      add(stretches[n]! - 2);
  }
  return out;
}
