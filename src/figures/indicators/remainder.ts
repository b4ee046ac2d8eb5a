import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { isHan } from '../../text/han.ts';

// 已收回资金620万元，其余240万元正在按程序追回; 追发工资1.26亿元，其余860万元已移送公安机关追缴: the rest of a sum is counted by
// what is done with it, the deed after the number (按程序追回, 移送公安机关追缴), not by 其余 alone. 其余县市区改造老旧小区135个:
// the rest of the places or bodies, unnamed, do the deed the figure counts (改造老旧小区), as 全市 or 各县 would.

const REMAINDER = /^(?:其余|其他|剩余|余下)$/;
const REST_OF_UNITS =
  /^(?:其余|其他)各?(?:县市区|县市|县区|市县|乡镇|镇街|街道|村|社区|部门|单位|地区|省份|城市|区县|县|区|市|镇|乡)(?=[\u4e00-\u9fff]{2})/;
// Adverbs before the deed: when and how far it is done, not what (已, 正在, 仍, 全部).
const ADVERBS = /^(?:已经|已|正在|正|仍在|仍|将|均|都|全部|全额|依法|陆续)+/;
const MAX_DEED = 12;

/** Gives a read of 其余 alone the deed after its number, and drops the rest of the units before a deed, in place. */
export function remainders(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (!read.text.startsWith('其') && !read.text.startsWith('剩') && !read.text.startsWith('余')) continue;
    const units = REST_OF_UNITS.exec(read.text);
    if (units) {
      out[i] = { ...read, text: read.text.slice(units[0].length) };
      continue;
    }
    if (!REMAINDER.test(read.text)) continue;
    const deed = deedAfter(sentence, figures[i]!.end, slots[i]!.clause.end, figures[i + 1]?.start);
    if (deed) out[i] = { ...read, text: deed };
  }
}

/** The verb phrase from the number to its clause's end, without its adverbs, when it opens on a verb and holds no figure. */
function deedAfter(sentence: string, from: number, clauseEnd: number, nextFigure: number | undefined): string | undefined {
  if (nextFigure !== undefined && nextFigure < clauseEnd) return undefined;
  const rest = sentence.slice(from, clauseEnd).replace(/[\s,，;；。]+$/, '');
  const deed = rest.replace(ADVERBS, '');
  if (deed.length < 2 || deed.length > MAX_DEED || !isHan(deed)) return undefined;
  const tokens = segmentPhrase(deed).tokens;
  const k = tokens.findIndex((t) => t.tag === 'v');
  // 按程序追回: how the deed is done (按程序/l, 依法/d, a preposition's phrase) stays with the verb after it.
  return k >= 0 && k <= 2 && tokens.slice(0, k).every((t) => /^(?:p|l|d)$/.test(t.tag)) ? deed : undefined;
}
