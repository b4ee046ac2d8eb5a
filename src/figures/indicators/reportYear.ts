import type { DateMention } from '../../types.ts';
import { maxOf } from '../../util/arrays.ts';
import { yearOfFileName, yearsInName } from '../../text/yearInName.ts';

/** What a report's year is read from. */
export interface ReportDating {
  date?: string;
  title: string;
  file: string;
  /** Its dates, or how to find them: read only when neither its date nor its names give the year. */
  dates: readonly DateMention[] | (() => readonly DateMention[]);
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
  const dates = typeof report.dates === 'function' ? report.dates() : report.dates;
  const full = dates.map((d) => /^(\d{4})-\d\d-\d\d$/.exec(d.value)?.[1]).filter((y): y is string => !!y);
  return full.length ? maxOf(full.map(Number)) : undefined;
}

// 2018-2020年, 2023—2025年: a span of years a plan's title names; no one year of it is the year reported on.
const SPAN_OF_YEARS = /\d{4}\s*年?\s*[-—–~至到]\s*\d{4}/;

/**
 * The year a report gives an account of, when its title names it (…2023年工作总结, 关于2023年度…的报告, …2024年工作总结和
 * 2025年工作思路: the first): a figure that names no year of its own is of that year, though the report is dated and speaks
 * from the year after (去年 and 今年 still resolve against reportYear).
 */
export function coveredYear(title: string): number | undefined {
  return SPAN_OF_YEARS.test(title) || DELIVERED_IN.test(title) ? undefined : yearsInName(title)[0];
}

// 2024年政府工作报告, 天荒坪镇2024年政府工作报告: a work report to a congress is dated by the year it is read in and reviews
// the year before (2023年，全镇…), its plan is of its own year; …2023年度工作报告 names the year it covers.
const DELIVERED_IN = /\d{4}年(?!度)[^\d年]{0,30}工作报告$/;

// 2023年，县检察院在县委…的坚强领导下…全年共办理各类案件1862件: a report whose body opens on a year before the one it speaks
// from, as its first sentence's topic, gives an account of that year as a title naming it would.
const OPENS_ON_YEAR = /^(\d{4})年(?:度|以来)?[，,]/;

/** The year the first sentences of a report open on, when it is before the report's own year. */
export function openingYear(firstSentences: readonly string[], year: number | undefined): number | undefined {
  for (const s of firstSentences) {
    const m = OPENS_ON_YEAR.exec(s.trimStart());
    if (!m) continue;
    const y = Number(m[1]);
    return year !== undefined && y < year ? y : undefined;
  }
  return undefined;
}
