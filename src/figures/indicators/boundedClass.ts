import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import { renameReads, type IndicatorRead } from './indicatorRead.ts';

// 5岁以下儿童死亡率, 20秒内接通率, 60岁及以上人口占比, 1小时以内到达率: a class of people or calls bounded by an age, a time or a
// distance written right before the noun names what a rate measures; the bound is part of the key, not a hedge of a number.
const BOUND = /^(?:及以上|以上|及以下|以下|以内|之内|内)$/;
const BOUND_OPENING = /^(?:及以上|以上|及以下|以下|以内|之内|内)[\u4e00-\u9fff]{2}/;
const HAN_END = /[\u4e00-\u9fff]{2}$/;
const BOUNDING_UNIT = /^(?:周岁|岁|秒|秒钟|分钟|小时|天|日|公里|千米|米)$/;

/** Gives a read that opens right after a bounded age, time or distance (5岁以下|儿童死亡率) that bound, in place. */
export function boundedClass(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  if (figures.length < 2) return;
  renameReads(out, (read, i) => {
    const bound = figures[i - 1];
    if (!bound || read.from !== 'before' || !BOUNDING_UNIT.test(bound.baseUnit) || read.start < bound.end) return undefined;
    if (!sentence.startsWith(read.text, read.start)) return undefined;
    const gap = sentence.slice(bound.end, read.start);
    // 臭氧日最大8小时平均浓度第90百分位数: a span inside a name, words glued to it on both sides, is part of the name.
    const named = out[i - 1];
    if (
      gap === '' &&
      !BOUND_OPENING.test(read.text) &&
      named?.from === 'before' &&
      named.end === bound.start &&
      HAN_END.test(named.text) &&
      sentence.startsWith(named.text, named.start)
    )
      return named.text + sentence.slice(bound.start, read.start) + read.text;
    // 20秒内接通率: the bound may be read with the noun already.
    if (gap === '' ? !BOUND_OPENING.test(read.text) : !BOUND.test(gap)) return undefined;
    return sentence.slice(bound.start, read.start) + read.text;
  });
  void slots;
}
