import type { Span } from '../../types.ts';
import { clauseIndex } from '../../text/clauses.ts';
import { CodeSet } from '../../text/codeSet.ts';

/** A figure inside one sentence: offsets relative to the sentence, [start, end) covering number and unit. */
export interface SentenceFigure extends Span {
  baseUnit: string;
}

/** Where a figure stands: its clause, and the stretches of it before and after that belong to this figure alone. */
export interface FigureSlot {
  clause: Span;
  /** From the clause start, a list mark (、 or an opening bracket) or the previous figure of the clause, to the number. */
  before: Span;
  /** From the unit's end to the next list mark, bracket or figure of the clause. */
  after: Span;
}

// Inside a clause, list marks and brackets separate the items of an enumeration (督导123次、约谈6次; 处分22人(警告6人).
// Tested by code unit: `sentence[j]` made a string of each CJK character it stepped over (V8 keeps none ready for them).
const ITEM_BREAK = new CodeSet('、(（)）[]【】');
const CLOSE = new CodeSet(')）');
const LIST_MARK = 0x3001; // 、
const BY_MANNER = 0x5730; // 地

/** The slot of every figure of a sentence (figures in text order, offsets relative to `sentence`). */
export function figureSlots(sentence: string, figures: readonly SentenceFigure[]): FigureSlot[] {
  // A figure's clause as its context reads it (text/clauses), a comma inside a number (33,212万吨) ending none.
  const clauses = clauseIndex(sentence, true);
  return figures.map((f, i) => {
    const { start: cs, end: ce0 } = clauses.clauseAt(f.start);
    const ce = Math.max(ce0, f.end);
    let bs = cs;
    const prev = figures[i - 1];
    if (prev && prev.end > cs && prev.end <= f.start) bs = prev.end;
    // Only the item breaks before the number matter: the scan steps from one to the one before it.
    for (let j = ITEM_BREAK.previous(sentence, f.start - 1, bs); j >= bs; j = ITEM_BREAK.previous(sentence, j - 1, bs)) {
      const c = sentence.charCodeAt(j);
      // A closed bracket before the number is a note inside the item (完成整改(拆除)1117宗): step over it.
      if (CLOSE.has(c)) {
        const open = Math.max(sentence.lastIndexOf('(', j), sentence.lastIndexOf('（', j));
        if (open >= bs) {
          j = open;
          continue;
        }
      }
      // 手工业生产合作社、供销生产社和生产小组的产值: a 、 with no figure of the clause before it joins the parts of a subject.
      // It still ends an item right before the number (…五十五个县、1044万亩) and after adverbs (主动地、果断地).
      const joinsSubject =
        c === LIST_MARK && bs === cs && sentence.slice(j + 1, f.start).trim() !== '' && sentence.charCodeAt(j - 1) !== BY_MANNER;
      if (!joinsSubject) {
        bs = j + 1;
        break;
      }
    }
    let ae = ce;
    const next = figures[i + 1];
    if (next && next.start < ce && next.start >= f.end) ae = next.start;
    const itemEnd = ITEM_BREAK.next(sentence, f.end, ae);
    if (itemEnd >= 0) ae = itemEnd;
    return { clause: { start: cs, end: ce }, before: { start: bs, end: f.start }, after: { start: f.end, end: ae } };
  });
}
