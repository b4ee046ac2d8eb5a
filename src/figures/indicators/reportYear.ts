import type { DateMention } from '../../types.ts';
import { maxOf } from '../../util/arrays.ts';
import { yearOfFileName, yearsInName } from '../../text/yearInName.ts';

/** What a report's year is read from. */
export interface ReportDating {
  date?: string;
  title: string;
  file: string;
  dates: readonly DateMention[];
}

/**
 * The year a report speaks from, against which 今年, 去年 and 过去五年 are resolved: its date, else a year in its title or
 * file name (政府工作报告2016, gwr-2016.txt), else the latest full date it writes (a signature 2021年9月8日).
 */
export function reportYear(report: ReportDating): number | undefined {
  const fromDate = report.date ? Number(report.date.slice(0, 4)) : NaN;
  if (Number.isFinite(fromDate)) return fromDate;
  const named = yearsInName(report.title)[0] ?? yearOfFileName(report.file);
  if (named !== undefined) return named;
  const full = report.dates.map((d) => /^(\d{4})-\d\d-\d\d$/.exec(d.value)?.[1]).filter((y): y is string => !!y);
  return full.length ? maxOf(full.map(Number)) : undefined;
}
