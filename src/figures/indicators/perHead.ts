import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import { renameReads, type IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元; 为争取每人平均至少一千五百斤粮食而奋斗: a per-head
// said between the measure and its number (每人平均, 平均每人, 按人口平均) makes the number a per-head figure. Keyed as 人均,
// after the people it is of (农民人均从集体分得的收入), or before the measure (人均粮食); the numbers that share the read share it.

const PER_HEAD = /每人平均|平均每人|按人口平均(?:计算)?/;
const OWN_PER_HEAD = /人均|每人|平均每|按人口平均/;
const PEOPLE = /^(?:城镇居民|农村居民|城乡居民|全国居民|居民|农民|职工|社员|全国人民|人民|城镇职工|农村人口|人口)/;

/** Gives each figure read with a per-head before its number the per-head key, in place. */
export function perHead(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  renameReads(out, (read, i) => {
    const words = sentence.slice(slots[i]!.before.start, figures[i]!.start);
    if (!PER_HEAD.test(words) || OWN_PER_HEAD.test(read.text)) return undefined;
    // 每人平均从集体分得的收入: a per-head inside the read's own words is read with it already.
    const at = slots[i]!.before.start + words.search(PER_HEAD);
    if (read.from !== 'previous' && read.start <= at && read.end > at) return undefined;
    if (!segmentPhrase(read.text).tokens.some((t) => /^n/.test(t.tag))) return undefined;
    const people = PEOPLE.exec(read.text)?.[0];
    return people ? `${people}人均${read.text.slice(people.length)}` : `人均${read.text}`;
  });
}
