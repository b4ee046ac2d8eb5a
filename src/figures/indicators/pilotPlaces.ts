import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { RATE_UNITS } from './indicatorWords.ts';

// 新型农村合作医疗制度试点已扩大到671个县; 农村信用社改革开始在8个省（市）试点: the places counted are those a pilot scheme
// reaches, not places at large. The count is keyed by the scheme and the places (新型农村合作医疗制度试点县); a rate before the
// places (试点范围扩大到23%的县, 在70%左右的地市开展分级诊疗试点) is the share of them the pilot reaches (…试点县比例).

// The places a pilot is counted in.
const PLACE = /^(?:县|省|省份|市|城市|地区|地市|乡镇|乡|镇|村|县（市）|省（区、市）|省（市）|省（区）)$/;
const PLACE_AFTER = /^(?:以上|左右)?的(县|省|省份|市|城市|地区|地市|乡镇|乡|镇|村)/;
// 试点已扩大到, 试点范围扩大到, 把试点的范围扩大到全国: the scheme's words end in 试点 before a verb of reach.
const REACHES =
  /^(?:今年|明年|去年)?(?:把|将)?([\u4e00-\u9fff“”]{0,24}?试点)的?(?:范围|工作)?(?:已经|已|要|将|还|再)?(?:扩大到|扩展到|扩大至|增加到|推广到|覆盖|达到)(?:全国)?$/;
// 农村信用社改革开始在8个省（市）试点: the scheme before 在 and 试点 after the places.
const PILOT_IN = /^([\u4e00-\u9fff“”]{2,24}?)(?:开始|已经|已|将|先|率先|继续)*在$/;
// 在70%左右的地市开展分级诊疗试点: the scheme after the places.
const PILOT_AFTER = /^(?:开展|进行|推行|实行)([\u4e00-\u9fff“”]{2,20}?试点)$/;
const MIN_SCHEME = 4;

/** Keys each count or share of places a pilot reaches by the pilot (sentence's figures, slots and reads in order). */
export function pilotPlaces(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    const slot = slots[i]!;
    const rate = RATE_UNITS.has(figures[i]!.baseUnit);
    const rest = sentence.slice(figures[i]!.end, slot.clause.end);
    const shared = rate ? PLACE_AFTER.exec(rest) : null;
    if (rate ? !shared : read.from !== 'after' || !PLACE.test(read.text.replace(/\s/g, ''))) continue;
    const before = sentence.slice(slot.clause.start, figures[i]!.start).trim();
    const reach = REACHES.exec(before);
    const pilotIn = reach ? undefined : PILOT_IN.exec(before);
    const after = shared ? PILOT_AFTER.exec(rest.slice(shared[0].length).replace(/[（(][^）)]*[）)]/g, '')) : null;
    let scheme = reach
      ? reach[1]!
      : pilotIn && /^[\s（(）)、区市省县]*试点/.test(sentence.slice(read.end, slot.clause.end))
        ? `${pilotIn[1]!}试点`
        : /^在$/.test(before) && after
          ? after[1]!
          : undefined;
    // 新型农村社会养老保险试点，试点范围扩大到23%的县: 试点 alone is the scheme the clause before names.
    if (scheme && scheme.replace(/[“”]/g, '').length < MIN_SCHEME) scheme = schemeBefore(sentence, slot.clause.start);
    // 酝酿多年的农村信用社改革: a relative clause before the scheme says nothing of what is counted.
    const named = scheme?.replace(/[“”]/g, '').replace(/^[\u4e00-\u9fff]{2,8}的(?=[\u4e00-\u9fff]{4})/, '');
    if (!named) continue;
    const place = shared ? shared[1]! : read.text.replace(/（.*$/, '');
    out[i] = { ...read, text: `${named}${place}${shared ? '比例' : ''}` };
  }
}

/**
 * The scheme the clause right before `clauseStart` names, past the verb that opens it: a pilot (扎实推进新型农村社会养老保险试点，)
 * or a system being built (加快推进新型农村合作医疗制度建设，), whose pilot it is.
 */
function schemeBefore(sentence: string, clauseStart: number): string | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !/[,，;；:：。]/.test(sentence[start - 1]!)) start--;
  const words = sentence
    .slice(start, end)
    .trim()
    .replace(/[“”]/g, '')
    .replace(/^[\u4e00-\u9fff]{0,4}?(?:推进|开展|实行|进行|启动|扩大|实施)/, '');
  const m = /^([\u4e00-\u9fff]{2,24}?)(试点|制度建设|建设)$/.exec(words);
  if (!m) return undefined;
  const scheme = m[2] === '制度建设' ? `${m[1]}制度试点` : `${m[1]}试点`;
  return scheme.length >= MIN_SCHEME + 2 ? scheme : undefined;
}
