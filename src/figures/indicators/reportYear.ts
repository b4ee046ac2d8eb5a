import type { DateMention } from '../../types.ts';
import { maxOf } from '../../util/arrays.ts';

/** What a report's year is read from. */
export interface ReportDating {
  date?: string;
  title: string;
  file: string;
  dates: readonly DateMention[];
}

const YEAR = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/;

/**
 * The year a report speaks from, against which 今年, 去年 and 过去五年 are resolved: its date, else a year in its title or
 * file name (政府工作报告2016, gwr-2016.txt), else the latest full date it writes (a signature 2021年9月8日).
 */
export function reportYear(report: ReportDating): number | undefined {
  const fromDate = report.date ? Number(report.date.slice(0, 4)) : NaN;
  if (Number.isFinite(fromDate)) return fromDate;
  for (const s of [report.title, report.file]) {
    const m = YEAR.exec(s);
    if (m) return Number(m[1]);
  }
  const full = report.dates.map((d) => /^(\d{4})-\d\d-\d\d$/.exec(d.value)?.[1]).filter((y): y is string => !!y);
  return full.length ? maxOf(full.map(Number)) : undefined;
}
