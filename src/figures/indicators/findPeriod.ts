import type { Span } from '../../types.ts';
import { findDates } from '../findDates.ts';
import { chineseDigits, chineseNumber } from '../../text/chineseNumeral.ts';

/** The year or span of years a figure refers to, and where it was read. */
export interface PeriodRead {
  /** 2015, or 2011/2015 for a span. */
  value: string;
  from: number;
  to: number;
  source: 'clause' | 'sentence' | 'heading' | 'report';
}

export interface Mention extends Span {
  from: number;
  to: number;
}

/** 五 → 5, 十三 → 13, 3 → 3 (text/chineseNumeral). */
const count = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (chineseNumber(s) ?? NaN));

// Relative periods, resolved against the report's year Y. A comparison's base (比上年, 较去年) is not a period.
const RELATIVE: readonly (readonly [RegExp, (y: number, m: RegExpExecArray) => [number, number] | undefined])[] = [
  [
    /(?:过去|近|最近|这)([一二三四五六七八九十两\d]{1,2})年(?:来|间|中|里)?|([一二三四五六七八九十两\d]{1,2})年(?:来|间)/g,
    (y, m) => {
      const n = count(m[1] ?? m[2]!);
      return n > 1 && n <= 20 ? [y - n, y - 1] : n === 1 ? [y - 1, y - 1] : undefined;
    },
  ],
  [
    /(?:今后|未来)([一二三四五六七八九十两\d]{1,2})年/g,
    (y, m) => {
      const n = count(m[1]!);
      return n >= 1 && n <= 20 ? [y, y + n - 1] : undefined;
    },
  ],
  [/本届政府(?:任期)?(?:内|以来)?/g, (y) => [y - 5, y - 1]],
  [
    /第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)(?:时期|期间)?|(?<![一二三四五六七八九十百千万亿零两])["“]?([一二三四五六七八九十]{1,3})五["”]?(?![个個年万亿千百十一二三四五六七八九点])(?:时期|期间|计划|规划|末|以来)?/g,
    (_y, m) => {
      const k = count(m[1] ?? m[2]!);
      if (!(k >= 1 && k <= 20)) return undefined;
      // 一五 1953–1957, 二五 1958–1962; after three years of readjustment 三五 began in 1966.
      const from = k <= 2 ? 1953 + 5 * (k - 1) : 1966 + 5 * (k - 3);
      return [from, from + 4];
    },
  ],
  [/过去一年|去年|上年|上一年/g, (y) => [y - 1, y - 1]],
  [/前年/g, (y) => [y - 2, y - 2]],
  [/今年|本年度|本年/g, (y) => [y, y]],
  [/明年/g, (y) => [y + 1, y + 1]],
];

// Words that make the period right after them the base of a comparison (比上年, 比1978年, 同去年) or of a ratio (等于1949年的
// 2.5倍, 相当于1950年的), not the figure's own.
const BASE_BEFORE = /(?:比|较|同|与|和|相比|对比|等于|当于)$/;

/** Every period a text names: its dates (findDates) and relative periods when the report's year is known. */
export function periodMentions(text: string, year: number | undefined): Mention[] {
  const out: Mention[] = [];
  for (const d of findDates(text, 'p')) {
    const years = d.value
      .split('/')
      .map((v) => Number(v.slice(0, 4)))
      .filter(Number.isFinite);
    if (!years.length) continue;
    out.push({ start: d.start, end: d.end, from: years[0]!, to: years[years.length - 1]! });
  }
  if (year !== undefined) {
    for (const [re, resolve] of RELATIVE) {
      // exec on the shared pattern (none matches the empty string): a copy of each per sentence was most of this stage.
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const span = resolve(year, m);
        if (!span) continue;
        const start = m.index;
        if (out.some((o) => o.start < start + m[0].length && start < o.end)) continue;
        out.push({ start, end: start + m[0].length, from: span[0], to: span[1] });
      }
    }
  }
  return out.filter((m) => !BASE_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start))).sort((a, b) => a.start - b.start);
}

export interface PeriodInput {
  /** The sentence, folded. */
  sentence: string;
  /** The figure's start and its clause, relative to the sentence. */
  at: number;
  clause: Span;
  /** The report's year (reportYear), when known. */
  year?: number;
  /** Headings of the sections the sentence stands in, innermost first (一、2015年工作回顾). */
  headings?: readonly string[];
  /** periodMentions of the sentence and of a heading, when the caller keeps them (one sentence holds many figures). */
  mentionsOf?: (text: string) => readonly Mention[];
}

/**
 * The period of a figure: the nearest period named before it in its clause, else before it in its sentence, else in the
 * headings above it, else the report's year. 去年/今年/过去五年 are resolved against the report's year.
 */
export function findPeriod(input: PeriodInput): PeriodRead | undefined {
  const mentionsOf = input.mentionsOf ?? ((t: string) => periodMentions(t, input.year));
  const mentions = mentionsOf(input.sentence);
  const before = mentions.filter((m) => m.end <= input.at && !startOfChange(input.sentence, m, input.at));
  const inClause = before.filter((m) => m.start >= input.clause.start);
  const pick = inClause[inClause.length - 1] ?? before[before.length - 1];
  if (pick) return sinceBase(period(pick.from, pick.to, inClause.length ? 'clause' : 'sentence'), input);
  for (const h of input.headings ?? []) {
    const hm = mentionsOf(h);
    if (hm.length) return period(hm[0]!.from, hm[hm.length - 1]!.to, 'heading');
  }
  return input.year === undefined ? undefined : sinceBase(period(input.year, input.year, 'report'), input);
}

// 由1949年的28.8%上升为42.3%: the year after 由 or 从 is the starting level's; the number the change reaches is not of it.
const FROM_BEFORE = /(?:由|从)$/;
const REACHES = /(?:上升|下降|提高|降低|增加|减少|增长|扩大|缩小|发展)?(?:到|至|为)\s*$/;
function startOfChange(sentence: string, m: Mention, at: number): boolean {
  const between = sentence.slice(m.end, at);
  return FROM_BEFORE.test(sentence.slice(Math.max(0, m.start - 1), m.start)) && between.length > 3 && REACHES.test(between);
}

// 比2002年增长65.5%: a change from a base year two years or more back.
const BASE_YEAR = /(?:比|较)((?:19|20)\d{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年(?:的|末|底)?[^,，;；。比较]{0,12}$/;

/**
 * A change measured from a base year spans the years after the base up to the figure's own year (2007 比2002年增长65.5% →
 * 2003/2007), as 比上年 gives the one year and 年均 the years it averages over.
 */
function sinceBase(own: PeriodRead, input: PeriodInput): PeriodRead {
  const m = BASE_YEAR.exec(input.sentence.slice(input.clause.start, input.at));
  if (!m) return own;
  const base = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseDigits(m[1]!);
  if (base === null) return own;
  // 比一九八○年的七千一百五十九亿元增加…: the number right after the base year is the base's own level.
  if (/年的$/.test(m[0])) return period(base, base, 'clause');
  if (own.from !== own.to || own.to <= base + 1) return own;
  return period(base + 1, own.to, own.source);
}

function period(from: number, to: number, source: PeriodRead['source']): PeriodRead {
  return { value: from === to ? String(from) : `${from}/${to}`, from, to, source };
}
