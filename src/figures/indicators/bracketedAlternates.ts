import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';

// 全市12个乡镇（街道）财政所, 36个村（社区）: a bracket right after a kind of place that names the kind it also counts (街道 beside
// 乡镇, 社区 beside 村, 市、区 beside 县) is part of the noun counted, not an aside that ends it; the noun runs on after it.
const ALTERNATES = /^[(（](?:街道|社区|居|场|农场|林场|市、区|区、市|市区|区|市)[)）]/;
const KIND_END = /(?:乡镇|镇|乡|村|县|市|区)$/;
// The office of those places the count is of (财政所, 市场监管所, 综合文化站, 便民服务中心), named right after the bracket; a
// verb after the bracket (村（社区）全部建成…) leaves the places themselves counted.
const OFFICE = /^[\u4e00-\u9fff]{0,6}?(?:所|站|中心|办公室|办|局|队|院|党委|支部|委员会|居委会|村委会)(?=[\u4e00-\u9fff,，。;；、]|$)/;

/** Carries each read of the noun after a count over a bracket of the kinds it also counts, in place. */
export function bracketedAlternates(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  if (!sentence.includes('（') && !sentence.includes('(')) return;
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from !== 'after' || !KIND_END.test(read.text) || sentence.slice(read.start, read.end) !== read.text) continue;
    const bracket = ALTERNATES.exec(sentence.slice(read.end));
    if (!bracket) continue;
    const from = read.end + bracket[0].length;
    const stop = Math.min(slots[i]!.clause.end, figures[i + 1]?.start ?? Infinity);
    const office = OFFICE.exec(sentence.slice(from, stop));
    const end = office ? from + office[0].length : from;
    out[i] = { ...read, end, text: sentence.slice(read.start, end) };
  }
}
