import type { Figure, ReportDocument, Span } from '../types.ts';
import { readUnit, type UnitMatch } from './units.ts';
import { clauseIndex } from '../text/clauses.ts';
import { markedSpans, QUOTE_MARKS, TITLE_MARKS } from '../text/marks.ts';
import { firstAtOrAfter, insideAny } from '../text/spanSearch.ts';
import { readsAsDate } from './dateDigits.ts';
import { dateSpans } from './findDates.ts';
import { joinedView } from '../text/wraps.ts';
import { foldFullwidthAscii } from '../text/foldWidth.ts';
import { describeFigures, type FigureDescription } from './indicators/describeFigures.ts';
import { figureRecord } from './figureRecord.ts';
import { coveredYear, openingYear, reportYear } from './indicators/reportYear.ts';
import { findDates } from './findDates.ts';
import { chineseNumbers } from './chineseNumbers.ts';
import { spacedDigitGaps } from './spacedDigits.ts';
import { CodeSet } from '../text/codeSet.ts';
import { endingPattern } from '../text/endingPattern.ts';
import { tableCellUnits } from './tableCells.ts';
import { listUnit } from './listUnit.ts';

// A run of Arabic digits with an optional decimal part; a trailing "." (the 1. of a list) is not part of it.
const NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d])/g;
const NUMBER_WITH_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.])\d+(?:\.\d+)?(?![\d])/g;

/**
 * Every Arabic-digit quantity with its unit or classifier. Dates, list numbers, phone numbers, postcodes, street numbers,
 * labels (1+N), ratios and digits inside 《》 titles are not figures. Figures come back with `entities: []`: link/ fills them.
 */
export function findFigures(doc: ReportDocument): Figure[] {
  const { report } = doc;
  // A hard-wrapped report cuts figures at line ends (回收资金2⏎7.4亿元, 6800万⏎元): numbers and units are read as if the
  // lines were whole, and offsets mapped back, so a figure's text may hold the wrap's "\n".
  const spaced = spacedDigitGaps(doc.folded);
  const view = joinedView(report.text, doc.folded, spaced.length ? mergeSorted(doc.wrapBreaks, spaced) : doc.wrapBreaks);
  const text = view.text;
  const folded = view.folded;
  // The document's marks are those of the text as written: a joined text has marks of its own.
  const joined = folded !== doc.folded;
  const titles = joined ? markedSpans(folded, TITLE_MARKS) : doc.titles;
  const names = quotedNames(folded, joined ? markedSpans(folded, QUOTE_MARKS) : doc.quotes);
  // findDates's spans cover the dates it normalizes; readsAsDate also catches a bare 12日 or 9月底 it has no form for.
  const dates = dateSpans(text);
  const thousands = usesThousandsSeparators(text);
  const clauses = clauseIndex(folded, thousands);
  const figures: Omit<Figure, keyof FigureDescription>[] = [];
  const cells = tableCellUnits(folded);

  for (const n of numbersOf(folded, thousands)) {
    const { start, numEnd, digits } = n;
    if (!isQuantityPosition(folded, start, numEnd) || insideAny(titles, start, numEnd) || insideAny(names, start, numEnd)) continue;
    if (insideAny(dates, start, numEnd) || readsAsDate(folded, start, numEnd)) continue;
    // Some pages put a space between a number and its unit (36 个, 7.5 %).
    const gap = SPACE.has(folded.charCodeAt(numEnd)) && /^[ \u00a0\u3000](?=\S)/.test(folded.slice(numEnd, numEnd + 2)) ? 1 : 0;
    const cell = cells.get(start);
    const own = n.unit ?? cell ?? readUnit(folded, numEnd + gap);
    const listed = own ? undefined : listUnit(folded, start, numEnd);
    const unit = own ?? listed;
    if (!unit || (!n.unit && !cell && !listed && !acceptUnit(folded, digits, unit, start, numEnd))) continue;

    const value = n.value;
    const clause = nearFigure(folded, clauses.clauseAt(start), start, unit.end);
    const before = folded.slice(clause.start, start);
    const after = folded.slice(unit.end, clause.end);
    const at = view.start(start);
    const end = view.end(unit.end);
    const { section, measure } = doc.locate(at);
    figures.push({
      id: `${report.id}-f${figures.length + 1}`,
      report: report.id,
      section,
      measure,
      value,
      unit: report.script === 'zh-Hant' && !n.unit ? writtenUnit(text, unit) : unit.unit,
      normalizedValue: normalize(value, unit.multiplier, digits.length),
      baseUnit: unit.baseUnit,
      text: report.text.slice(at, end),
      context: report.text.slice(view.start(clause.start), view.end(clause.end)),
      start: at,
      end,
      change: changeDirection(before, unit),
      approximate: unit.approximate || APPROX_BEFORE.test(before) || APPROX_AFTER.test(after) || RANGE_BEFORE.test(before),
      entities: [],
    });
  }
  return withDescriptions(doc, figures, spaced);
}

/**
 * Each figure with what it measures, its period and its status (figures/indicators). In a report that spaces its digits
 * they are read on the text without those spaces, so 1 9 9 7 年 is a year there as 1997年 is.
 */
function withDescriptions(doc: ReportDocument, figures: Omit<Figure, keyof FigureDescription>[], spaced: readonly number[]): Figure[] {
  const { report, structure } = doc;
  const year = reportYear({ date: report.date, title: report.title, file: report.file, dates: () => findDates(report.text, report.id) });
  const at = (o: number) => o - firstAtOrAfter(spaced, o);
  const shift = <T extends Span>(x: T): T => (spaced.length ? { ...x, start: at(x.start), end: at(x.end) } : x);
  const folded = spaced.length ? joinedView(report.text, doc.folded, spaced).folded : doc.folded;
  const described = describeFigures({
    folded,
    sentences: structure.sentences.map(shift),
    sections: structure.sections,
    figures: figures.map(shift),
    year,
    coveredYear:
      coveredYear(report.title) ??
      openingYear(
        structure.sentences
          .slice(0, 8)
          .filter((s) => s.start < (structure.sections[0]?.start ?? Infinity))
          .map((s) => folded.slice(shift(s).start, shift(s).end)),
        year,
      ),
  });
  return figures.map((f, i) => figureRecord(f, described[i]!));
}

const MINUS_BEFORE = /(?:[\u4e00-\u9fff（(:：，,、=]|^)[-−]$/;

const mergeSorted = (a: readonly number[], b: readonly number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** A number at [start, numEnd): Arabic digits, or Chinese numerals (a percentage carries its unit). */
interface NumberAt {
  start: number;
  numEnd: number;
  /** The number in Arabic digits, as the unit rules read it (2000 for 二千: 二千年 is a year). */
  digits: string;
  value: number;
  unit?: UnitMatch;
}

/** Every number of the folded text in text order: Arabic digits, then Chinese numerals (chineseNumbers) merged in. */
function numbersOf(folded: string, thousands: boolean): NumberAt[] {
  const arabic: NumberAt[] = [];
  for (const m of folded.matchAll(thousands ? NUMBER_WITH_GROUPS : NUMBER)) {
    const value = Number(m[0].replace(/,/g, ''));
    // 人口自然增长率为-3.24‰: a minus sign after a word or a mark is the number's own (2018-2020 and 0791-8622 join two numbers).
    const signed = MINUS_BEFORE.test(folded.slice(Math.max(0, m.index - 2), m.index));
    arabic.push({
      start: signed ? m.index - 1 : m.index,
      numEnd: m.index + m[0].length,
      digits: m[0],
      value: signed ? -value : value,
    });
  }
  const chinese = chineseNumbers(folded).map((c): NumberAt => {
    const at: NumberAt = { start: c.start, numEnd: c.numEnd, digits: String(c.value), value: c.value };
    if (c.rate) {
      const spans = [{ start: c.start, end: c.start + 3 }];
      at.unit = { unit: c.rate, baseUnit: c.rate, multiplier: 1, end: c.numEnd, approximate: false, spans };
    }
    return at;
  });
  if (!chinese.length) return arabic;
  return [...arabic, ...chinese].sort((a, b) => a.start - b.start);
}

// A figure's context is a readable excerpt of its clause: no report clause comes near these (the longest around a figure in
// the development and gwr sets is under 90 characters), and a clause without stops (a page that lost its punctuation)
// would otherwise be copied, and scanned by the direction rules, once per figure in it.
export const MAX_CONTEXT_BEFORE = 120;
export const MAX_CONTEXT_AFTER = 80;

/** The clause around a figure at [start, end), cut to at most MAX_CONTEXT_BEFORE/AFTER characters on either side. */
function nearFigure(folded: string, clause: Span, start: number, end: number): Span {
  let s = Math.max(clause.start, start - MAX_CONTEXT_BEFORE);
  let e = Math.min(clause.end, end + MAX_CONTEXT_AFTER);
  // Never between the halves of a surrogate pair.
  if (s > clause.start && (folded.charCodeAt(s) & 0xfc00) === 0xdc00) s++;
  if (e < clause.end && (folded.charCodeAt(e - 1) & 0xfc00) === 0xd800) e--;
  return { start: s, end: e };
}

/**
 * A traditional-script report's unit as it writes it (128條, 2.1萬戶), digits and signs folded to half width (％ → %).
 * The simplified form stays in baseUnit, where reports in either script compare.
 */
function writtenUnit(text: string, unit: UnitMatch): string {
  return foldFullwidthAscii(unit.spans.map((s) => text.slice(s.start, s.end)).join(''));
}

// A quotation that reads as a name (“15分钟便民生活圈”, “12345”热线, “两个100%”): short, and no clause inside it.
const MAX_QUOTED_NAME = 20;
const CLAUSE_MARK = /[,，。;；:：!！?？]/;

/** Quoted names: a number inside one names a programme, a hotline or a target, it reports no quantity. */
function quotedNames(folded: string, quotes: readonly Span[]): Span[] {
  return quotes.filter((q) => q.end - q.start - 2 <= MAX_QUOTED_NAME && !CLAUSE_MARK.test(folded.slice(q.start + 1, q.end - 1)));
}

/**
 * value × multiplier rounded to 15 significant digits (3.5万 → 35000, not 35000.000000000004). Without a multiplier a number
 * written in at most 15 characters is already that (a double keeps 15 significant decimal digits), and toPrecision, the
 * costliest call of this stage, is skipped.
 */
function normalize(value: number, multiplier: number, written: number): number {
  if (multiplier === 1 && written <= 15) return value;
  return Number((value * multiplier).toPrecision(15));
}

// Chinese text separates clauses with ，; a report that does so and also writes 1,152 uses the comma for thousands.
// A number typed all in full-width forms (１，２５０万元) groups its thousands with the full-width comma; so does a report
// that groups ASCII digits with it again and again (gwr-1980: 7，371万平方米, 62，000万吨), where one such pair alone could
// be two numbers across a clause break.
const WIDE_GROUP = /(?<![\d.])\d{1,3}，\d{3}(?!\d)/g;
function usesThousandsSeparators(text: string): boolean {
  if (/[０-９]，[０-９]{3}(?![０-９\d])/.test(text)) return true;
  if ((text.match(WIDE_GROUP) ?? []).length >= 2) return true;
  const groups = (text.match(/\d,\d{3}(?!\d)/g) ?? []).length;
  if (!groups) return false;
  const otherAscii = (text.match(/,/g) ?? []).length - groups;
  const wide = (text.match(/，/g) ?? []).length;
  return wide > otherAscii;
}

// The characters around a number that isQuantityPosition reads, by code: it asks them of every number of the report.
const CODE_MARK = new CodeSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@_/#');
const DIGIT = new CodeSet('0123456789');
const SPACE = new CodeSet(' \u00a0\u3000');
const DI = 0x7b2c; // 第
const DOT = new CodeSet('·•');
const JOIN = new CodeSet('+×');
const COLON = new CodeSet(':∶');
const DASH = 0x2d;

/** Digits that are part of a code, a label, a ratio or an ordinal rather than a count. */
function isQuantityPosition(folded: string, start: number, end: number): boolean {
  const prev = folded.charCodeAt(start - 1);
  const prev2 = folded.charCodeAt(start - 2);
  const next = folded.charCodeAt(end);
  // PM2.5, 5G, H7N9, model and licence numbers glued to Latin letters; e-mail and web addresses.
  if (CODE_MARK.has(prev)) return false;
  // 第3次, 第1名: an ordinal, not a count.
  if (prev === DI || (prev2 === DI && /\s/.test(folded[start - 1] ?? ''))) return false;
  // 3·15, 12·4: a day named by its date, not a count.
  if (DOT.has(prev) && DIGIT.has(prev2)) return false;
  // 1+N, 1+4: labels of policy bundles; 7×24小时: round-the-clock service, a label too.
  if (JOIN.has(prev) || JOIN.has(next)) return false;
  // 1:2 ratios and 8:30 times (a colon between two numbers).
  if (COLON.has(prev) && DIGIT.has(prev2)) return false;
  if (COLON.has(next) && DIGIT.has(folded.charCodeAt(end + 1))) return false;
  // 0769-22831798: an area code joined to a number.
  if (prev === DASH && DIGIT.has(prev2) && /(?:^|[^\d])0\d{2,3}-$/.test(folded.slice(Math.max(0, start - 6), start))) return false;
  return true;
}

function acceptUnit(folded: string, digits: string, unit: UnitMatch, start: number, numEnd: number): boolean {
  // 年 after a year-like number is a date (handled earlier); after a small count it is a span of years (连续3年), and so is a
  // number with decimals, whatever its length (平均期限15.6年: no year is written 15.6).
  if (unit.baseUnit === '年' && (/^\d{4,}$/.test(digits) || /^[月度底初末]/.test(folded.slice(unit.end)))) return false;
  // 3．2024年基层供销社…汇总表, 2.2025年工作打算: a list's number before a year (an 附件 list, a heading), read as one decimal;
  // no span of time is written with a year's four digits after the point.
  if (unit.baseUnit === '年' && /^\d{1,2}\.(?:19|20)\d\d$/.test(digits)) return false;
  // 今后10年内, 近5年来, 25年没有动过: years that place or last a time (a period, read by findPeriod), not a quantity.
  if (
    unit.baseUnit === '年' &&
    (PERIOD_BEFORE.test(folded.slice(Math.max(0, numEnd - digits.length - 2), numEnd - digits.length)) ||
      (PERIOD_AFTER.test(folded.slice(unit.end, unit.end + 2)) && !RUN_OF_YEARS_BEFORE.test(folded.slice(Math.max(0, start - 2), start))))
  )
    return false;
  // 90年代, 5年前, 建军一百年, 新10年纲要: a decade, a time before or after now, an anniversary and an era named by its length
  // place a time or name an occasion; they measure nothing.
  if (
    unit.baseUnit === '年' &&
    (/^(?:代|前|后|以前|以后)/.test(folded.slice(unit.end, unit.end + 2)) || ERA_BEFORE.test(folded.slice(Math.max(0, start - 2), start)))
  )
    return false;
  // 2023届毕业生: the year a cohort graduates names it, it counts nothing.
  if (unit.baseUnit === '届' && /^(?:19|20)\d\d$/.test(digits)) return false;
  // 位列全省前10名: a rank, not a count of people.
  if ((unit.baseUnit === '名' || unit.baseUnit === '位') && folded[numEnd - digits.length - 1] === '前') return false;
  // 8时30分: the minutes of a clock time, not a count of minutes (持续30分钟 keeps its own unit).
  if (unit.baseUnit === '分' && /\d\s*[时点]\s*$/.test(folded.slice(Math.max(0, numEnd - digits.length - 4), numEnd - digits.length)))
    return false;
  // 12333人社服务热线, 12348法律服务热线: a public-service number (12 and three digits) is the line's name where the words it
  // runs into end in 热线 before the clause does; the 人 of 人社 is no unit.
  if (/^12\d{3}$/.test(digits) && SERVICE_LINE_AFTER.test(folded.slice(numEnd, numEnd + 12))) return false;
  // 建党100周年: an anniversary names an occasion, not a quantity.
  if (unit.baseUnit === '周' && folded[unit.end] === '年') return false;
  // A bare multiplier followed by more digits or letters is part of something else.
  if (unit.baseUnit === '' && /^[\dA-Za-z]/.test(folded.slice(unit.end))) return false;
  // 99号楼 / 3号线 are never reached (号 is not a unit); 3名列前茅-like runs are rare enough to accept.
  return numEnd < unit.end;
}

const SERVICE_LINE_AFTER = /^[\u4e00-\u9fff]{1,8}?(?:热线|专线)/;
// 建军一百年, 建党100周年 (an anniversary), 新10年 (the decade a plan opens: 新10年农村扶贫开发纲要).
const ERA_BEFORE = /(?:建党|建军|建国|成立|诞辰|(?<![重更创])新)$/;
const PERIOD_BEFORE = /(?:今后|未来|过去|最近|(?<!将)近|这)$/;
const PERIOD_AFTER = /^(?:来|内|间|以来|没有|没|未)/;
// 连续15年未发生重大森林火灾: years counted in a row are a quantity (as 连续6年增产 is), whatever did not happen in them.
const RUN_OF_YEARS_BEFORE = /连续$/;

const APPROX_BEFORE = endingPattern(
  /(?:约|近|逾|超过|超|大约|将近|接近|不到|不足|不少于|不低于|不超过|至少|最少|最多|上下)$/,
  '约近逾过超到足于少多下',
);
const APPROX_AFTER = /^(?:以上|以下|左右|上下|以内|之内|多|余)/;
// 3-5个: the upper bound of a range.
const RANGE_BEFORE = /\d\s*(?:[-~～—–]|至|到)\s*$/;

// The word right before the number decides, with modifiers allowed in between (同比增长了约7.5%, 减幅超过20%).
const MODS = '(?:约|近|超过|逾)?$';
// 增幅/降幅 name the size of a change: its direction holds whatever follows (为, 达, 超过).
// Each pattern below is tried only on clauses ending with a character its matches can end with (text/endingPattern).
const MOD_LAST = '约近过逾';
const UP_NOUN = endingPattern(new RegExp(`(?:增幅|涨幅)(?:为|达|达到)?${MODS}`), `幅为达到${MOD_LAST}`);
const DOWN_NOUN = endingPattern(new RegExp(`(?:减幅|降幅|跌幅)(?:为|达|达到)?${MODS}`), `幅为达到${MOD_LAST}`);
// A change verb, possibly with 达 (增长达10%); with 至/到/为 it names the level reached instead (降至14.5%).
const UP_VERB = endingPattern(
  new RegExp(`(?:增长|增加|提高|上升|提升|扩大|上涨|增|升|涨)(?:了)?(?:达|达到)?${MODS}`),
  `长加高升大涨增了达到${MOD_LAST}`,
);
const DOWN_VERB = endingPattern(
  new RegExp(`(?:下降|减少|降低|下滑|回落|缩减|压减|缩小|下跌|减|降|跌)(?:了)?(?:达|达到)?${MODS}`),
  `降少低滑落减小跌了达到${MOD_LAST}`,
);
// Verbs that only ever state a change; 提高/提升 also mean "to raise (skills)" and 增 "to add (new items)".
const PURE_CHANGE = endingPattern(
  new RegExp(`(?:增长|增加|下降|减少|降低|下滑|回落|上涨|下跌)(?:了)?(?:达|达到)?${MODS}`),
  `长加降少低滑落涨跌了达到${MOD_LAST}`,
);
// 比…多34万平方米: a comparison states a difference.
const MORE_THAN = endingPattern(/比[^,，。;；:：]*多$/, '多');
const FEWER_THAN = endingPattern(/比[^,，。;；:：]*少$/, '少');
const NEWLY_ADDED = endingPattern(/新增(?:了)?$/, '增了');
const RATE_UNIT = new Set(['%', '‰', '个百分点', '百分点', '倍']);

function changeDirection(before: string, unit: UnitMatch): Figure['change'] {
  if (UP_NOUN.test(before)) return 'increase';
  if (DOWN_NOUN.test(before)) return 'decrease';
  if (MORE_THAN.test(before)) return 'increase';
  if (FEWER_THAN.test(before)) return 'decrease';
  if (NEWLY_ADDED.test(before)) return null;
  const isRate = RATE_UNIT.has(unit.baseUnit);
  const strong = isRate || before.includes('比') || PURE_CHANGE.test(before);
  if (DOWN_VERB.test(before)) return strong ? 'decrease' : null;
  if (UP_VERB.test(before)) return strong ? 'increase' : null;
  // Anything else (达3062万人次, 比例为60%, 降至14.5%) states a level.
  return null;
}
