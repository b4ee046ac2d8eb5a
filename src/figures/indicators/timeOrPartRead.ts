import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 农业生产合作社在今年八月已经发展到十万个，预计明年春耕时将达五十万个以上: a number whose words name only when (春耕时) measures
// what the number before it in the sentence measured, in the same unit. 年应纳税所得额100万元至300万元部分: so does the second
// number of a range, read with the frame after it (部分).

const TIME_ONLY = /^(?:在|到|至|于)?[\u4e00-\u9fff]{0,4}?(?:时|期间|以内|内|年底|年末|月底|月份|月)$/;
const MAX_TIME = 6;
const RANGE = /^\s*(?:[-－—–~～至到])\s*$/;
const PART = /^(?:部分|之间|区间|范围|以内|以下)$/;

/** Gives each read that names only a time, or a range's frame, the measure of the number before it, in place. */
export function timeOrPartReads(
  sentence: string,
  figures: readonly SentenceFigure[],
  _slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 1; i < out.length; i++) {
    const read = out[i]!;
    const prev = out[i - 1]!;
    if (prev.text === read.text || !prev.text || TIME_ONLY.test(prev.text)) continue;
    const gap = sentence.slice(figures[i - 1]!.end, figures[i]!.start);
    // 达到序时 (on schedule) is a deed, not a time.
    const time =
      read.text.length <= MAX_TIME &&
      TIME_ONLY.test(read.text) &&
      figures[i]!.baseUnit === figures[i - 1]!.baseUnit &&
      !segmentPhrase(read.text).tokens.some((t) => t.tag.startsWith('v'));
    const part = PART.test(read.text) && RANGE.test(gap);
    if ((time && !/[;；]/.test(gap)) || part) out[i] = { ...prev, change: read.change ?? prev.change, from: 'previous' };
  }
}
