import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { readAfter } from './readAfter.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { RATE_UNITS } from './indicatorWords.ts';
import { countsThings } from '../units.ts';

// 建成年产一百五十万吨的钢铁联合企业, 建成仓容250亿公斤的国家粮食储备库, 总投资为164亿元的医疗救治体系: a number inside a 的
// modifier rates the noun after it. It measures that noun's output, capacity or cost, named by the word before the number, not
// the deed (建成年产) the clause opens with. 兴修八亿土方的农田水利工程: a material between the number and 的 is the quantity of
// the noun, done by the verb before.

// Words of a rating: a yearly or daily output or throughput (年产, 日处理, 年炼铁和炼钢), a store's room, a cost, a capacity.
const RATING =
  /((?:年|日)(?:产|炼|处理|发电|吞吐|供)[\u4e00-\u9fff]{0,5}?|仓容|库容|总投资|装机容量|单机容量|设备容量|载重量|生产能力|设计能力|处理能力|吞吐能力)(?:各|为|达|约)?$/;
// After the number: a hedge, a material of at most three characters (合成氨, 土方), then 的.
const MATERIAL_DE = /^(?:左右|以上|多|余)?([\u4e00-\u9fff]{0,3}?)的/;
// The noun rated must be a thing, not a frame (任务, 目标, 水平) or a measure itself (节能能力, 投资计划).
const NOT_RATED = /(?:任务|目标|水平|要求|指标|能力|计划|规模|政策|历史|总和|基数|增量|成就|问题)$/;

/** Gives each number inside a 的 modifier the noun it rates, with the rating's word, in place. */
export function ratedNouns(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (let i = 0; i < out.length; i++) {
    const f = figures[i]!;
    // 三百七十二种重要的新产品, 9家…的企业: a count counts the noun after 的, as read (a bare number, 八亿土方, may be of a material).
    if (RATE_UNITS.has(f.baseUnit) || (countsThings(f.baseUnit) && f.baseUnit !== '')) continue;
    const slot = slots[i]!;
    const m = MATERIAL_DE.exec(sentence.slice(f.end, slot.after.end));
    if (!m) continue;
    const before = sentence.slice(slot.before.start, f.start);
    const rating = RATING.exec(before)?.[1];
    // 兴修八亿土方的农田水利工程: without a rating, a material after the number and a verb before it.
    const material = m[1]!;
    if (!rating && !(material.length >= 2 && isNoun(material) && endsInDeed(before))) continue;
    const head = readAfter(sentence, { start: f.end + m[0].length, end: slot.after.end });
    const noun = sentence.slice(head.start, head.end);
    if (noun.length < 2 || NOT_RATED.test(noun)) continue;
    const old = out[i]!.text;
    const text = noun + (rating ?? '') + material;
    out[i] = { start: head.start, end: head.end, text, change: out[i]!.change, from: 'after' };
    // 后来增加到十六亿土方: a later number of the sentence read as the bare material measures the same.
    for (let k = i + 1; k < out.length; k++) if (out[k]!.text === old && old === material) out[k] = { ...out[k]!, text };
  }
}

/** Whether the words before a number end in a verb (兴修, 改造). */
function endsInDeed(before: string): boolean {
  const tokens = segmentPhrase(before).tokens;
  return tokens.at(-1)?.tag === 'v';
}

const isNoun = (word: string) => segmentPhrase(word).tokens.every((t) => /^n/.test(t.tag));
