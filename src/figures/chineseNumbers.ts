import { chineseNumber, CN_NUMBER_CHARS } from '../text/chineseNumeral.ts';

// Reports before the 1990s write their figures in Chinese numerals (国民生产总值增长百分之七, 达到八千七百一十亿元, 增长一点三倍).
// Only the forms that are quantities whatever surrounds them are read: a percentage (百分之…, 千分之…), and a number with a
// magnitude (百, 千, 万, 亿) or a decimal part. Small counts (四个, 两个, 八项) name set phrases (四个意识, 八项规定) as often as
// they count, and a digit-by-digit run (一九八五) is a year.

/** A number written in Chinese numerals at [start, numEnd) of the folded text. */
export interface ChineseNumber {
  start: number;
  /** End of the numeral; for a percentage the figure ends here too. */
  numEnd: number;
  value: number;
  /** 百分之 → %, 千分之 → ‰; null when a unit is to be read after the numeral. */
  rate: '%' | '‰' | null;
}

const RUN = new RegExp(`(百分之|千分之)?([${CN_NUMBER_CHARS}]+)`, 'g');
// 数十万, 几千亿, 成千上万, 上百万: an estimate, not a number.
const ESTIMATE_BEFORE = /[数几成上]$/;
const MAGNITUDE = /[百千万亿点]/;

/** Every Chinese-numeral quantity of the folded text, in text order. */
export function chineseNumbers(folded: string): ChineseNumber[] {
  const out: ChineseNumber[] = [];
  for (const m of folded.matchAll(RUN)) {
    const rate = m[1] === '百分之' ? '%' : m[1] === '千分之' ? '‰' : null;
    const start = m.index;
    let numeral = m[2]!;
    if (rate) {
      // 百分之百: the whole.
      const value = numeral.startsWith('百') && !/^百[零〇一二两三四五六七八九]/.test(numeral) ? 100 : chineseNumber(trimTail(numeral));
      const written = value === 100 && numeral.startsWith('百') ? '百' : trimTail(numeral);
      if (value !== null) out.push({ start, numEnd: start + m[1]!.length + written.length, value, rate });
      continue;
    }
    // Without a magnitude or a decimal point it is no quantity (below): most runs (一 of 一些, 统一) stop here.
    if (!MAGNITUDE.test(numeral)) continue;
    if (ESTIMATE_BEFORE.test(folded.slice(Math.max(0, start - 1), start)) || /[百千万亿点零〇○]/.test(numeral[0]!)) continue;
    if (CN_NUMBER_CHARS.includes(folded[start - 1] ?? '')) continue;
    // The largest multiplier at the end is the unit's (四千亿元 = 4000 亿元, as 4000亿元 is read); 三亿五千万元 keeps its 万.
    numeral = numeral.replace(/点+$/, '');
    const multiplier = /万亿$/.test(numeral) ? 2 : /亿$/.test(numeral) || (/万$/.test(numeral) && !numeral.includes('亿')) ? 1 : 0;
    const count = numeral.slice(0, numeral.length - multiplier);
    if (!count || !(MAGNITUDE.test(count) || multiplier)) continue;
    const value = chineseNumber(count);
    if (value === null) continue;
    out.push({ start, numEnd: start + count.length, value, rate: null });
  }
  return out;
}

// A trailing 点 ends a sentence's number (百分之七点): it is no decimal part.
const trimTail = (s: string) => s.replace(/[万亿点]+$/, '');
