import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 黄山旅游发展股份有限公司实现营业收入19.8亿元: a read that begins inside a body's name (发展股份有限公司) holds the tail of the
// name, not what is measured; the body is the figure's entity. The read starts after the name, at the verb that follows
// it. A read that holds the whole name (市城投集团完成投资) is left as it is.
const BODY_END = /(?:公司|集团|银行|医院|协会|学会|商会|中心|学校|大学|学院|合作社|研究院|研究所)$/;
const MIN_TAIL = 4;
const NAME_PART = /^(?:n|nr|ns|nt|nz|vn|j|b)$/;

/** Starts reads that begin inside a body's name after the name, in place. */
export function bodyNameTails(
  sentence: string,
  _figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  out.forEach((r, i) => {
    const slot = slots[i];
    if (!slot || r.from !== 'before' || r.start <= slot.clause.start || sentence.slice(r.start, r.end) !== r.text) return;
    // The read was cut inside a word run: the character before it is a letter of the same name.
    if (!/[\u4e00-\u9fff]/.test(sentence[r.start - 1]!)) return;
    const tokens = segmentPhrase(r.text).tokens;
    let k = 0;
    while (k < tokens.length && NAME_PART.test(tokens[k]!.tag)) k++;
    if (k === 0 || k >= tokens.length - 1 || tokens[k]!.tag !== 'v') return;
    const cut = tokens[k]!.start;
    // A bare body word (集团实现营业收入, 学校配备专职保安) is a subject as written, as 市城投集团完成投资 is: kept.
    if (cut < MIN_TAIL || !BODY_END.test(r.text.slice(0, cut))) return;
    out[i] = { ...r, start: r.start + cut, text: r.text.slice(cut) };
  });
}
