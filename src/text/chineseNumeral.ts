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
