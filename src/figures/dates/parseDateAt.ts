// A date or period written at one position of the width-folded text, before its year is inferred.
// Forms: 2018年 · 2018年3月 · 2018年3月12日 · 2018-03-12 / 2018.3.12 · 3月 · 3月12日 · 二〇一八年十一月二十六日,
// and ranges of them: 2018-2020年 · 2018年1-9月 · 2018年3月12日至5月14日 · 2015年至2017年 · 3月12-15日.

import { chineseDigits, chineseNumber } from '../../text/chineseNumeral.ts';

/** Year, month and day as written; a missing part is undefined. */
export interface DatePoint {
  y?: number;
  m?: number;
  d?: number;
}

export interface ParsedDate {
  start: number;
  end: number;
  from: DatePoint;
  to?: DatePoint;
}

const CONNECTOR = /^\s*(?:至|到|~|〜|-|—|–)\s*/;
const YEAR = '((?:19|20)\\d{2})';
const NUM = '(\\d{1,2})';

// Each form is tried at the position, longest first; `tail` forms may follow a connector and inherit missing parts.
const HEAD_FORMS: { re: RegExp; read: (m: RegExpExecArray) => ParsedDate | null }[] = [
  // 2018-03-12, 2018.3.12, 2018/3/12
  { re: new RegExp(`^${YEAR}([-./])${NUM}\\2${NUM}(?![\\d.])`), read: (m) => point(m, { y: +m[1]!, m: +m[3]!, d: +m[4]! }) },
  // 2021.9起, 2021.9—2022.3: a year and month written with a dot, told from a decimal (2021.9万元) by what follows it.
  {
    re: new RegExp(`^${YEAR}\\.${NUM}(?=起|以来|至|到|~|〜|-|—|–|前|后|底|初|末|份|[,，。;；、)）\\s]|$)`),
    read: (m) => point(m, { y: +m[1]!, m: +m[2]! }),
  },
  // 2018年3月12-15日
  {
    re: new RegExp(`^${YEAR}年${NUM}月${NUM}\\s*(?:至|到|~|-|—|–)\\s*${NUM}[日号]`),
    read: (m) => range(m, { y: +m[1]!, m: +m[2]!, d: +m[3]! }, { d: +m[4]! }),
  },
  // 2018年3月12日
  { re: new RegExp(`^${YEAR}年${NUM}月${NUM}[日号]`), read: (m) => point(m, { y: +m[1]!, m: +m[2]!, d: +m[3]! }) },
  // 2018年1-9月
  { re: new RegExp(`^${YEAR}年${NUM}\\s*(?:至|到|~|-|—|–)\\s*${NUM}月`), read: (m) => range(m, { y: +m[1]!, m: +m[2]! }, { m: +m[3]! }) },
  // 2018年3月
  { re: new RegExp(`^${YEAR}年${NUM}月`), read: (m) => point(m, { y: +m[1]!, m: +m[2]! }) },
  // 2018-2020年
  { re: new RegExp(`^${YEAR}\\s*(?:至|到|~|-|—|–)\\s*${YEAR}年`), read: (m) => range(m, { y: +m[1]! }, { y: +m[2]! }) },
  // 2018年
  { re: new RegExp(`^${YEAR}年`), read: (m) => point(m, { y: +m[1]! }) },
  // 3月12-15日
  {
    re: new RegExp(`^${NUM}月${NUM}\\s*(?:至|到|~|-|—|–)\\s*${NUM}[日号]`),
    read: (m) => range(m, { m: +m[1]!, d: +m[2]! }, { d: +m[3]! }),
  },
  // 3月12日
  { re: new RegExp(`^${NUM}月${NUM}[日号]`), read: (m) => point(m, { m: +m[1]!, d: +m[2]! }) },
  // 1-9月
  { re: new RegExp(`^${NUM}\\s*(?:至|到|~|-|—|–)\\s*${NUM}月`), read: (m) => range(m, { m: +m[1]! }, { m: +m[2]! }) },
  // 3月
  { re: new RegExp(`^${NUM}月`), read: (m) => point(m, { m: +m[1]! }) },
];

// What may follow a connector: the same precision as the head, parts on the left inherited (5月14日 after 2018年3月12日至).
const TAIL_FORMS: { re: RegExp; read: (m: RegExpExecArray) => DatePoint }[] = [
  { re: new RegExp(`^${YEAR}年${NUM}月${NUM}[日号]`), read: (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! }) },
  { re: new RegExp(`^${YEAR}年${NUM}月`), read: (m) => ({ y: +m[1]!, m: +m[2]! }) },
  { re: new RegExp(`^${YEAR}年`), read: (m) => ({ y: +m[1]! }) },
  { re: new RegExp(`^${YEAR}\\.${NUM}(?![\\d.])`), read: (m) => ({ y: +m[1]!, m: +m[2]! }) },
  { re: new RegExp(`^${NUM}月${NUM}[日号]`), read: (m) => ({ m: +m[1]!, d: +m[2]! }) },
  { re: new RegExp(`^${NUM}月`), read: (m) => ({ m: +m[1]! }) },
  { re: new RegExp(`^${NUM}[日号]`), read: (m) => ({ d: +m[1]! }) },
];

function point(m: RegExpExecArray, from: DatePoint): ParsedDate {
  return { start: 0, end: m[0].length, from };
}

function range(m: RegExpExecArray, from: DatePoint, to: DatePoint): ParsedDate {
  return { start: 0, end: m[0].length, from, to: { ...from, ...to } };
}

const precision = (p: DatePoint) => (p.d !== undefined ? 3 : p.m !== undefined ? 2 : 1);

function valid(p: DatePoint): boolean {
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) return false;
  if (p.d !== undefined && (p.d < 1 || p.d > 31)) return false;
  return true;
}

/** The date written at `at` in the folded text, or null. Offsets of the result are absolute. */
export function parseDateAt(folded: string, at: number): ParsedDate | null {
  // Inside a longer number (12018, 1.5月) or a count of months (3个月 never reaches here: 个 sits between). Read as a code:
  // this is asked at every digit and numeral of a text, and a Han character read as a string is a new string.
  const prev = folded.charCodeAt(at - 1);
  if (prev === 46 || (prev >= 48 && prev <= 57)) return null;
  if (!couldStartDate(folded, at)) return null;
  const rest = folded.slice(at, at + 40);
  const cn = parseChineseDate(rest);
  if (cn) return shift(cn, at);
  for (const form of HEAD_FORMS) {
    const m = form.re.exec(rest);
    if (!m) continue;
    // Longer forms come first, so 2018年1-9月 is never read as 2018年; a digit after 年 starts a figure (2017年30名).
    const parsed = form.read(m);
    if (!parsed || !valid(parsed.from) || (parsed.to && !valid(parsed.to))) continue;
    if (!parsed.to) {
      const tail = parseTail(rest, parsed.end, parsed.from);
      if (tail) {
        parsed.to = tail.point;
        parsed.end = tail.end;
      }
    }
    return shift(parsed, at);
  }
  return null;
}

// Every form opens with a year (four digits) or a month or day (one or two) followed by one of these; a cheap test that
// spares the forms' regular expressions at the many numerals that start no date (一是, 3个, 统一).
const AFTER_LEADING_NUMBER = /[-./年月\s至到~—–]/;

const NIAN = 0x5e74; // 年

function couldStartDate(folded: string, at: number): boolean {
  const c = folded.charCodeAt(at);
  if (c < 48 || c > 57) return folded.charCodeAt(at + 4) === NIAN;
  let end = at + 1;
  while (end < folded.length && folded.charCodeAt(end) >= 48 && folded.charCodeAt(end) <= 57) end++;
  const digits = end - at;
  return (digits <= 2 || digits === 4) && AFTER_LEADING_NUMBER.test(folded[end] ?? '');
}

function parseTail(rest: string, from: number, head: DatePoint): { point: DatePoint; end: number } | null {
  const c = CONNECTOR.exec(rest.slice(from));
  if (!c) return null;
  const at = from + c[0].length;
  for (const form of TAIL_FORMS) {
    const m = form.re.exec(rest.slice(at));
    if (!m) continue;
    const written = form.read(m);
    const point = { ...head, ...written };
    if (precision(point) !== precision(head) || !valid(point)) return null;
    return { point, end: at + m[0].length };
  }
  return null;
}

function shift(p: ParsedDate, at: number): ParsedDate {
  return { ...p, start: p.start + at, end: p.end + at };
}

// ─── dates written in Chinese numerals (二〇一八年十一月二十六日), as in a report's signature ───

const CN_DATE = /^([〇零○一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})[日号])?)?/;

function parseChineseDate(rest: string): ParsedDate | null {
  const m = CN_DATE.exec(rest);
  if (!m) return null;
  const y = chineseDigits(m[1]!) ?? 0;
  if (y < 1900 || y > 2099) return null;
  const from: DatePoint = { y };
  let end = m[1]!.length + 1;
  if (m[2]) {
    const mo = chineseNumber(m[2]);
    if (mo === null || mo < 1 || mo > 12) return { start: 0, end, from };
    from.m = mo;
    end += m[2].length + 1;
    if (m[3]) {
      const d = chineseNumber(m[3]);
      if (d !== null && d >= 1 && d <= 31) {
        from.d = d;
        end += m[3].length + 1;
      }
    }
  }
  return { start: 0, end, from };
}
