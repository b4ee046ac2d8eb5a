import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { LIST_JOIN, PART_SEPARATOR, sharedHead, wholeParts } from './respectively.ts';

// 第一、二、三产业增加值分别占地区生产总值的6.2%、42.5%和51.3%, 工业和农业分别占…: the shares of a 分别 list, read first as
// one share of the whole subject, go to the subject's parts in turn when it names as many.
const RESPECTIVE_SHARE = '分别占';

/** Gives the numbers of a 分别占 list each the share of its part of the subject, in place. */
export function respectiveShares(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  void slots;
  for (let i = 0; i + 1 < out.length; i++) {
    const text = out[i]!.text;
    const at = text.indexOf(RESPECTIVE_SHARE);
    if (at < 2) continue;
    let last = i;
    while (
      last + 1 < out.length &&
      out[last + 1]!.text === text &&
      LIST_JOIN.test(sentence.slice(figures[last]!.end, figures[last + 1]!.start))
    )
      last++;
    const count = last - i + 1;
    const parts = count > 1 ? partsOf(text.slice(0, at), count) : undefined;
    if (parts) {
      const whole = text.slice(at + RESPECTIVE_SHARE.length);
      parts.forEach((p, k) => {
        out[i + k] = { ...out[i + k]!, text: `${p}占${whole}` };
      });
    }
    i = last;
  }
}

function partsOf(subject: string, count: number): string[] | undefined {
  const whole = wholeParts(subject, count);
  if (whole) return whole;
  const parts = subject.split(PART_SEPARATOR).filter(Boolean);
  if (parts.length !== count) return undefined;
  const shared = sharedHead(parts);
  return parts.map((p, k) => (k < parts.length - 1 && shared ? p + shared : p));
}
