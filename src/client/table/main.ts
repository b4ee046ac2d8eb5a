// Entry of table/app.js (a classic script, bundled at build time, so that it runs from disk too): makes every table
// marked data-sortable sortable by its column headers, and filterable by the form whose data-table-filters names it.
// The table is complete without it; the form stays hidden until this script shows it.
import { compareRows, rowMatches, type RowFilter } from './sortFilter.ts';

declare global {
  interface Window {
    __kgTables?: boolean;
  }
}

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  rows.forEach((row, i) => (row.dataset.order ??= String(i)));
  const form = table.id ? document.querySelector<HTMLFormElement>(`form[data-table-filters="${CSS.escape(table.id)}"]`) : null;
  if (form) {
    form.hidden = false;
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
    const apply = () => {
      const filters: RowFilter[] = selects.map((s) => ({
        field: s.dataset.field ?? s.name,
        value: s.value,
        match: s.dataset.match === 'list' ? 'list' : 'equal',
      }));
      let shown = 0;
      for (const row of rows) {
        const ok = rowMatches(row.dataset, filters);
        row.hidden = !ok;
        if (ok) shown++;
      }
      const count = form.elements.namedItem('count');
      if (count instanceof HTMLOutputElement) count.value = String(shown);
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    apply();
  }
  table.tHead?.addEventListener('click', (event) => {
    const th = (event.target as Element).closest<HTMLTableCellElement>('th[data-key]');
    if (!th) return;
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of table.tHead!.querySelectorAll('th')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const options = { numeric: th.dataset.type === 'number', ascending };
    rows.sort((a, b) => compareRows(a.dataset, b.dataset, th.dataset.key!, options));
    body.append(...rows);
  });
}

// Pages with two tables load the script twice: the tables are enhanced once.
if (!window.__kgTables) {
  window.__kgTables = true;
  const run = () => document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
