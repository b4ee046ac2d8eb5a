import type { IndicatorRead } from './indicatorRead.ts';
import { ADDITION_VERB } from './indicatorWords.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 年末全县有规模以上工业企业312家，全年新增62家: an addition verb left alone before a count adds to the level the figure before
// it counted (新增规模以上工业企业), not to a change, a share or a rate.
const ADDED_ALONE = new RegExp(`^${ADDITION_VERB}$`);

/** The key of a bare addition (新增) after a level counted before it in the sentence, if it is one. */
export function bareAddition(own: string, prev: IndicatorRead | undefined): string | undefined {
  if (!ADDED_ALONE.test(own) || !prev || prev.change !== null || prev.text.length < 2 || /[占率]/.test(prev.text)) return undefined;
  // 筹集保障性租赁住房5200套，其中新建3100套: the addition is one way of the deed before, and takes its place (新建保障性租赁住房).
  const first = segmentPhrase(prev.text).tokens[0];
  const deed = first && first.tag === 'v' && prev.text.length - first.end >= 2 ? first.end : 0;
  return own + prev.text.slice(deed);
}
