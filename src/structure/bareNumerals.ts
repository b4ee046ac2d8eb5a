import type { Span } from '../types.ts';
import type { HeadingMatch } from './detectHeading.ts';
import { chineseNumeral, CN_DIGIT } from '../text/chineseNumeral.ts';
import { countHan } from '../read/countHan.ts';

// A numeral alone on its line, no 、 after it (gwr-1960's 一 / 二 between blank lines): the number of a part.
const NUMERAL_LINE = new RegExp(`^${CN_DIGIT}{1,3}$`);
// A title on the line after it: short, no stop, no figure or bracket first.
const TITLE = /^[^\d(（【\s][^。；;！？!?，,：:]{1,23}$/;
const SENTENCE = /[。；;！？!?:：]/;
// A paragraph's text, not a table's cell: a sentence (or its part before a list: 主要指标是：).
const paragraphText = (line: string) => SENTENCE.test(line) && countHan(line) >= 8;

/**
 * The parts a report numbers by a numeral alone on its line, level 1: a run 一, 二, 三 … in order (two at least), each
 * followed by text. The heading is the title line after the numeral where one stands between it and a paragraph, else the
 * numeral itself (a part with no title). Keyed by the numeral's line; `titleLine` is the title's, when there is one.
 */
export function bareNumerals(
  text: string,
  folded: string,
  paragraphs: readonly Span[],
): Map<number, HeadingMatch & { titleLine?: number }> {
  const line = (i: number) => (i < paragraphs.length ? folded.slice(paragraphs[i]!.start, paragraphs[i]!.end) : '');
  const run: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    // Text follows it: a paragraph, or a title over one (a column of numerals, one a line, is a table's).
    const followed = paragraphText(line(i + 1)) || (TITLE.test(line(i + 1)) && paragraphText(line(i + 2)));
    if (!NUMERAL_LINE.test(line(i)) || !followed) continue;
    const value = chineseNumeral(line(i));
    if (value === (run.length ? chineseNumeral(line(run[run.length - 1]!))! + 1 : 1)) run.push(i);
  }
  const out = new Map<number, HeadingMatch & { titleLine?: number }>();
  if (run.length < 2) return out;
  for (const i of run) {
    const p = paragraphs[i]!;
    const titled = TITLE.test(line(i + 1)) && paragraphText(line(i + 2));
    const h = titled ? paragraphs[i + 1]! : p;
    out.set(i, {
      level: 1,
      number: text.slice(p.start, p.end),
      ordinal: chineseNumeral(line(i))!,
      numberStart: p.start,
      heading: text.slice(h.start, h.end),
      headingStart: h.start,
      headingEnd: h.end,
      ...(titled ? { titleLine: i + 1 } : {}),
    });
  }
  return out;
}
