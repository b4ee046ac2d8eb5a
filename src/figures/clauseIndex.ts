import type { Span } from '../types.ts';

// A clause ends at any of these (full- and half-width): a figure's context never crosses one.
const CLAUSE_BREAK = /[,，。;；:：!！?？\n]/g;

/** Finds the clause around an offset; built once per report, each lookup a binary search. */
export interface ClauseIndex {
  clauseAt(offset: number): Span;
}

/** `thousands`: the text writes 1,286.5 with a comma inside numbers, which then ends no clause. */
export function clauseIndex(text: string, thousands = false): ClauseIndex {
  const breaks: number[] = [];
  const breakAt = new RegExp(CLAUSE_BREAK.source, 'g');
  for (let m = breakAt.exec(text); m; m = breakAt.exec(text)) {
    const c = m[0];
    // The colon of a ratio or a time (1:2, 8:30) joins two numbers; it ends no clause.
    if ((c === ':' || c === '：') && isDigitAt(text, m.index - 1) && isDigitAt(text, m.index + 1)) continue;
    if (thousands && c === ',' && isDigitAt(text, m.index - 1) && /^\d{3}(?!\d)/.test(text.slice(m.index + 1, m.index + 5))) continue;
    breaks.push(m.index);
  }
  return {
    clauseAt(offset: number): Span {
      // First break at or after offset.
      let lo = 0;
      let hi = breaks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (breaks[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      const end = lo < breaks.length ? breaks[lo]! : text.length;
      const start = lo > 0 ? breaks[lo - 1]! + 1 : 0;
      return trimSpan(text, start, end);
    },
  };
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Narrows a span past surrounding whitespace (a clause that opens a line may start with an indent). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
