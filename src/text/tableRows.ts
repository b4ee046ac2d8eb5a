// A data table's row as a page's, a Markdown or a tab-parted table comes out as text: one line, its label and then its counts
// parted by spaces (行政规范性文件 5 2 41, 三、本年度办理结果 （一）予以公开 14 3 0 1 0 0 18), or counts alone. Its label may be
// numbered like a heading and it ends without a stop; it is neither a heading, nor a wrapped line, nor spaced digits.

// The counts ending a row, after its label (or alone, in a row of counts only); the last may be a rate (税收收入 94700 96210
// 101.6%: budget, outcome, share).
const ROW_CELLS =
  /(?:^|[ \t\u00a0\u3000])((?:\d+(?:\.\d+)?[ \t\u00a0\u3000]+)*\d+(?:\.\d+)?(?:[ \t\u00a0\u3000]+-?\d+(?:\.\d+)?%)?)[ \t\u00a0\u3000]*$/;
// A sentence's stop: a line with one before its last numbers is prose (…共3 4), not a table's row.
export const STOP = /[。；;!?！？]/;
// Longer than a label of the standard tables (（六）其他处理 1.申请人无正当理由逾期不补正、…: 44 characters).
export const MAX_LABEL = 80;

/** The counts ending `line` when it is a table's row (ROW_CELLS' match: the label before `index`), else null. */
export function rowCells(line: string): RegExpExecArray | null {
  const m = endsInCount(line) ? ROW_CELLS.exec(line) : null;
  if (!m) return null;
  const label = line.slice(0, m.index);
  return STOP.test(label) || label.length > MAX_LABEL ? null : m;
}

/** Where the counts of a table's row start in `line` (its label before them), or -1 when the line is no such row. */
export function rowCellsAt(line: string): number {
  return rowCells(line)?.index ?? -1;
}

/**
 * The line ends with a digit or %, then only spaces (what /[\d%][ \t\u00a0\u3000]*$/ tests), read from its end: the
 * pattern is tried from every character of a line, and every line of a report is asked.
 */
function endsInCount(line: string): boolean {
  let i = line.length - 1;
  for (let c = line.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000; c = line.charCodeAt(--i));
  const c = line.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || c === 0x25;
}
