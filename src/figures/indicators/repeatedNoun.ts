import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import { renameReads, type IndicatorRead } from './indicatorRead.ts';
import { segmentPhrase } from './phraseSegments.ts';

// 城乡居民储蓄存款大幅度增加，年末存款余额达到14764亿元: a clause that repeats the last word of the subject before it (存款) speaks
// of that subject; its measure is the subject's (城乡居民储蓄存款余额), not the short word's, which is another series.

const NOUN = /^(?:n|nz|nt|ns|vn|j|l|b)$/;
const CLAUSE_BREAK = /[,，;；:：。]/;
const MAX_SUBJECT = 16;
const BY_LEAVE: ReadonlySet<string> = new Set(['经', '据', '按', '依', '凭', '受']);

/** The nouns the clause right before `clauseStart` opens with, when no figure stands in it. */
function subjectBefore(sentence: string, clauseStart: number, figures: readonly SentenceFigure[]): string | undefined {
  const end = clauseStart - 1;
  if (end <= 0 || !/[,，]/.test(sentence[end]!)) return undefined;
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  if (figures.some((f) => f.start < end && f.end > start)) return undefined;
  const words = sentence.slice(start, end).trim();
  const tokens = segmentPhrase(words).tokens;
  // 经省政府批准，全市政府债务限额…: a clause that opens with 经 or 据 says by whose leave or word, it names no subject.
  if (BY_LEAVE.has(tokens[0]?.word ?? '')) return undefined;
  let stop = 0;
  for (const t of tokens) {
    if (!NOUN.test(t.tag)) break;
    stop = t.end;
  }
  return stop >= 3 && stop <= MAX_SUBJECT ? words.slice(0, stop) : undefined;
}

/** Reads that open with the last word of the subject of the clause before take that subject whole, in place. */
export function repeatedSubjects(
  sentence: string,
  figures: readonly SentenceFigure[],
  slots: readonly FigureSlot[],
  out: IndicatorRead[],
): void {
  renameReads(out, (read, i) => {
    if (read.from !== 'before') return undefined;
    const first = segmentPhrase(read.text).tokens[0];
    // 存款余额: the word repeated and a measure of two characters or more (赤字率 stays: 率 only makes 赤字 a rate).
    if (!first || first.word.length < 2 || read.text.length - first.end < 2 || !NOUN.test(first.tag)) return undefined;
    const subject = subjectBefore(sentence, slots[i]!.clause.start, figures);
    if (!subject || subject.length <= first.word.length || !subject.endsWith(first.word)) return undefined;
    return subject + read.text.slice(first.word.length);
  });
}
