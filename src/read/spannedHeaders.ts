import type * as cheerio from 'cheerio/slim';
import type { Element } from 'domhandler';

// A data table's header of two rows or more (序号 | 问题类别 | 反馈问题（个） spanning both rows beside a group 整改进展 over
// 已完成整改（个） | 完成率) comes out as text one line per row, and the last header line then names only the group's columns:
// the counts below cannot be read by their columns' units. A label of one column that spans down to the header's last row is
// moved into that row at its column, so that the last line names every column and the group labels stay on the lines above;
// no text is lost or doubled. A corner cell over several columns (a note on how the rows add up) stays where it is.

const MAX_SPAN = 50;
// A header cell is a label: a bare number, rate or amount in the top rows makes them data, which no rule here moves.
const BARE_NUMBER = /^[\d.,，%％\s-]+$/;

interface Placed {
  el: Element;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Moves the one-column labels of a multi-row header of `table` into its last header row. Mutates the document. */
export function liftSpannedHeaders($: cheerio.CheerioAPI, table: Element): void {
  const rows = $(table)
    .find('tr')
    .toArray()
    .filter((tr) => $(tr).closest('table').get(0) === table);
  const cellsOf = (tr: Element) => $(tr).children('td, th').toArray();
  const span = (el: Element, attr: string) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt($(el).attr(attr) ?? '1', 10) || 1));
  let last = 0;
  for (let r = 0; r <= last && r < rows.length; r++)
    for (const c of cellsOf(rows[r]!)) last = Math.max(last, Math.min(rows.length - 1, r + span(c, 'rowspan') - 1));
  if (last === 0) return;
  const taken: boolean[][] = Array.from({ length: last + 1 }, () => []);
  const placed: Placed[] = [];
  for (let r = 0; r <= last; r++) {
    let col = 0;
    for (const el of cellsOf(rows[r]!)) {
      if (BARE_NUMBER.test($(el).text()) && $(el).text().trim()) return;
      while (taken[r]![col]) col++;
      const p = { el, row: r, col, rows: span(el, 'rowspan'), cols: span(el, 'colspan') };
      for (let i = r; i < Math.min(last + 1, r + p.rows); i++) for (let j = col; j < col + p.cols; j++) taken[i]![j] = true;
      placed.push(p);
      col += p.cols;
    }
  }
  const leaves = placed.filter((p) => p.row === last);
  const lifted = placed.filter((p) => p.row < last && p.row + p.rows - 1 === last && p.cols === 1).sort((a, b) => a.col - b.col);
  if (!lifted.length || !leaves.length) return;
  for (const p of lifted) {
    const next = leaves.find((l) => l.col > p.col);
    $(p.el).removeAttr('rowspan');
    if (next) $(next.el).before(p.el);
    else $(rows[last]!).append(p.el);
  }
}
