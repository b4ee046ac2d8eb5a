// The one home of Chinese numerals: ordinals of headings and enumerations (一、 … 九十九、), numbers of running text
// (百分之七点五, 八千七百一十亿, 两千, 一亿二千万) and the digit-by-digit years and days of dates (一九八五, 二〇一八).

// Ordinals in headings and enumerations are written 一 … 九十九; 两 and 〇 do not occur there.
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese ordinal from 一 to 九十九 (十, 十一, 二十, 二十三 …); null when it is not one. */
export function chineseNumeral(s: string): number | null {
  if (/^[一二三四五六七八九]$/.test(s)) return DIGITS[s]!;
  const m = /^([二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
}

/** The character class of Chinese ordinal digits, for building patterns. */
export const CN_DIGIT = '[一二三四五六七八九十]';

// Running text also writes 两 (两千), and zero as 零, 〇 or the circle ○ that typesetters put in years (一九八○年).
const VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character a Chinese number of running text may hold, for building patterns. */
export const CN_NUMBER_CHARS = '零〇○一二两三四五六七八九十百千万亿点';

/** Digits written one by one (一九八五, 二〇一八, 八三): the years and codes of dates, not counts. */
export function chineseDigits(s: string): number | null {
  if (!s || ![...s].every((c) => c in VALUE)) return null;
  return Number([...s].map((c) => VALUE[c]).join(''));
}

/**
 * Value of a Chinese number as running text writes it: 七, 十一, 二十一, 一百零五, 八千七百一十, 一万六千七百七十,
 * 三亿五千万, 两千, and with a decimal part after 点 (七点五, 二十一点七, 一点三). Null when `s` is none: digits one by one
 * (一九八五 is a year: see chineseDigits), two digits in a row (三四百, an estimate), or a unit with nothing to count.
 */
export function chineseNumber(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = chineseNumber(s.slice(0, dot));
    const fraction = s.slice(dot + 1);
    if (whole === null || !fraction || ![...fraction].every((c) => c in VALUE)) return null;
    return Number(`${whole}.${[...fraction].map((c) => VALUE[c]).join('')}`);
  }
  if (!s) return null;
  let total = 0; // everything already closed by 亿
  let section = 0; // below the current 万 or 亿
  let group = 0; // below 万: units of 十, 百, 千
  let digit: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c in VALUE) {
      const v = VALUE[c]!;
      if (v === 0) {
        // 一百零五: a zero only holds a place between two units.
        if (digit !== null) return null;
        continue;
      }
      if (digit !== null) return null;
      digit = v;
    } else if (c in SMALL_UNIT) {
      // 十 may stand alone at the head (十一, 十万) and, in older prose, right after 百 (二百十七 = 二百一十七, 五百十三);
      // 百 and 千 need their digit.
      const tenAlone = c === '十' && ((i === 0 && total === 0 && section === 0 && group === 0) || s[i - 1] === '百');
      if (digit === null && !tenAlone) return null;
      group += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = null;
    } else if (c in BIG_UNIT) {
      const below = group + (digit ?? 0);
      if (below === 0 && section === 0 && total === 0) return null;
      if (c === '亿') {
        total = (total + section + below) * BIG_UNIT[c]!;
        section = 0;
      } else {
        section += below * BIG_UNIT[c]!;
      }
      group = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + group + (digit ?? 0);
}
