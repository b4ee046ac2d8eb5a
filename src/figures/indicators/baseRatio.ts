import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './findIndicator.ts';

// 原煤…等于一九四九年的二点六倍, 农业税收入为1955年的98.88%, 分别为1982年的3.4倍和2.2倍, 增加到2015年的1.5倍: a level stated as a multiple of a
// base year's is what statistics calls a 发展速度 (国家统计局《统计指标解释》: 发展速度 = 报告期水平 ÷ 基期水平, 定基 when the
// base is one earlier period), apart from the level itself (原煤) and from its growth (原煤增长).
const TO_BASE =
  /(?:等于|相当于|相当|为|是|达到了?|(?:增长|增加|提高|上升|扩大)到了?)(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:度)?|上年|去年|前年|上一年)(?:同期)?的\s*$/;
const RATIO_UNIT = /^(?:倍|%)$/;
// What may stand between two numbers of one list (3.4倍和2.2倍).
const LIST_JOIN = /^\s*(?:和|、|与|及)\s*$/;
const SUFFIX = '发展速度';

/** Keys each figure that is a multiple of a base year's level as that level's 发展速度 (in place). */
export function keyBaseRatios(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  let previous = false;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const before = sentence.slice(slots[i]!.clause.start, f.start);
    const listed: boolean = previous && i > 0 && LIST_JOIN.test(sentence.slice(figures[i - 1]!.end, f.start));
    const ratio: boolean = RATIO_UNIT.test(f.baseUnit) && (TO_BASE.test(before) || listed);
    // 占本年收入的2.14%，为1955年的98.88%: the level compared is the share's part (农业税收入), not the share.
    const own = out[i]!.text;
    const level = own.indexOf('占') > 1 ? own.slice(0, own.indexOf('占')) : own;
    if (ratio && !own.endsWith(SUFFIX)) out[i] = { ...out[i]!, text: level + SUFFIX, change: null };
    previous = ratio;
  }
}
