import type { Span } from '../../types.ts';
import { chineseDigits } from '../../text/chineseNumeral.ts';
import { comparedWith, count, periodMentions, type Mention } from './periodMentions.ts';

export { periodMentions, type Mention };

/** The year or span of years a figure refers to, and where it was read. */
export interface PeriodRead {
  /** 2015, or 2011/2015 for a span. */
  value: string;
  from: number;
  to: number;
  source: 'clause' | 'sentence' | 'paragraph' | 'heading' | 'report';
  /** The base year of a change measured from it over more than a year (比2002年增长65.5% in 2007: 2002, the period 2003/2007). */
  base?: number;
}

export interface PeriodInput {
  /** The sentence, folded. */
  sentence: string;
  /** The figure's start and its clause, relative to the sentence. */
  at: number;
  clause: Span;
  /** The report's year (reportYear), when known. */
  year?: number;
  /** The year the report's title says it gives an account of (coveredYear): what a figure naming no year is of. */
  coveredYear?: number;
  /** The sentences of the paragraph before this one, nearest first. */
  earlier?: readonly string[];
  /** The clause states a figure over several years (年均, 累计, 五年内): a single year named in sentences before does not fit. */
  overYears?: boolean;
  /** Headings of the sections the sentence stands in, innermost first (一、2015年工作回顾). */
  headings?: readonly string[];
  /** periodMentions of the sentence and of a heading, when the caller keeps them (one sentence holds many figures). */
  mentionsOf?: (text: string) => readonly Mention[];
}

/**
 * The period of a figure: the nearest period named before it in its clause, else before it in its sentence, else in the
 * sentences before it in its paragraph, else in the headings above it, else the year the report's title names, else the
 * report's year. 去年/今年/过去五年 are
 * resolved against the report's year; a change from a base year spans the years after the base.
 */
export function findPeriod(input: PeriodInput): PeriodRead | undefined {
  const mentionsOf = input.mentionsOf ?? ((t: string) => periodMentions(t, input.year));
  const mentions = mentionsOf(input.sentence);
  // A number a change starts from (服务面积由６６１，８００亩增加到…) keeps the start of the change before it as its period.
  const startsChange =
    CHANGE_FROM.test(input.sentence.slice(Math.min(input.clause.start, input.at), input.at)) &&
    /^[^，,。；;]*?(?:到|至|为)/.test(withoutThousands(input.sentence.slice(input.at, input.clause.end)));
  const before = mentions.filter(
    (m) => m.end <= input.at && !startOfChange(input.sentence, m, input.at, startsChange) && !ratioBase(input.sentence, m, input.at),
  );
  const inClause = before.filter((m) => m.start >= input.clause.start);
  const pick = inClause[inClause.length - 1] ?? before[before.length - 1];
  const earlier = input.earlier ?? [];
  if (pick) {
    const own =
      thisYear(input.sentence, pick, input, mentionsOf) ??
      yearBefore(input.sentence, pick, mentionsOf) ??
      (inClause.length ? undefined : parallelStart(input, mentions, pick)) ??
      pick;
    return sinceBase(endOfChange(period(own.from, own.to, inClause.length ? 'clause' : 'sentence'), own, input), input);
  }
  for (const text of earlier) {
    const topics = mentionsOf(text).filter((m) => isTopic(text, m) && (!input.overYears || m.from !== m.to));
    const last = topics[topics.length - 1];
    if (!last) continue;
    const own = thisYear(text, last, input, mentionsOf) ?? last;
    return sinceBase(endOfChange(period(own.from, own.to, 'paragraph'), own, input), input);
  }
  for (const h of input.headings ?? []) {
    const hm = mentionsOf(h);
    if (!hm.length) continue;
    const span: Mention = { ...hm[0]!, to: hm[hm.length - 1]!.to, relative: hm[0]!.relative };
    return sinceBase(endOfChange(period(span.from, span.to, 'heading'), span, input), input);
  }
  // With no heading to say, a year that opens a sentence before (1979年农业总产值比1978年增长8.6％。粮食产量…) is a better
  // guess than the report's year.
  for (const text of earlier) {
    const first = mentionsOf(text)[0];
    if (!first || !OPENS.test(text.slice(0, first.start)) || (input.overYears && first.from === first.to)) continue;
    // 第七个五年计划所规定的…: a plan named as the subject is a document, not the time the next sentence speaks of.
    if (NOW.test(text.slice(first.start, first.end)) || PLAN_SAYS.test(text.slice(first.end))) continue;
    return sinceBase(endOfChange(period(first.from, first.to, 'paragraph'), first, input), input);
  }
  const year = input.coveredYear ?? input.year;
  return year === undefined ? undefined : sinceBase(period(year, year, 'report'), input);
}

// What the sentences after a sentence speak of: a period it puts up front, as a clause of its own (刚刚过去的2017年，…; 过去五年，…;
// 2017年底，…). A year inside a clause is that clause's (1997年钢产量达到1亿吨以上; 由于一九五七年的农业收成比较好).
const TOPIC_AFTER = /^(?:以来|来|中|里|内|间|期间|时期|上半年|下半年|全年|底|末)?[，,:：]/;
const OPENS = /^(?:在|到)?$/;
const PLAN_SAYS = /^(?:草案|纲要)?(?:所)?(?:规定|要求|提出|确定|安排)/;
// 现在，我国已初步形成…: a sentence about the present, not a period for the figures after it.
const NOW = /^(?:目前|当前|现在)/;
// …opening its clause (在刚刚过去的１９８７年，), not the object of a verb (顺利完成了“八五”计划，).
const TOPIC_BEFORE = /(?:^|[，,；;：:])(?:在|从|自|于|到|截至|截止)?(?:刚刚过去的|过去的)?["“]?$/;
function isTopic(text: string, m: Mention): boolean {
  return (
    TOPIC_AFTER.test(text.slice(m.end)) &&
    TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) &&
    !FROM_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)) &&
    !comparedWith(text, m) &&
    !NOW.test(text.slice(m.start, m.end))
  );
}

// 为1955年的98.88%, 分别为1982年的3.4倍, 等于一九四九年的七点二倍: the year a ratio is taken to is its base, not the figure's period.
const RATIO_BEFORE = /(?:为|是|相当于|等于|达到)$/;
// Between the base and the figure: 的, and the ratios before it in the list (的３．４倍和).
const RATIO_LIST = /^的[\s\d０-９.．,，、和倍%％点一二三四五六七八九十百〇○零两]*$/;
function ratioBase(sentence: string, m: Mention, at: number): boolean {
  return RATIO_LIST.test(sentence.slice(m.end, at)) && RATIO_BEFORE.test(sentence.slice(Math.max(0, m.start - 3), m.start));
}

// 由1949年的28.8%上升为42.3%, 由上年亏损9000万元转为盈利3亿多元: the year after 由 or 从 is the starting level's; the number the
// change reaches is not of it.
const FROM_BEFORE = /(?:由|从)$/;
const REACHES = /(?:(?:上升|下降|提高|降低|增加|减少|增长|扩大|缩小|发展)?(?:到|至|为)|(?:转为|变为|变成)[^\d，,。；;]{0,4})\s*$/;
// 从一九八○年至一九八五年，我国原煤产量由…增加到…: a span put up front as its own clause is the time of the changes after it.
function startOfChange(sentence: string, m: Mention, at: number, startsChange: boolean): boolean {
  const between = sentence.slice(m.end, at);
  if (m.from !== m.to && /^[，,]/.test(between)) return false;
  if (!FROM_BEFORE.test(sentence.slice(Math.max(0, m.start - 1), m.start))) return false;
  if (between.length > 3 && REACHES.test(between)) return true;
  // 由今年预计的44％提高到45％，即提高1％: a change that ran its course in a clause before the figure's leaves its start behind.
  const own = /^[^，,。；;]*/.exec(between)![0];
  return !startsChange && own.length < between.length && /(?:到|至|为)\s*[\d〇零○一二三四五六七八九十]/.test(own);
}

/**
 * 本年 is the year the text speaks of (１９５５年完成的…，本年新增的固定资产…): the last year named before it in its sentence,
 * else in a heading (１９５５年国家决算); the report's year only when none is.
 */
function thisYear(text: string, m: Mention, input: PeriodInput, mentionsOf: (text: string) => readonly Mention[]): Mention | undefined {
  if (!text.startsWith('本年', m.start)) return undefined;
  const named = (t: string, end = t.length) => mentionsOf(t).filter((n) => n.end <= end && !n.relative && n.from === n.to);
  const own = named(text, m.start);
  if (own.length) return own[own.length - 1];
  for (const t of input.headings ?? []) {
    const found = named(t);
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/**
 * 上年 after a year the sentence names is the year before that one (1979年…由上年的74.3%提高到83.7% → 1978), not before the
 * report's; 去年 always counts from the report.
 */
function yearBefore(text: string, m: Mention, mentionsOf: (text: string) => readonly Mention[]): Mention | undefined {
  if (!/^上一?年/.test(text.slice(m.start, m.end))) return undefined;
  const named = mentionsOf(text).filter((n) => n.end <= m.start && !n.relative && n.from === n.to);
  const last = named[named.length - 1];
  return last ? { ...m, from: last.from - 1, to: last.from - 1, relative: undefined } : undefined;
}

// 从1950年到1954年，…比重从34.1%增加到66.1%; 过去五年，国内生产总值从54万亿元增加到82.7万亿元: over a span, the number a
// change starts from is the level of its first year (of the year before a span counted back from now, 过去五年), the number
// it reaches the level of its last.
const CHANGE_FROM = /(?:从|由)$/;
const CHANGE_FROM_IN = /(?:从|由)[^，,。；;从由]*[\d〇零○一二三四五六七八九十百千万亿两][^，,。；;从由]*$/;

/** 661,800亩增加到: the commas inside a number end no clause. */
const withoutThousands = (text: string) => text.replace(/(\d)[,，](?=\d{3})/g, '$1');

/**
 * 城镇居民人均可支配收入由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元: a change of the same
 * shape with no years of its own spans the years of the change before it; the number it starts from is of the first.
 */
function parallelStart(input: PeriodInput, mentions: readonly Mention[], pick: Mention): Mention | undefined {
  const lead = input.sentence.slice(input.clause.start, input.at);
  if (!CHANGE_FROM.test(lead)) return undefined;
  const after = withoutThousands(input.sentence.slice(input.at, input.clause.end));
  if (!/^[^，,。；;]*?(?:到|至|为)/.test(after)) return undefined;
  // The start of that change is no period of the figures after it (startOfChange), so it is read among all the sentence names.
  const earlier = mentions.filter((m) => m.end <= pick.start);
  const start = earlier[earlier.length - 1];
  if (!start || pick.relative || start.relative || start.from !== start.to || pick.from !== pick.to || start.to >= pick.from)
    return undefined;
  const between = input.sentence.slice(start.end, pick.start);
  const opens = FROM_BEFORE.test(input.sentence.slice(Math.max(0, start.start - 1), start.start));
  return opens && !/[，,。；;]/.test(between) && /(?:到|至)$/.test(between) ? start : undefined;
}
function endOfChange(own: PeriodRead, m: Mention, input: PeriodInput): PeriodRead {
  if (own.from === own.to) return own;
  const lead = input.sentence.slice(input.clause.start, input.at);
  const after = input.sentence.slice(input.at, input.clause.end);
  if (CHANGE_FROM.test(lead) && /^[^，,。；;]*?(?:到|至|为)/.test(after)) {
    const y = m.relative ? own.from - 1 : own.from;
    return period(y, y, own.source);
  }
  // “六五”时期同“五五”时期相比，粮食的年平均产量由…增加到…: a level averaged over the span is of the whole span.
  const averaged = /年平均(?!增长|递增|每年)/.test(input.sentence.slice(0, input.at));
  if (REACHES.test(lead) && CHANGE_FROM_IN.test(lead.replace(REACHES, '')) && !averaged) return period(own.to, own.to, own.source);
  return own;
}

const YEAR = '((?:19|20)\\d{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年';
// 比2002年增长65.5%, 同1980年比较增加…: a base year in the figure's clause, before it.
const BASE_IN_CLAUSE = new RegExp(`(?:比|较|同|与)${YEAR}(?:的|末|底)?[^,，;；。比较]{0,12}$`);
// Its longest match (比 + 一九八〇年 + 的 + twelve characters): it is tried on as much of the clause as that, not on all of it
// from every position.
const MAX_BASE_IN_CLAUSE = 19;
// 2005年与2000年相比，国内生产总值增长57.3%; 一九八二年预计同一九八○年比较，棉花增长…，油料增长…: a base stated in a clause of
// its own holds for the clauses after it in the sentence.
const BASE_LEAD = new RegExp(`(?:比|较|同|与|和)${YEAR}[^,，;；。]{0,6}?(?:相比|比较|对比)[,，][^;；。]*$`);

const SPAN_AVERAGE = /(?<![\d〇零○一二三四五六七八九十])([一二三四五六七八九十两\d]{1,2})年(?:来|间|中)?(?:平均每年|每年平均|年均|平均)/;

// 同一九五七年比较，…副食品，都增长百分之三十以上；…主要日用品，增长百分之五十以上: the base holds past a ； for a stretch with
// no year or base of its own.
const BASE_LEAD_ACROSS = new RegExp(`(?:比|较|同|与|和)${YEAR}[^,，;；。]{0,6}?(?:相比|比较|对比)[,，][^。]*$`);
const OWN_TIME = new RegExp(`${YEAR}|(?:比|较|同|与)[^,，;；。]{0,8}(?:年|期|前)|今年|去年|上年|本年`);
function baseAcross(input: PeriodInput): RegExpExecArray | null {
  const { sentence, at } = input;
  const head = sentence.slice(0, Math.min(at, input.clause.start));
  if (!namesComparison(head)) return null;
  const semicolon = at > 0 ? Math.max(sentence.lastIndexOf('；', at - 1), sentence.lastIndexOf(';', at - 1)) : -1;
  return semicolon >= 0 && !OWN_TIME.test(sentence.slice(semicolon + 1, at)) ? BASE_LEAD_ACROSS.exec(head) : null;
}

const XIANG = 0x76f8; // 相
const DUI = 0x5bf9; // 对
const JIAO = 0x8f83; // 较

/** Whether a text holds 相比, 对比 or 比较, which BASE_LEAD and BASE_LEAD_ACROSS need: most sentences are not run through them. */
function namesComparison(text: string): boolean {
  for (let i = text.indexOf('比'); i >= 0; i = text.indexOf('比', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === XIANG || before === DUI || text.charCodeAt(i + 1) === JIAO) return true;
  }
  return false;
}

// 比2002年增长65.5%，年均增长10.6%; 由一九八○年的一百九十一元增加到一九八五年的…，平均每年递增百分之六: an average over years
// after a change from a base averages over the same years.
const BASE_BEFORE_AVERAGE = new RegExp(`(?:比|较|由|从)${YEAR}`, 'g');
function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/**
 * A change measured from a base year spans the years after the base up to the figure's own year (2007 比2002年增长65.5% →
 * 2003/2007), as 比上年 gives the one year and 年均 the years it averages over.
 */
function sinceBase(own: PeriodRead, input: PeriodInput): PeriodRead {
  // 一九八二年预计比一九八一年增长…，两年平均每年递增百分之九点六: an average that names its years counts back from the year.
  const lead = input.sentence.slice(input.clause.start, input.at);
  // Every average a year is written with 平均 or 年均: a clause without them is not run through the pattern.
  const years = lead.includes('平均') || lead.includes('年均') ? SPAN_AVERAGE.exec(lead) : null;
  const n = years ? count(years[1]!) : 0;
  if (own.from === own.to && n >= 2 && n <= 20) return period(own.to - n + 1, own.to, own.source);
  const inClause = BASE_IN_CLAUSE.exec(input.sentence.slice(Math.max(input.clause.start, input.at - MAX_BASE_IN_CLAUSE), input.at));
  const head = input.sentence.slice(0, input.clause.start);
  const m =
    inClause ??
    (namesComparison(head) ? BASE_LEAD.exec(head) : null) ??
    baseAcross(input) ??
    (input.overYears && own.from === own.to ? lastMatch(BASE_BEFORE_AVERAGE, head) : null);
  if (!m) return untilThen(own, input);
  const base = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseDigits(m[1]!);
  if (base === null) return own;
  // 比一九八○年的七千一百五十九亿元增加…: the number right after the base year is the base's own level.
  if (inClause && /年的$/.test(m[0])) return period(base, base, 'clause');
  if (own.to <= base) return own;
  if (own.to === base + 1) return period(own.to, own.to, own.source);
  return { ...period(base + 1, own.to, own.source), base };
}

/**
 * An average over years with one year named: from a year named before it in the sentence (一九八○年为七百七十三亿元，一九八五年
 * 将达到九百八十三亿元，平均每年增加四十二亿元 → 1981/1985), else, for a year to come, from the report's year (到１９９２年，…
 * 平均每年增长７．５％左右 → 1988/1992).
 */
function untilThen(own: PeriodRead, input: PeriodInput): PeriodRead {
  if (!input.overYears || own.from !== own.to || (own.source !== 'clause' && own.source !== 'sentence')) return own;
  const mentions = input.mentionsOf?.(input.sentence) ?? periodMentions(input.sentence, input.year);
  const earlier = mentions.filter((m) => m.end <= input.at && !m.relative && m.to < own.from - 1);
  const start = earlier[earlier.length - 1];
  if (start) return period(start.to + 1, own.to, own.source);
  if (input.year === undefined || own.to <= input.year) return own;
  return period(input.year, own.to, own.source);
}

function period(from: number, to: number, source: PeriodRead['source']): PeriodRead {
  return { value: from === to ? String(from) : `${from}/${to}`, from, to, source };
}
