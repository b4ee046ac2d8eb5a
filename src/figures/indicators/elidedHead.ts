import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { countsThings } from '../units.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { isHan } from '../../text/han.ts';

// 限额以上建设单位共有964个，其中本年开始建设的271个，继续建设的693个: a count after a relative clause and 的, with no noun of
// its own, counts the noun the sentence counted before (建设单位) or opened with (五年内施工的大中型建设项目，计划…全部建成的四百个).
// Its indicator is the relative clause with that noun (本年开始建设的限额以上建设单位), not the bare deed (开始建设).

const NOUN = /^(?:n|nz|nt|vn|j|l|b)$/;
const MAX_HEAD = 12;

/** The noun a read names after its last 的, when it is nouns only (施工的限额以上建设单位 → 限额以上建设单位). */
function headNoun(text: string): string | undefined {
  const head = text.slice(text.lastIndexOf('的') + 1);
  if (head.length < 2 || head.length > MAX_HEAD || !isHan(head)) return undefined;
  // 限额以上建设单位: a word of place (以上/f) inside the noun phrase, not first or last, belongs to it.
  const tokens = segmentPhrase(head).tokens;
  const inside = (k: number) => k > 0 && k < tokens.length - 1;
  return tokens.every((t, k) => NOUN.test(t.tag) || (t.tag === 'f' && inside(k))) ? head : undefined;
}

/** The noun the sentence's first clause names, when it holds no figure (五年内施工的大中型建设项目). */
function openingNoun(sentence: string, figures: readonly SentenceFigure[]): string | undefined {
  const end = sentence.search(/[,，;；:：]/);
  if (end <= 0 || figures.some((f) => f.start < end)) return undefined;
  return headNoun(sentence.slice(0, end).trim());
}

/** The reads of counts whose noun a relative clause left out, given that noun (sentence's figures, slots, reads in order). */
export function elidedHeads(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  for (let i = 0; i < out.length; i++) {
    const f = figures[i]!;
    const read = out[i]!;
    if (!countsThings(f.baseUnit) || f.baseUnit === '' || read.from !== 'before' || sentence[f.start - 1] !== '的') continue;
    if (!/^(?:左右|以上|多|余)?$/.test(sentence.slice(slots[i]!.after.start, slots[i]!.after.end).trim())) continue;
    if (headNoun(read.text)) continue;
    let head: string | undefined;
    for (let k = i - 1; k >= 0 && !head; k--) if (figures[k]!.baseUnit === f.baseUnit) head = headNoun(out[k]!.text);
    head ??= openingNoun(sentence, figures);
    if (!head || read.text.endsWith(head)) continue;
    // 本年内开始建设, 一九八五年底以前全部建成: a time word cut from the clause leaves its 内 or 以前.
    const deed = /年[底末]?$/.test(sentence.slice(0, read.start)) ? read.text.replace(/^(?:以内|以前|之前|内|中|前)/, '') : read.text;
    out[i] = { ...read, text: `${deed}的${head}` };
  }
}
