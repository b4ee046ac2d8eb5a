import { rowCellsAt } from '../text/tableRows.ts';

// Some pages typeset every digit with a space after it (1 9 9 3 年3 月, 7 4 7 7 2 亿元, 1 1 ％): read as written, each digit
// would be a number of its own (the 2 亿元 of 74772亿元, the 7 年 of 1997年). In such a report the single space after a
// digit is no word break, and figures read across it as across a wrapped line's break.

// A report spaces its digits when most of its digits are followed by one space: an occasional "增长 52％" does not.
const MIN_SPACED = 8;
const MIN_SHARE = 0.5;

/** Offsets of the single spaces after digits in a report that spaces its digits (ascending); none in any other report. */
export function spacedDigitGaps(folded: string): number[] {
  // Each gap is a space between a digit and what is no space: a report with fewer such spaces than a spaced one needs has
  // none, and its lines are not read one by one for their tables.
  if (digitSpaces(folded) < MIN_SPACED) return [];
  let digits = 0;
  const gaps: number[] = [];
  // A table's row parts its counts by spaces (规章 0 0 0): those are numbers of their own, however many a report has.
  let rowFrom = -1;
  let lineEnd = -1;
  for (let i = 0; i < folded.length; i++) {
    if (i > lineEnd) {
      lineEnd = folded.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = folded.length;
      const at = rowCellsAt(folded.slice(i, lineEnd));
      rowFrom = at < 0 ? -1 : i + at;
    }
    if (rowFrom >= 0 && i >= rowFrom) continue;
    const c = folded.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    digits++;
    if (folded[i + 1] === ' ' && folded[i + 2] !== undefined && !/\s/.test(folded[i + 2]!)) gaps.push(i + 1);
  }
  return gaps.length >= MIN_SPACED && gaps.length >= digits * MIN_SHARE ? gaps : [];
}

/** How many spaces stand between a digit and a character that is no white space: at least as many as gaps are found. */
function digitSpaces(folded: string): number {
  let n = 0;
  for (let at = folded.indexOf(' '); at >= 0 && n < MIN_SPACED; at = folded.indexOf(' ', at + 1)) {
    const before = folded.charCodeAt(at - 1);
    if (before >= 48 && before <= 57 && folded[at + 1] !== undefined && !/\s/.test(folded[at + 1]!)) n++;
  }
  return n;
}
