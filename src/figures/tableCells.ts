// Bare counts in the cells of a data table, as a page's (or a Markdown or tab-parted) table comes out as text: one line per
// row, its label and then its counts parted by spaces (行政规范性文件 5 2 41). The number carries no unit; the table gives it
// one, in the header above the row (本年制发件数 → 件, 本年收费金额（单位：万元） → 万元) or, where the header names none (申请人情况,
// 行政复议 | 结果维持 …), the report itself does: the classifier its text writes after the words the table's labels use
// (收到政府信息公开申请46件, 被申请行政复议2件 → 件).
import { readUnit, countsThings, type UnitMatch } from './units.ts';
import { MAX_LABEL, rowCells, STOP } from '../text/tableRows.ts';

const SPACES = /[ \t\u00a0\u3000]+/;
// A part's heading (三、收到和处理…情况) opens a new table.
const PART_HEADING = /^[一二三四五六七八九十]+[、.]/;
// A header cell naming its unit: （单位：万元）, 金额（万元）, or a count of a classifier (件数, 人数, 户数).
const UNIT_NOTE = /[(（]\s*(?:单位\s*[:：]\s*)?([^()（）:：\s]{1,4})\s*[)）]\s*$/;
const COUNT_OF = /(.)数$/;
const UNIT_LINE = /^[(（]?(?:金额|计量)?单位\s*[:：]\s*([^\s()（）:：]{1,4})\s*[)）]?$/;
// A header's column of units (指标 单位 2024年目标 完成): each row writes its own unit there (地区生产总值增长 % 6.5 6.1).
const UNIT_COLUMN = /^(?:计量)?单位$/;
// A row of years (指标 2022 2023 2024) is the header of a table by year, not its counts.
const YEAR = /^(?:19|20)\d\d$/;

interface Line {
  start: number;
  text: string;
  /** The counts ending the line and their offsets, when it is a row. */
  /** A rate (101.6%) carries its own unit: read as any figure is, it only keeps the columns in step. */
  cells?: { start: number; end: number; value: number; rate: boolean }[];
}

/** For the offset of every nonzero bare count in a table's cell, the unit its table gives it. Pure. */
export function tableCellUnits(folded: string): Map<number, UnitMatch> {
  const out = new Map<number, UnitMatch>();
  if (!/[\d%][ \t\u00a0\u3000]*(?:\n|$)/.test(folded)) return out;
  let block: Line[] = [];
  let at = 0;
  for (const text of folded.split('\n')) {
    const line = readLine(text, at);
    at += text.length + 1;
    if (!line.text.trim()) continue;
    const prose = !line.cells && (STOP.test(text) || text.length > MAX_LABEL);
    if (prose || (!line.cells && PART_HEADING.test(text.trim()))) {
      readBlock(block, folded, out);
      block = prose ? [] : [line];
    } else block.push(line);
  }
  readBlock(block, folded, out);
  return out;
}

function readLine(text: string, start: number): Line {
  const m = rowCells(text);
  if (!m) return { start, text };
  const label = text.slice(0, m.index);
  const cells: NonNullable<Line['cells']> = [];
  let offset = m.index + m[0].indexOf(m[1]!);
  for (const token of m[1]!.split(SPACES)) {
    offset = text.indexOf(token, offset);
    const rate = token.endsWith('%');
    cells.push({ start: start + offset, end: start + offset + token.length, value: Number(token.replace('%', '')), rate });
    offset += token.length;
  }
  if ((cells.length >= 2 || !label.trim()) && cells.every((c) => YEAR.test(String(c.value)))) return { start, text };
  return { start, text, cells };
}

function readBlock(block: readonly Line[], folded: string, out: Map<number, UnitMatch>): void {
  const rows = block.filter((l) => l.cells);
  if (rows.length === 0) return;
  // A table has a header of several cells or rows of several counts; one number after one label is no table.
  const labels = block.filter((l) => !l.cells);
  const isTable = labels.some((l) => l.text.trim().split(SPACES).length >= 2) || rows.some((r) => r.cells!.length >= 2);
  if (!isTable) return;
  let fallback: UnitMatch | null | undefined;
  const counted = () => (fallback === undefined ? (fallback = blockCounter(block, folded)) : fallback);
  let header: string[] = [];
  // The header line before `header` when no row came between them: the first line of a header of two rows.
  let upper: string[] = [];
  // 单位：万元 on a line of its own above the table gives every cell its unit that the header does not.
  let note: UnitMatch | null = null;
  let afterHeader = false;
  for (const line of block) {
    if (!line.cells) {
      const unitLine = UNIT_LINE.exec(line.text.trim());
      const unit = unitLine ? readUnit(unitLine[1]!, 0) : null;
      if (unit && unit.end === unitLine![1]!.length) note = unit;
      else {
        upper = afterHeader ? header : [];
        header = line.text.trim().split(SPACES);
        afterHeader = true;
      }
      continue;
    }
    afterHeader = false;
    const n = line.cells.length;
    // A header of two rows as text (序号 问题类别 反馈问题（个） 整改措施（条） 整改进展 ⏎ 已完成整改（个） 完成率): a second line
    // too short to name every column names the columns of the group ending the first, whose other labels span both.
    const columns = header.length < n && upper.length >= 2 ? [...upper.slice(0, -1), ...header] : header;
    // A table by year names each row's unit in its label (行政复议受理案件（件） 41 58, 罚没款（万元） 1402.3 1286.5): the row's own.
    const label = line.text.slice(0, line.cells[0]!.start - line.start).trim();
    const rowUnit = headerUnit(label) ?? unitColumnCell(columns, label, n);
    line.cells.forEach((cell, i) => {
      if (cell.value === 0 || cell.rate) return;
      const named = columns.length >= n + 1 || (columns.length === n && !line.text.slice(0, cell.start - line.start).trim());
      const unit = rowUnit ?? (named ? headerUnit(columns[columns.length - n + i]!) : null) ?? note ?? counted();
      if (unit) out.set(cell.start, { ...unit, end: cell.end, spans: [] });
    });
  }
}

/**
 * The unit a row writes in its table's 单位 column, or null: the label's cells are the columns before the counts, aligned from
 * the right, since an indicator's name may hold a space (城镇 新增就业 万人 4.2 4.56) but the unit never does.
 */
function unitColumnCell(columns: readonly string[], label: string, n: number): UnitMatch | null {
  const column = columns.findIndex((c) => UNIT_COLUMN.test(c));
  const before = columns.length - n;
  if (column < 0 || column >= before || !label) return null;
  const tokens = label.split(SPACES);
  const token = tokens[tokens.length - before + column];
  if (!token) return null;
  const unit = readUnit(token, 0);
  return unit && unit.end === token.length ? unit : null;
}

/** The unit a header cell names, or null. */
function headerUnit(cell: string): UnitMatch | null {
  const note = UNIT_NOTE.exec(cell);
  if (note) {
    const unit = readUnit(note[1]!, 0);
    if (unit && unit.end === note[1]!.length) return unit;
  }
  const count = COUNT_OF.exec(cell);
  if (count) {
    const unit = readUnit(count[1]!, 0);
    if (unit && countsThings(unit.baseUnit) && unit.baseUnit !== '') return unit;
  }
  return null;
}

/**
 * The classifier of a table's counts where its header names none: one another header of the table names, else the one the
 * report writes most often after a word of the table's labels (申请46件, 行政复议2件). Null when neither says.
 */
function blockCounter(block: readonly Line[], folded: string): UnitMatch | null {
  const labelText = block.map((l) => (l.cells ? l.text.slice(0, l.cells[0]!.start - l.start) : l.text)).join(' ');
  const named = block.flatMap((l) => (l.cells ? [] : l.text.trim().split(SPACES)));
  for (const cell of named) {
    const unit = headerUnit(cell);
    if (unit && unit.multiplier === 1 && countsThings(unit.baseUnit) && unit.baseUnit !== '') return unit;
  }
  const votes = new Map<string, { n: number; unit: UnitMatch }>();
  for (const m of folded.matchAll(/(?<=[\u4e00-\u9fff]{2})\d+(?:\.\d+)?/g)) {
    const word = folded.slice(m.index - 2, m.index);
    if (!labelText.includes(word)) continue;
    const unit = readUnit(folded, m.index + m[0].length);
    if (!unit || unit.multiplier !== 1 || unit.baseUnit === '' || !countsThings(unit.baseUnit)) continue;
    const vote = votes.get(unit.unit) ?? { n: 0, unit };
    vote.n++;
    votes.set(unit.unit, vote);
  }
  let best: { n: number; unit: UnitMatch } | null = null;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  return best ? best.unit : null;
}
