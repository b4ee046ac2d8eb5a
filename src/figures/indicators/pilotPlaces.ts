import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';

// 新型农村合作医疗制度试点已扩大到671个县; 农村信用社改革开始在8个省（市）试点: the places counted are those a pilot scheme
// reaches, not places at large. The count is keyed by the scheme and the places (新型农村合作医疗制度试点县).

// The places a pilot is counted in.
const PLACE = /^(?:县|省|省份|市|城市|地区|地市|乡镇|乡|镇|村|县（市）|省（区、市）|省（市）|省（区）)$/;
// 试点已扩大到, 试点范围扩大到, 试点覆盖: the scheme's words end in 试点 before a verb of reach.
const REACHES = /^([\u4e00-\u9fff“”]{2,24}?试点)(?:范围|工作)?(?:已经|已|将|还|再)?(?:扩大到|扩展到|扩大至|增加到|推广到|覆盖|达到)$/;
// 农村信用社改革开始在8个省（市）试点: the scheme before 在 and 试点 after the places.
const PILOT_IN = /^([\u4e00-\u9fff“”]{2,24}?)(?:开始|已经|已|将|先|率先|继续)*在$/;

/** Keys each count of places a pilot reaches by the pilot (sentence's figures, slots and reads in order). */
export function pilotPlaces(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 0; i < out.length; i++) {
    const read = out[i]!;
    if (read.from !== 'after' || !PLACE.test(read.text.replace(/\s/g, ''))) continue;
    const slot = slots[i]!;
    const before = sentence.slice(slot.clause.start, figures[i]!.start).trim();
    const reach = REACHES.exec(before);
    const pilotIn = reach ? undefined : PILOT_IN.exec(before);
    const scheme = reach
      ? reach[1]!
      : pilotIn && /^[\s（(）)、区市省县]*试点/.test(sentence.slice(read.end, slot.clause.end))
        ? `${pilotIn[1]!}试点`
        : undefined;
    const place = read.text.replace(/（.*$/, '');
    // 酝酿多年的农村信用社改革: a relative clause before the scheme says nothing of what is counted.
    const named = scheme?.replace(/[“”]/g, '').replace(/^[\u4e00-\u9fff]{2,8}的(?=[\u4e00-\u9fff]{4})/, '');
    if (named) out[i] = { ...read, text: `${named}${place}` };
  }
}
