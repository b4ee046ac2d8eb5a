import type { Segmentation } from '../segment.ts';
import { STATE_LETTERS } from './stateLetters.ts';

// 葡属几内亚, 法属圭亚那, 英属维尔京群岛, 美属萨摩亚: a state's one-character form and 属 ('held by') before a country or
// region name the territory that state holds or held, another place than the country of the bare name (几内亚 is Guinea,
// 葡属几内亚 Portuguese Guinea, today Guinea-Bissau).

/** Where the territory opens when the name at `at` has a state's form and 属 right before it (at - 2), else undefined. */
export function colonyOpening(seg: Segmentation, folded: string, at: number): number | undefined {
  if (at < 2 || folded[at - 1] !== '属' || !STATE_LETTERS.has(folded[at - 2]!)) return undefined;
  // The state's form opens a word (葡属/x, 法属圭亚那/ns): not 归属|几内亚 or 金属|…, whose 属 ends another word.
  return seg.tokens[seg.tokenAt[at - 2] ?? -1]?.start === at - 2 ? at - 2 : undefined;
}

/** `at` is inside one word of jieba's that opens on a territory's state form and 属 (法属圭亚那/ns) right before it. */
export function insideColonyWord(seg: Segmentation, folded: string, at: number): boolean {
  const t = seg.tokens[seg.tokenAt[at] ?? -1];
  return !!t && t.start === at - 2 && colonyOpening(seg, folded, at) !== undefined;
}
