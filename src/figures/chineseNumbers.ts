import { chineseNumber, CN_NUMBER_CHARS } from '../text/chineseNumeral.ts';
import { CodeSet } from '../text/codeSet.ts';

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

const NUMERAL = new CodeSet(CN_NUMBER_CHARS);
const MAGNITUDE_CHARS = new CodeSet('百千万亿点');
const HUNDRED = '百'.charCodeAt(0);
const THOUSAND = '千'.charCodeAt(0);
// 数十万, 几千亿, 成千上万, 上百万: an estimate, not a number.
const ESTIMATE_BEFORE = /[数几成上]$/;
const MAGNITUDE = /[百千万亿点]/;

/** Every Chinese-numeral quantity of the folded text, in text order. */
export function chineseNumbers(folded: string): ChineseNumber[] {
  const out: ChineseNumber[] = [];
  // The runs of numeral characters, each with 百分之 or 千分之 before it (a scan by character code: most runs are one 一 of
  // 一些 or 统一, and need neither a match object nor a string). 百 and 千 are numerals: every run opens at one, and the
  // characters between runs are stepped over by NUMERAL.next, one call per run, not one per character.
  for (let i = NUMERAL.next(folded, 0); i >= 0; i = NUMERAL.next(folded, i)) {
    const c = folded.charCodeAt(i);
    const prefixed = (c === HUNDRED || c === THOUSAND) && folded.startsWith('分之', i + 1) && NUMERAL.has(folded.charCodeAt(i + 3));
    const start = i;
    const from = prefixed ? i + 3 : i;
    let end = from;
    let magnitude = false;
    for (; end < folded.length && NUMERAL.has(folded.charCodeAt(end)); end++)
      if (MAGNITUDE_CHARS.has(folded.charCodeAt(end))) magnitude = true;
    i = end;
    const rate = prefixed ? (c === HUNDRED ? '%' : '‰') : null;
    // Without a magnitude or a decimal point it is no quantity (below): most runs (一 of 一些, 统一) stop here.
    if (!rate && !magnitude) continue;
    let numeral = folded.slice(from, end);
    const prefix = prefixed ? 3 : 0;
    if (rate) {
      // 百分之百: the whole.
      const value = numeral.startsWith('百') && !/^百[零〇一二两三四五六七八九]/.test(numeral) ? 100 : chineseNumber(trimTail(numeral));
      const written = value === 100 && numeral.startsWith('百') ? '百' : trimTail(numeral);
      if (value !== null) out.push({ start, numEnd: start + prefix + written.length, value, rate });
      continue;
    }
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
