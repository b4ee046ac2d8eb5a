import type { EntityContext } from '../context.ts';
import { isNameShaped, surnameLength } from './personNames.ts';
import { isKnownPlaceName } from './untitledNames.ts';
import type { RosterName } from './rosterNames.ts';

// A table written as text (a notice's list of households, a page's pipe table read one line a row): a header row of cells
// parted by spaces, one of which says its column holds people's names (户主姓名, 姓名, 申请人), and rows under it whose cell
// in that column is the name (1　阮志刚　4　养殖生猪12头　3000), a two-character name padded to three (喻　兰) taking two
// cells of the split.

// A cell: what stands between the gaps (and a pipe table's bars).
const CELL = /[^ \u3000\t|]+/g;
// A header's cell that names a column of people.
const NAME_COLUMN = /^(?:[\u4e00-\u9fff]{0,4}姓名|户主|户主名|申请人|获得者|获奖人|负责人|联系人|责任人)$/;
// A row of a table holds no sentence.
const SENTENCE_MARK = /[。，,；;！？]/;
const MAX_ROWS = 200;

interface Cell {
  start: number;
  text: string;
}

/** The names in a text table's column headed as one of people's names; a padded name's `name` is without its space. */
export function tableColumnNames(ctx: EntityContext): RosterName[] {
  const { folded } = ctx;
  if (!/姓名|户主|申请人|获得者|获奖人|负责人|联系人|责任人/.test(folded)) return [];
  const out: RosterName[] = [];
  const lines = linesOf(folded);
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]!);
    if (header.length < 3 || SENTENCE_MARK.test(lines[i]!.text)) continue;
    const column = header.findIndex((c) => NAME_COLUMN.test(c.text));
    if (column < 0) continue;
    for (let j = i + 1; j < lines.length && j - i <= MAX_ROWS; j++) {
      const row = cellsOf(lines[j]!);
      if (row.length < 3 || SENTENCE_MARK.test(lines[j]!.text)) break;
      const name = nameInRow(ctx, row, column, header.length);
      if (name) out.push(name);
    }
  }
  return out;
}

/** The name a row holds in the column: one cell, or two cells of one character each where the row has one cell more. */
function nameInRow(ctx: EntityContext, row: Cell[], column: number, width: number): RosterName | undefined {
  const cell = row[column];
  if (!cell) return undefined;
  const next = row[column + 1];
  if (row.length === width + 1 && next && /^[\u4e00-\u9fff]$/.test(cell.text) && /^[\u4e00-\u9fff]$/.test(next.text)) {
    const name = cell.text + next.text;
    if (surnameLength(name) === 1) return { start: cell.start, end: next.start + 1, name };
  }
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(cell.text) || !isNameShaped(cell.text) || isKnownPlaceName(ctx, cell.text)) return undefined;
  return { start: cell.start, end: cell.start + cell.text.length, name: cell.text };
}

function linesOf(text: string): Cell[] {
  const out: Cell[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

function cellsOf(line: Cell): Cell[] {
  const out: Cell[] = [];
  for (const m of line.text.matchAll(CELL)) out.push({ start: line.start + m.index!, text: m[0] });
  return out;
}
