import type { DateMention, Span } from '../types.ts';
import { foldWidth } from '../text/foldWidth.ts';
import { parseDateAt, type DatePoint, type ParsedDate } from './dates/parseDateAt.ts';
import { CodeSet } from '../text/codeSet.ts';

/**
 * Dates and periods of a report, normalized for a timeline: 2018年3月12日 → 2018-03-12, 2018年1-9月 → 2018-01/2018-09,
 * 2018-2020年 → 2018/2020. A date without a year (7月11日) takes the year of the nearest date before it that is precise
 * to the month, else the nearest year written before it, else the first one after it; with no year anywhere it stays
 * partial (--07-11). Dates inside 《》 titles count too.
 */
export function findDates(text: string, reportId: string): DateMention[] {
  return resolvedDates(text).map(({ start, end, from, to }, i) => {
    const value = to ? `${iso(from)}/${iso(to)}` : iso(from);
    return { id: `${reportId}-d${i + 1}`, report: reportId, text: text.slice(start, end), value, start, end };
  });
}

/**
 * The years of each date of the text, as findDates's values give them (the first four characters of each end of the ISO
 * value, when they are a number), without its records: what the periods of a sentence are read from, many times a report.
 */
export function dateYears(text: string): { start: number; end: number; years: number[] }[] {
  // resolvedDates's inference without its points: only their years are read here, for each sentence of a report.
  const parsed = scanDates(text);
  const inferYear = yearInference(explicitYears(parsed));
  let timelineYear: number | undefined;
  const out: { start: number; end: number; years: number[] }[] = new Array(parsed.length);
  for (let k = 0; k < parsed.length; k++) {
    const p = parsed[k]!;
    const year = p.from.y ?? timelineYear ?? inferYear(p.start);
    if (p.from.m !== undefined && year !== undefined) timelineYear = (p.to ?? p.from).y ?? year;
    const years: number[] = [];
    if (year !== undefined) years.push(isoYear(year, p.from));
    if (p.to) {
      const y = p.to.y ?? year;
      if (y !== undefined) years.push(isoYear(y, p.to));
    }
    out[k] = { start: p.start, end: p.end, years: years.filter(Number.isFinite) };
  }
  return out;
}

/** The year of a point with year y as its ISO value writes it (a year of four digits is itself; any other as iso cuts it). */
const isoYear = (y: number, p: DatePoint) => (Number.isInteger(y) && y >= 1000 && y <= 9999 ? y : Number(iso({ ...p, y }).slice(0, 4)));

const explicitYears = (parsed: readonly ParsedDate[]) =>
  parsed.filter((p) => p.from.y !== undefined).map((p) => ({ at: p.start, y: (p.to ?? p.from).y! }));

/** The dates of a text with the year each end is inferred to have. */
function resolvedDates(text: string): { start: number; end: number; from: DatePoint; to: DatePoint | undefined }[] {
  const parsed = scanDates(text);
  const inferYear = yearInference(explicitYears(parsed));
  // The year of the last date precise to the month: a bare 2014年 (开展2014年专项治理) names a past year, not "now".
  let timelineYear: number | undefined;
  return parsed.map((p) => {
    const year = p.from.y ?? timelineYear ?? inferYear(p.start);
    if (p.from.m !== undefined && year !== undefined) timelineYear = (p.to ?? p.from).y ?? year;
    const from = { ...p.from, y: p.from.y ?? year };
    const to = p.to ? { ...p.to, y: p.to.y ?? from.y } : undefined;
    return { start: p.start, end: p.end, from, to };
  });
}

/** Spans of every date and period in the text: digits inside them are never figures (2018年, 1-9月, 3月12日). */
export function dateSpans(text: string): Span[] {
  return scanDates(text).map(({ start, end }) => ({ start, end }));
}

// Where a date may start: an Arabic digit or a Chinese numeral of a written-out year (二〇一八年).
const DATE_START = new CodeSet('0123456789〇零○一二三四五六七八九');

// findFigures and findDates both scan the same report: the last scan is kept. Between the two, the periods of its sentences
// (periodMentions) are scanned one sentence at a time: a long text's scan is kept apart, so that they do not push it out
// and the report is scanned once, not twice (a sentence is at most 1,000 characters).
let lastScan: { text: string; dates: ParsedDate[] } | undefined;
let lastLongScan: { text: string; dates: ParsedDate[] } | undefined;
const LONG_TEXT = 1000;

function scanDates(text: string): ParsedDate[] {
  const kept = text.length > LONG_TEXT ? lastLongScan : lastScan;
  if (kept?.text === text) return kept.dates;
  const folded = foldWidth(text);
  const out: ParsedDate[] = [];
  // By character code, not a pattern's matches: this runs for every sentence whose periods are read, and most places
  // it stops at (the 一 of 统一, a figure's digits) start no date.
  for (let i = DATE_START.next(folded, 0); i >= 0;) {
    const p = parseDateAt(folded, i);
    let next = i + 1;
    if (p) {
      out.push(p);
      next = p.end;
    } else if (isDigit(folded.charCodeAt(i))) {
      // Skip the rest of a digit run so 12018年 never yields 2018年.
      while (isDigit(folded.charCodeAt(next))) next++;
    }
    i = DATE_START.next(folded, next);
  }
  if (text.length > LONG_TEXT) lastLongScan = { text, dates: out };
  else lastScan = { text, dates: out };
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The year of the nearest explicit year before an offset, else the first after it; offsets asked in increasing order. */
function yearInference(years: readonly { at: number; y: number }[]): (at: number) => number | undefined {
  let next = 0;
  let before: number | undefined;
  return (at) => {
    while (next < years.length && years[next]!.at < at) before = years[next++]!.y;
    // years[next] starts after `at`: a date without a year is never in the list.
    return before ?? years[next]?.y;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(p: DatePoint): string {
  const y = p.y !== undefined ? String(p.y) : '-';
  if (p.m === undefined) return y;
  if (p.d === undefined) return `${y}-${pad(p.m)}`;
  return `${y}-${pad(p.m)}-${pad(p.d)}`;
}
