import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';

// 国民收入中，用于积累的部分为1120亿元; 在工业建设项目中，属于中央各部的是567个: a part named by what it is used for or belongs
// to (用于…, 属于…) is a part of the whole a clause before names with 中, and is keyed with it (国民收入用于积累的部分).

const PART = /^(?:用于|属于)/;
// 国民收入中, 在增加的工资总额中: the whole, its 在 dropped; no number or verb of its own.
const WHOLE = /^(?:在)?([\u4e00-\u9fff]{2,14}?)中$/;
const CLAUSE_BREAK = /[,，;；:：。]/;
const TIME = /(?:年|月|期|时|间)$|^(?:过去|近|最近|今后)/;

/** Reads of parts named by use or belonging take the whole named before them (sentence's figures, slots and reads in order). */
export function partOfWhole(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  // The whole the last part took, and the end of that part's clause.
  let last: { whole: string; clauseEnd: number } | undefined;
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from !== 'before' || !PART.test(read.text)) continue;
    const clause = slots[i]!.clause;
    // 国民收入中，用于积累的部分为…，用于消费的部分为…: the next part of the list, in the clause right after, shares the whole.
    const whole = wholeBefore(sentence, clause.start, figures) ?? (last && clause.start - last.clauseEnd <= 1 ? last.whole : undefined);
    if (!whole) continue;
    out[i] = { ...read, text: whole + read.text };
    last = { whole, clauseEnd: clause.end };
  }
}

/** The whole the clause right before `clauseStart` names with 中, when no figure stands in it. */
function wholeBefore(sentence: string, clauseStart: number, figures: readonly SentenceFigure[]): string | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  const m = WHOLE.exec(sentence.slice(start, end).trim());
  // 这一百一十九个项目中 refers back; 过去五年中, 二十八年中 is a time, not a whole.
  return m && !/^[这那该]/.test(m[1]!) && !TIME.test(m[1]!) ? m[1] : undefined;
}
