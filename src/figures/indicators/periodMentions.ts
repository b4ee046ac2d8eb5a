import type { Span } from '../../types.ts';
import { dateYears } from '../findDates.ts';
import { chineseNumber } from '../../text/chineseNumeral.ts';

/** A period a text names: a date (1979年, 2013—2017年) or a relative period resolved against the report's year (去年, 过去五年). */
export interface Mention extends Span {
  from: number;
  to: number;
  /** Resolved against the report's year, not written as years. */
  relative?: true;
}

/** 五 → 5, 十三 → 13, 3 → 3 (text/chineseNumeral). */
export const count = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (chineseNumber(s) ?? NaN));

/** The years of the k-th five-year plan: 一五 1953–1957, 二五 1958–1962; after three years of readjustment 三五 began in 1966. */
const planYears = (k: number): [number, number] => {
  const from = k <= 2 ? 1953 + 5 * (k - 1) : 1966 + 5 * (k - 3);
  return [from, from + 4];
};

/** The five-year plan a year falls in (1982 → 1981–1985), from 1966 on; before, the plan of the first two. */
const planOf = (y: number): [number, number] => planYears(y < 1958 ? 1 : y < 1966 ? 2 : 3 + Math.floor((y - 1966) / 5));

// Relative periods, resolved against the report's year Y. A comparison's base (比上年, 较去年) is not a period.
// Each with words every match of it writes (or one of which each match writes), when it has some: a text without them is
// not run through the pattern.
const RELATIVE: readonly (readonly [
  RegExp,
  (y: number, m: RegExpExecArray) => [number, number] | undefined,
  (string | readonly string[])?,
])[] = [
  // 这五年计划, 本五年计划: the plan the report's year stands in, not the five years before it (这五年).
  [/(?:这个?|本)五年(?:计划|规划)/g, (y) => planOf(y), '五年'],
  // 五年内 (within five years) in a report of a plan's first two years is that plan's; later in a plan it may be the five years
  // a government looks back on or ahead to, and is left unread.
  [
    /(?<![过去近这])五年内/g,
    (y) => {
      const plan = planOf(y);
      return y - plan[0] <= 1 ? plan : undefined;
    },
    '五年内',
  ],
  // 去冬今春: last winter and this spring.
  [/去冬今春/g, (y) => [y - 1, y], '去冬今春'],
  [
    // 这五年 alone is the plan's five years as often as the past five (这五年内 in a plan): only 这五年来 is read, as 五年来.
    /(?:过去|近|最近)([一二三四五六七八九十两\d]{1,2})年(?:来|间|中|里)?|([一二三四五六七八九十两\d]{1,2})年(?:以来|来|间)/g,
    (y, m) => {
      const n = count(m[1] ?? m[2]!);
      return n > 1 && n <= 20 ? [y - n, y - 1] : n === 1 ? [y - 1, y - 1] : undefined;
    },
    '年',
  ],
  [
    /(?:今后|未来)([一二三四五六七八九十两\d]{1,2})年/g,
    (y, m) => {
      const n = count(m[1]!);
      return n >= 1 && n <= 20 ? [y, y + n - 1] : undefined;
    },
    '年',
  ],
  [/本届政府(?:任期)?(?:内|以来)?/g, (y) => [y - 5, y - 1], '本届政府'],
  [
    /第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)(?:时期|期间)?|(?<![一二三四五六七八九十百千万亿零两之第\d])["“]?([一二三四五六七八九十]{1,3})五["”]?(?![个個年万亿千百十一二三四五六七八九点])(?:时期|期间|计划|规划|末|以来)?/g,
    (_y, m) => {
      const k = count(m[1] ?? m[2]!);
      return k >= 1 && k <= 20 ? planYears(k) : undefined;
    },
    '五',
  ],
  // 五十年代, 80年代, 上世纪九十年代, 90年代以来: a decade, of the century that puts it at or before the report's year.
  [
    /(?:(上|二十)世纪)?(?<![\d一二三四五六七八九十])([一二三四五六七八九]十|[1-9]0)年代(以来)?/g,
    (y, m) => {
      const tens = count(m[2]!);
      if (!(tens >= 10 && tens <= 90)) return undefined;
      const from = m[1] || 2000 + tens > y ? 1900 + tens : 2000 + tens;
      // 90年代以来: from the decade's start to the report's year.
      return [from, m[3] ? Math.max(from, y) : from + 9];
    },
    '年代',
  ],
  // 上年结转收入, 上年结余: the carry-over a budget takes in is an item of the year it is drafted or settled for, named so.
  [/过去一年|去年|上年(?!结转|结余)|上一年(?!结转|结余)/g, (y) => [y - 1, y - 1], '年'],
  [/前年/g, (y) => [y - 2, y - 2], '前年'],
  [/今年|本年度|本年|目前|当前|现在/g, (y) => [y, y], ['今年', '本年', '目前', '当前', '现在']],
  [/明年/g, (y) => [y + 1, y + 1], '明年'],
  // 今后在年度计划的执行中，…: from now on, with no span named, begins with the report's year.
  [/今后|未来/g, (y) => [y, y], ['今后', '未来']],
];

// A character every relative period above is written with (年, 去冬今春, 本届政府, “十三五”, 目前, 当前, 现在, 今后, 未来): a text
// with none of them names none, and is not run through every pattern.
const RELATIVE_CHARACTERS = /[年冬届五今未目当现]/;

// Words that make the period right after them the base of a comparison (比上年, 比1978年, 同去年) or of a ratio (等于1949年的2.5倍, 相当于1950年的), not the figure's own.
const BASE_BEFORE = /(?:比|较|同|与|和|相比|对比|等于|当于)$/;

/**
 * A period a figure is measured against (高于一九五三年至一九八○年…的水平): in its own clause the figure may be that period's
 * (…平均每年递增百分之二点六的水平), but it is not what a later clause or sentence speaks of.
 */
export function comparedWith(text: string, m: Mention): boolean {
  return /(?:高于|低于|快于|慢于|超过)$/.test(text.slice(Math.max(0, m.start - 2), m.start));
}
// 保持近两年的水平, 达到1978年的最高水平: the level of a period named as a yardstick, not the figure's period.
// 是1950年到2002年53年的总和: the years whose total a figure is compared with.
const YARDSTICK_AFTER = /^的?(?:最高|最好|历史最高|同期)?水平|^[\d一二三四五六七八九十]{0,3}年?的?总和/;
// 按一九五二年不变价格计算, 2300元（2010年不变价）: the year whose prices a value is counted in, not the figure's period.
const PRICE_BASE_AFTER = /^的?不变价/;

/** Every period a text names: its dates (findDates) and relative periods when the report's year is known. */
export function periodMentions(text: string, year: number | undefined): Mention[] {
  const out: Mention[] = [];
  for (const d of dateYears(text)) {
    const years = d.years;
    if (!years.length) continue;
    out.push({ start: d.start, end: d.end, from: years[0]!, to: years[years.length - 1]! });
  }
  if (year !== undefined && RELATIVE_CHARACTERS.test(text)) {
    for (const [re, resolve, needs] of RELATIVE) {
      if (needs !== undefined && !(typeof needs === 'string' ? text.includes(needs) : needs.some((w) => text.includes(w)))) continue;
      // exec on the shared pattern (none matches the empty string): a copy of each per sentence was most of this stage.
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const span = resolve(year, m);
        if (!span) continue;
        const start = m.index;
        if (out.some((o) => o.start < start + m[0].length && start < o.end)) continue;
        out.push({ start, end: start + m[0].length, from: span[0], to: span[1], relative: true });
      }
    }
  }
  return joinRanges(text, out)
    .map((m) => withinSpan(text, m))
    .filter(
      (m) =>
        !BASE_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
        !YARDSTICK_AFTER.test(text.slice(m.end)) &&
        !PRICE_BASE_AFTER.test(text.slice(m.end)),
    )
    .sort((a, b) => a.start - b.start);
}

// 六五计划前两年, “十三五”头三年, 2016—2020年的后两年: the first or last years of a span named, not the whole span.
const PART_OF_SPAN = /^的?(?:(前|头|最初)|(后|最后))([一二三四五六七八九十两\d]{1,2})年/;
function withinSpan(text: string, m: Mention): Mention {
  if (m.from >= m.to) return m;
  const part = PART_OF_SPAN.exec(text.slice(m.end, m.end + 8));
  const n = part ? count(part[3]!) : NaN;
  if (!part || !(n >= 1 && n <= m.to - m.from)) return m;
  const end = m.end + part[0].length;
  return part[1] ? { ...m, end, to: m.from + n - 1 } : { ...m, end, from: m.to - n + 1 };
}

// 从一九五〇年到一九五四年: two years joined by 到/至 are one span (findDates joins 1953年到1955年 itself).
const JOINS = /^\s*(?:到|至|—|–|-|~)\s*$/;
function joinRanges(text: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && !prev.relative && !m.relative && prev.to < m.from && JOINS.test(text.slice(prev.end, m.start))) {
      out[out.length - 1] = { start: prev.start, end: m.end, from: prev.from, to: m.to };
    } else out.push(m);
  }
  return out;
}
