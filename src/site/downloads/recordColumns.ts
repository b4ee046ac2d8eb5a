// The columns of a figure and of a case, by name, in one place: figures.csv and cases.csv take theirs by header, and the
// SQLite file inserts the same values into its tables by column name, so a column is computed one way in every download.
import type { Case, Figure } from '../../types.ts';

export type Cell = string | number | boolean | null | undefined;

/** A figure's own columns; `page` is where the site shows its row. */
export function figureColumns(f: Figure, page: string): Record<string, Cell> {
  return {
    id: f.id,
    report: f.report,
    section: f.section,
    measure: f.measure,
    text: f.text,
    value: f.value,
    unit: f.unit,
    normalized_value: f.normalizedValue,
    base_unit: f.baseUnit,
    change: f.change,
    approximate: f.approximate,
    start: f.start,
    end: f.end,
    context: f.context,
    indicator: f.indicator,
    indicator_text: f.indicatorText,
    period: f.period,
    status: f.status,
    sentence_id: f.sentence,
    page,
  };
}

/** A case's own columns; `page` is where the site shows its row. */
export function caseColumns(c: Case, page: string): Record<string, Cell> {
  return {
    id: c.id,
    report: c.report,
    kind_codes: c.kinds.join('|'),
    summary: c.summary,
    section: c.section,
    measure: c.measure,
    start: c.start,
    end: c.end,
    page,
  };
}

/** The cells of `columns` in order, from a record's named columns and, for the rest, `extra`. */
export function cellsOf(columns: readonly string[], named: Record<string, Cell>, extra: Record<string, Cell> = {}): Cell[] {
  return columns.map((c) => {
    if (c in extra) return extra[c];
    if (!(c in named)) throw new Error(`no column ${c}`);
    return named[c];
  });
}
