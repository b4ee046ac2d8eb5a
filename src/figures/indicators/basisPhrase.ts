import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';

// 各部门单位根据审计建议制定完善制度规定37项, 根据群众举报线索立案查处价格违法案件36件: a 根据 phrase says on what ground the
// deed is done; what is counted is the deed after it (制定完善制度规定, 立案查处价格违法案件). The phrase ends on the noun of its
// ground (建议, 线索, 需求, 要求 …), the words such phrases close on in report prose.
const BASIS =
  /(?:根据|依据|依照)[\u4e00-\u9fff“”]{0,12}?(?:需求|需要|建议|意见|线索|要求|规定|标准|情况|结果|安排|部署|计划|程序|条件|反映|诉求|举报|意愿|清单|台账)+(?:的)?/g;

/** Cuts from each read of a sentence a 根据 phrase it opens with or is cut inside of, in place. */
export function basisPhrases(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  if (!/根据|依据|依照/.test(sentence)) return;
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from !== 'before' || sentence.slice(read.start, read.end) !== read.text) continue;
    const clause = slots[i]!.clause;
    BASIS.lastIndex = clause.start;
    for (let m = BASIS.exec(sentence); m && m.index < figures[i]!.start; m = BASIS.exec(sentence)) {
      const end = m.index + m[0].length;
      // The phrase reaches into the read, and leaves a deed of two characters at least after it.
      if (end > read.start && read.end - end >= 2) out[i] = { ...read, start: end, text: sentence.slice(end, read.end) };
    }
  }
}
