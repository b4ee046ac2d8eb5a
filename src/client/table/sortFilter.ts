// Sorting and filtering a table's rows by the data attributes of each row, shared by every sortable table of the site
// (cases, figures). No DOM: rows are read as their `dataset` records, so the rules are tested in node.

/** One filter of a table's form: the row field it reads and how it matches. */
export interface RowFilter {
  /** The row's data attribute, in dataset form (kindCodes for data-kind-codes). */
  field: string;
  /** The value chosen; '' keeps every row. */
  value: string;
  /** `list`: the field holds space-separated values, one of which must be the value; `equal`: the field is the value. */
  match: 'list' | 'equal';
}

type RowData = Readonly<Record<string, string | undefined>>;

/** Whether a row passes every filter. */
export function rowMatches(row: RowData, filters: readonly RowFilter[]): boolean {
  return filters.every(({ field, value, match }) => {
    if (!value) return true;
    const cell = row[field] ?? '';
    return match === 'list' ? cell.split(' ').includes(value) : cell === value;
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Compares two rows by one field, in the order asked; rows that tie keep the table's own order (`order`). A number
 * column puts rows without a number first when ascending (they count least), so that the largest come last, or first
 * when descending.
 */
export function compareRows(a: RowData, b: RowData, key: string, options: { numeric: boolean; ascending: boolean }): number {
  const x = a[key] ?? '';
  const y = b[key] ?? '';
  let c: number;
  if (options.numeric) {
    const nx = x === '' ? -Infinity : Number(x);
    const ny = y === '' ? -Infinity : Number(y);
    c = nx === ny ? 0 : nx < ny ? -1 : 1;
  } else c = collator.compare(x, y);
  return (options.ascending ? c : -c) || Number(a.order ?? 0) - Number(b.order ?? 0);
}
