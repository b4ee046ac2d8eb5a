import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩: the next clause of a list names only the item, the verb of the first
// clause is understood (扩大海水养殖面积, an expansion, not the level of 海水养殖面积). Only verbs of a change in amount, and only
// for items of the same kind of measure as the first (面积 after 面积).

const OPENING = /^(?:扩大|新增加|新增|新建|增加|减少|压减|淘汰|退出|改造|新开工)/;
const MIN_HEAD = 2;

/** Gives each later item of a clause list opened by a verb of change that verb, in place. */
export function sharedOpeningVerb(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 1; i < out.length; i++) {
    const read = out[i]!;
    const first = out[i - 1]!;
    const verb = OPENING.exec(first.text)?.[0];
    if (!verb || read.from !== 'before' || first.from !== 'before' || OPENING.test(read.text)) continue;
    // The item opens its clause right after the number before (，海水养殖面积八十万亩), with nothing else said.
    const gap = sentence.slice(figures[i - 1]!.end, read.start);
    if (!/^(?:左右|以上|多|余)?[,，、]\s*$/.test(gap) || slots[i]!.before.start > read.start) continue;
    const head = first.text.slice(-MIN_HEAD);
    if (!read.text.endsWith(head) || segmentPhrase(read.text).tokens.some((t) => t.tag === 'v')) continue;
    out[i] = { ...read, text: verb + read.text };
  }
}
