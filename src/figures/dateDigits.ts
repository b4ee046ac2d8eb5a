// Digits that belong to a date or a period (2018年, 3月12日, 1-9月, 2018-2020年, 9月底) rather than to a quantity.
// findDates normalizes dates for the timeline; this only has to tell that a run of digits is part of one.

const DATE_UNIT_AFTER = /^[月日号时]/;
// 18年3月, 18年度 (a four-digit run before 年 is always a year; four characters with a decimal point are a span, 15.6年)
const YEAR_AFTER = /^年[月度]/;
// 1-9月, 2018-2020年, 2015至2017年: the first end of a range takes its date unit from the second.
const RANGE_AFTER = /^\s*[-–—~～至到]\s*\d{1,4}\s*[年月日号]/;

export function readsAsDate(folded: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 12);
  if (DATE_UNIT_AFTER.test(after)) return true;
  const yearLong = end - start === 4 && !folded.slice(start, end).includes('.');
  if (after.startsWith('年') && (yearLong || YEAR_AFTER.test(after))) return true;
  return RANGE_AFTER.test(after);
}
