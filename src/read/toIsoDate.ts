import { chineseDigits, chineseNumber } from '../text/chineseNumeral.ts';

// Dates reach us as YAML timestamps, <meta> strings (2018-11-26 10:00:00, 2018/11/26), or the signature line of the
// report itself (2018年11月26日, ２０１８年…, 二〇一八年十一月二十六日); all become YYYY-MM-DD.

/** 二〇一八 → 2018 (digit by digit), 二十六 → 26, 十一 → 11: a date writes its year digit by digit, its month and day as numbers. */
function dateNumber(s: string): number | undefined {
  return (s.includes('十') ? chineseNumber(s) : chineseDigits(s)) ?? undefined;
}

function iso(y: number | undefined, m: number | undefined, d: number | undefined): string | undefined {
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return undefined;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAY = 0x65e5; // 日
const halfWidth = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A full date found anywhere in `value`, as YYYY-MM-DD; undefined when it holds no complete, valid date. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const s = halfWidth(value.trim());
  const numeric = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(s);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const written = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(s);
  if (written) return iso(dateNumber(written[1]), dateNumber(written[2]), dateNumber(written[3]));
  return undefined;
}

/** True when the whole line is a date and nothing else (a signature's date line). */
export function isDateLine(line: string): boolean {
  // Every form ends with 日 or a digit: the lines of a report's body (a signature's search asks of each) end otherwise and
  // are not folded and matched.
  const trimmed = line.trim();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== DAY && !(last >= 0x30 && last <= 0x39) && !(last >= 0xff10 && last <= 0xff19)) return false;
  const s = halfWidth(trimmed);
  return (
    (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(s) ||
      /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(s) ||
      /^[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日$/.test(s)) &&
    toIsoDate(s.replace(/\s+/g, '')) !== undefined
  );
}
