import type { Segmentation } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { STATE_LETTERS } from '../world/stateLetters.ts';

// A pair of states' one-character forms (world/stateLetters: 中美, 中日, 美苏, 中葡) right before a treaty's word names that
// treaty's parties (中日和平友好条约, 中美联合声明).

/**
 * Where a pair of two states' one-character forms starts when one ends at `end` (中美 before 联合声明): two different
 * letters, the first opening a word of jieba's. A pair that is a place's own name (巴西, 苏丹, 西德) is that place, not a pair.
 */
export function statePairBefore(seg: Segmentation, folded: string, end: number): number | undefined {
  const start = end - 2;
  if (start < 0) return undefined;
  const a = folded[start]!;
  const b = folded[start + 1]!;
  if (a === b || !STATE_LETTERS.has(a) || !STATE_LETTERS.has(b)) return undefined;
  if (seg.tokens[seg.tokenAt[start] ?? -1]?.start !== start) return undefined;
  if (worldNames().has(a + b)) return undefined;
  return start;
}
