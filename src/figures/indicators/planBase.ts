import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { readBefore } from './readPhrase.ts';
import { RATE_UNITS } from './indicatorWords.ts';

// 一般公共预算支出完成调整预算数28.40亿元的98.3%, 工业产值为年度计划1200亿元的105%: the amount between the plan and 的 is the
// plan's (调整预算数), and the rate after it is what was achieved as a share of that plan. Read first, both took the words
// before the amount, verb and all (…支出完成调整预算数), cut at the phrase's length.
const PLAN_READ = /(完成|为|达到)((?:原定|全年|年度|调整|年初)?(?:计划|预算)数?)$/;
const MAX_MEASURE = 24;
const ACCOUNT = /(?<=[\u4e00-\u9fff]{2})(?:决算数|决算|执行数|完成数|实际数)$/;

/** Gives a plan's amount written before 的 and a rate the plan's key and the share's, in place. */
export function planBase(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const next = figures[i + 1]!;
    if (!RATE_UNITS.has(next.baseUnit) || sentence.slice(figures[i]!.end, next.start) !== '的') continue;
    const m = PLAN_READ.exec(out[i]!.text);
    if (!m) continue;
    const verbAt = figures[i]!.start - m[0].length;
    if (sentence.slice(verbAt, figures[i]!.start) !== m[0]) continue;
    const measure = readBefore(sentence, { start: slots[i]!.clause.start, end: verbAt }, MAX_MEASURE);
    // …决算数为27.93亿元，完成调整预算数28.40亿元的98.3%: a clause with no words of its own took them from the one before.
    const own = sentence.slice(measure.start, measure.end);
    // 支出决算数…完成调整预算数: the plan and the share are of the measure, not of its account (决算数, 执行数).
    const whose = (own.length >= 2 ? own : out[i]!.text.slice(0, -m[0].length)).replace(ACCOUNT, '');
    if (whose.length < 2) continue;
    out[i] = { ...out[i]!, start: measure.start, end: figures[i]!.start, text: `${whose}${m[2]}`, change: null };
    out[i + 1] = { ...out[i + 1]!, start: measure.start, end: figures[i]!.start, text: `${whose}${m[1]}${m[2]}`, change: null };
    i++;
  }
}
