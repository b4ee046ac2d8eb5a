import type { ReportRecord } from '../types.ts';

/**
 * The title each report is shown by: its own, and where several reports share one (a corpus of 政府工作报告 of many
 * years) also its date, or its id where the date is shared too, so that lists, filters and the graph tell them apart.
 */
export function distinctTitles(reports: readonly Pick<ReportRecord, 'id' | 'title' | 'date'>[]): Map<string, string> {
  const count = new Map<string, number>();
  const key = (...parts: (string | undefined)[]) => parts.join('\u0000');
  for (const r of reports) {
    count.set(key(r.title), (count.get(key(r.title)) ?? 0) + 1);
    count.set(key(r.title, r.date), (count.get(key(r.title, r.date)) ?? 0) + 1);
  }
  return new Map(
    reports.map((r) => {
      const title = r.title || r.id;
      if (count.get(key(r.title))! < 2) return [r.id, title];
      return [r.id, `${title}（${r.date && count.get(key(r.title, r.date))! < 2 ? r.date : r.id}）`];
    }),
  );
}
