import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 向灾区调拨帐篷1200顶, 向困难群众发放慰问金86万元: those 向 names receive what the deed hands out; what is counted is the
// deed and its object (调拨帐篷, 发放慰问金), and the receivers are whom the figure is about (link/), not part of its key.
// Not 向 of a noun of its own (方向, 导向, 面向).
const RECEIVER_TAG = /^(?:n|nr|ns|nt|nz|j|l|r)$/;
const NOT_TO = /[方导面指走转趋去意志倾偏动]$/;
const NEGATION = /没有|未|不|无|违规|违反/;

/** Cuts the receivers after 向, and what stands before 向, from the reads that hold them, in place. */
export function receiverPhrases(
  sentence: string,
  _figures: readonly SentenceFigure[],
  _slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  if (!sentence.includes('向')) return;
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from !== 'before' || sentence.slice(read.start, read.end) !== read.text) continue;
    // 向 inside the read, or right before it (the lead word 向 cut off already).
    const to = read.text.lastIndexOf('向');
    const at = to >= 0 ? read.start + to : sentence[read.start - 1] === '向' ? read.start - 1 : -1;
    if (at < 0 || NOT_TO.test(sentence.slice(Math.max(0, at - 1), at))) continue;
    // 没有及时向国家申请调拨物资损失: a deed not done keeps its negation and all that goes with it.
    if (NEGATION.test(sentence.slice(read.start, at))) continue;
    const phrase = sentence.slice(at + 1, read.end);
    const tokens = segmentPhrase(phrase).tokens;
    const k = tokens.findIndex((t) => t.tag === 'v');
    if (k < 1 || k > 3 || !tokens.slice(0, k).every((t) => RECEIVER_TAG.test(t.tag)) || phrase.length - tokens[k]!.start < 3) continue;
    const cut = at + 1 + tokens[k]!.start;
    out[i] = { ...read, start: cut, text: sentence.slice(cut, read.end) };
  }
}
