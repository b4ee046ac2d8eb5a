import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { CHANGED_ITEM, LIST_JOIN } from './respectively.ts';

// 全市共发生各类生产安全事故86起、死亡79人，同比分别下降12.2%和9.2%: a 分别 list in a clause with no subject of its own,
// after as many figures of other indicators just before it, changes those figures in turn: the first number is the
// accidents', the second the deaths'. Read first, every number of the list took the last earlier figure's indicator.
const RESPECTIVELY = /分别/;

/** Gives the numbers of a subjectless 分别 list the indicators of the figures right before it, in turn, in place. */
export function respectivelyEarlier(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 2; i < figures.length; i++) {
    const clause = slots[i]!.clause;
    // The list opens its clause: no figure of the clause before it, 分别 before its first number.
    if (figures[i - 1]!.end > clause.start || !RESPECTIVELY.test(sentence.slice(clause.start, figures[i]!.start))) continue;
    let last = i;
    while (
      last + 1 < figures.length &&
      figures[last + 1]!.start < clause.end &&
      listGap(sentence.slice(figures[last]!.end, figures[last + 1]!.start))
    )
      last++;
    const count = last - i + 1;
    if (count < 2 || i < count) continue;
    const earlier = out.slice(i - count, i);
    const lastEarlier = earlier[count - 1]!;
    const list = out.slice(i, last + 1);
    if (new Set(earlier.map((r) => r.text)).size !== count) continue;
    if (!list.every((r) => r.text === lastEarlier.text && r.start === lastEarlier.start)) continue;
    earlier.forEach((r, k) => {
      out[i + k] = { ...r, change: list[k]!.change, from: 'previous' };
    });
    i = last;
  }
}

// 同比分别增长12.1%和下降4.3%: a change word of its own may stand before a later number of the list.
const listGap = (gap: string) => LIST_JOIN.test(gap) || CHANGED_ITEM.test(gap);
