import type { IndicatorRead } from './indicatorRead.ts';
import { ADDITION_VERB } from './indicatorWords.ts';

// 年末全县有规模以上工业企业312家，全年新增62家: an addition verb left alone before a count adds to the level the figure before
// it counted (新增规模以上工业企业), not to a change, a share or a rate.
const ADDED_ALONE = new RegExp(`^${ADDITION_VERB}$`);

/** The key of a bare addition (新增) after a level counted before it in the sentence, if it is one. */
export function bareAddition(own: string, prev: IndicatorRead | undefined): string | undefined {
  if (!ADDED_ALONE.test(own) || !prev || prev.change !== null || prev.text.length < 2 || /[占率]/.test(prev.text)) return undefined;
  return own + prev.text;
}
