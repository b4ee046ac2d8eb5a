import type { Span } from '../../types.ts';

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

// A clause ends at any of these, as in clauseIndex; a ratio's or a time's colon and a thousands comma end none.
const CLAUSE_BREAK = /[,，。;；:：!！?？\n]/;
// Inside a clause, list marks and brackets separate the items of an enumeration (督导123次、约谈6次; 处分22人(警告6人).
const ITEM_BREAK = /[、(（)）\[\]【】]/;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function breaksClause(s: string, i: number): boolean {
  const c = s[i]!;
  if (!CLAUSE_BREAK.test(c)) return false;
  if ((c === ':' || c === '：' || c === ',') && isDigit(s[i - 1]) && isDigit(s[i + 1])) {
    // 1:2, 8:30 and 1,120 join two numbers.
    if (c !== ',' || /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5))) return false;
  }
  return true;
}

/** The slot of every figure of a sentence (figures in text order, offsets relative to `sentence`). */
export function figureSlots(sentence: string, figures: readonly SentenceFigure[]): FigureSlot[] {
  return figures.map((f, i) => {
    let cs = f.start;
    while (cs > 0 && !breaksClause(sentence, cs - 1)) cs--;
    let ce = f.end;
    while (ce < sentence.length && !breaksClause(sentence, ce)) ce++;
    let bs = cs;
    const prev = figures[i - 1];
    if (prev && prev.end > cs && prev.end <= f.start) bs = prev.end;
    for (let j = f.start - 1; j >= bs; j--) if (ITEM_BREAK.test(sentence[j]!)) { bs = j + 1; break; }
    let ae = ce;
    const next = figures[i + 1];
    if (next && next.start < ce && next.start >= f.end) ae = next.start;
    for (let j = f.end; j < ae; j++) if (ITEM_BREAK.test(sentence[j]!)) { ae = j; break; }
    return { clause: { start: cs, end: ce }, before: { start: bs, end: f.start }, after: { start: f.end, end: ae } };
  });
}
