import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { LIST_JOIN, sharedHead } from './respectively.ts';

// 小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元: a per-unit (每50公斤) between a list and its 分别 numbers says what the
// numbers are counted by. The list's parts still go to the numbers in turn, as they do with no per-unit between.
const PART_SEPARATOR = /、|和|与|及/;

/** Gives the numbers of a 分别 list after a per-unit the parts of the list the per-unit was read with, in place. */
export function perUnitList(
  sentence: string,
  figures: readonly SentenceFigure[],
  _slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 1; i < figures.length; i++) {
    const unit = figures[i - 1]!;
    const gap = sentence.slice(unit.end, figures[i]!.start);
    if (!/每$/.test(sentence.slice(0, unit.start)) || !/^\s*分别/.test(gap) || /[,，;；。]/.test(gap)) continue;
    let last = i;
    while (last + 1 < figures.length && LIST_JOIN.test(sentence.slice(figures[last]!.end, figures[last + 1]!.start))) last++;
    const whole = out[i - 1]!.text;
    const parts = whole.split(PART_SEPARATOR).filter((p) => p.length > 0);
    if (parts.length < 2 || parts.length !== last - i + 1 || out.slice(i, last + 1).some((r) => r.text !== whole)) continue;
    const shared = sharedHead(parts);
    for (let k = 0; k < parts.length; k++) {
      const text = k < parts.length - 1 && shared ? parts[k]! + shared : parts[k]!;
      out[i + k] = { ...out[i + k]!, text, from: 'respectively' };
    }
    i = last;
  }
}
