import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 国民收入中，用于积累的部分为1120亿元; 在工业建设项目中，属于中央各部的是567个: a part named by what it is used for or belongs
// to (用于…, 属于…) is a part of the whole a clause before names with 中, and is keyed with it (国民收入用于积累的部分). So is
// a part's level in per cent (在手工业总产值中，手工业生产合作社…的产值将上升到72.5%，个体手工业者的产值将下降为27.5%): its
// share of that whole (…的产值占手工业总产值的比重).

const PART = /^(?:用于|属于)/;
// 国民收入中, 在增加的工资总额中: the whole, its 在 dropped; no number or verb of its own.
const WHOLE = /^(?:在)?([\u4e00-\u9fff]{2,14}?)中$/;
const CLAUSE_BREAK = /[,，;；:：。]/;
const TIME = /(?:年|月|期|时|间)$|^(?:过去|近|最近|今后)/;
// Before a share's number: a level reached (将上升到, 下降为, 为, 达到), not a change by (增长, 比上年提高).
const SHARE_LEVEL = /(?:(?:上升|提高|增加|下降|降低|减少)(?:到|为|至)|为|是|达到|占)$/;
const NAMED_SHARE = /占|比重|比例|率|份额/;

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
    const clause = slots[i]!.clause;
    const share =
      figures[i]!.baseUnit === '%' &&
      !NAMED_SHARE.test(read.text) &&
      SHARE_LEVEL.test(
        sentence
          .slice(clause.start, figures[i]!.start)
          .replace(/(?:已经|已|将|约|仍)+$/, '')
          .trim(),
      ) &&
      /^n/.test(segmentPhrase(read.text).tokens.at(-1)?.tag ?? '');
    if (read.from !== 'before' || (!PART.test(read.text) && !share)) continue;
    // 国民收入中，用于积累的部分为…，用于消费的部分为…: the next part of the list, in the clause right after, shares the whole.
    const whole = wholeBefore(sentence, clause.start, figures) ?? (last && clause.start - last.clauseEnd <= 1 ? last.whole : undefined);
    if (!whole) continue;
    out[i] = share ? { ...read, text: `${read.text}占${whole}的比重`, change: null } : { ...read, text: whole + read.text };
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
