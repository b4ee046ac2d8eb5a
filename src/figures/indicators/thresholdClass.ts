import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import { renameReads, type IndicatorRead } from './indicatorRead.ts';
import { readBefore } from './readPhrase.ts';
import { countsThings } from '../units.ts';
import { LEAD_WORDS } from './indicatorWords.ts';

// 营业收入超10亿元企业24户, 营业收入超10亿元的企业有3家, 投资5000万元以上项目120个: the things counted are a class set apart by an
// amount they pass, and the class is what the count measures (营业收入超10亿元企业), not the bare noun after the amount (企业).
// The amount itself stays a figure of its own.
const PASS_WORD = /(?:超过|超|高于|大于)$/;
const CLASS_GAP = /^(?:(?:及)?以上)?的?$/;
const MIN_MEASURE = 2;
const LEAD = new Set<string>(LEAD_WORDS);
// 控股子公司中营业收入超10亿元的企业: the set the class is picked from (…中, 'among') is its scope, not part of its name.
const PICKED_FROM = /^[\u4e00-\u9fff]{0,10}?(?:公司|企业|单位|部门|项目|学校|医院|机构)中(?=[\u4e00-\u9fff]{2})/;

/** Gives a count read right after an amount that bounds a class (超10亿元|企业) the class's whole name, in place. */
export function thresholdClass(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  if (figures.length < 2) return;
  renameReads(out, (read, i) => {
    const bound = figures[i - 1];
    if (!bound || read.from !== 'before' || !countsThings(figures[i]!.baseUnit) || countsThings(bound.baseUnit)) return undefined;
    if (read.start < bound.end || !sentence.startsWith(read.text, read.start)) return undefined;
    const gap = sentence.slice(bound.end, read.start);
    if (!CLASS_GAP.test(gap)) return undefined;
    const lead = sentence.slice(slots[i - 1]!.before.start, bound.start);
    const pass = PASS_WORD.exec(lead);
    // 5000万元以上项目: the bound after the amount says the class as 超 before it does.
    if (!pass && !/以上/.test(gap)) return undefined;
    const measureEnd = bound.start - (pass ? pass[0].length : 0);
    const measure = readBefore(sentence, { start: slots[i - 1]!.before.start, end: measureEnd });
    // 其中50万元以上的村: no measure named before the amount (其中 only opens the clause), none to name the class by.
    const measured = sentence.slice(measure.start, measure.end);
    if (measured.length < MIN_MEASURE || measure.change || LEAD.has(measured)) return undefined;
    const name = sentence.slice(measure.start, read.start) + read.text;
    return name.replace(PICKED_FROM, '');
  });
}
