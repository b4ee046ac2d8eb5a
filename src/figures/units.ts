// Reading a unit or classifier after a number: the longest of unitWords.ts's words that may stand there.
import { COUNTERS, UNITS } from './unitWords.ts';

const COUNTING = new Set(COUNTERS);

/** Whether a figure's unit counts the things named after it (18个单位); a bare multiplier does too (9亿多劳动力). */
export function countsThings(baseUnit: string): boolean {
  return baseUnit === '' || COUNTING.has(baseUnit);
}

const BY_LENGTH = [...UNITS].sort((a, b) => b.length - a.length);

/** Units grouped by first character, longest first within each: a number is followed by one character, not 150 tries. */
function byFirstChar(units: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const u of units) index.set(u[0]!, [...(index.get(u[0]!) ?? []), u]);
  return index;
}

/** The longest of the units that starts at `at`. */
function longestAt(index: ReadonlyMap<string, readonly string[]>, folded: string, at: number): string | undefined {
  const c = folded[at];
  return c === undefined ? undefined : index.get(c)?.find((u) => folded.startsWith(u, at));
}

const UNIT_INDEX = byFirstChar(BY_LENGTH);

/** The longest unit at `at` that no word runs on from (860人日均接诊 is 860人, then 日均). */
function unitAt(folded: string, at: number): string | undefined {
  const c = folded[at];
  if (c === undefined) return undefined;
  return UNIT_INDEX.get(c)?.find((u) => folded.startsWith(u, at) && !WORD_AFTER[u]?.test(folded[at + u.length] ?? ''));
}

// A one-character classifier that begins a longer word is not a classifier: 3万方 is cubic metres, 3方面 is "three aspects".
const WORD_AFTER: Readonly<Record<string, RegExp>> = {
  担: /[任当心负保子忧]/,
  方: /[面案式法针向位阵略言可能便舱]/,
  通: /[知报过讯车畅行]/,
  组: /[织建成]/,
  层: /[面级次]/,
  道: /[路德理]/,
  首: /[次先都批个]/,
  // 12万管 (sample tubes), not 3管齐下 or a 管理 / 管控 / 管网 that follows a number.
  管: /[理控护网道线制辖住齐委局]/,
  // 列入, 列为, 列出: a verb after the number (3个项目列入计划 never reaches here, but 2022列入 may); 对外, 对于, 对照: a preposition.
  列: /[入为出举明席支]/,
  对: /[外于照接标比象应待话口策付抗称此其该各全]/,
  剂: /[量型]/,
  羽: /[毛绒球]/,
  尾: /[款数声巴部货矿水气随号]/,
  眼: /[睛光界前下里镜科]/,
  床: /[位单垫上头]/,
  // 3发展, 5发布: a number never counts rounds before a verb that opens with 发
  发: /[展生现布放出挥起动表言明射行力达病送放扬酵热电改]/,
  晚: /[上会间报餐饭宴霞年点期到辈]/,
  盆: /[地]/,
  尊: /[重严敬称贵享崇]/,
  // 锭子 (the spindle as a part), 锭剂 (a lozenge)
  锭: /[子剂]/,
  // 3顶层, 2副县长, 5把关, 4面积, 3具体: a word that opens with the classifier's character
  顶: /[层端级尖部住替岗峰棚格点上梁用撞风]/,
  副: /[县市区镇乡局处科主部总所校院厅省书队组食作业产本职高]/,
  把: /[握关手控脉好门守脚柄握持]/,
  面: /[积向临对貌上前子试谈料条孔粉膜板广源]/,
  罐: /[头装车区]/,
  具: /[体有备足]/,
  // 860人日均接诊 / 120人日前到岗: people, then 日均 or 日前
  人日: /[均前常益夜内后起至]/,
  // 3个次生灾害, 2个次要矛盾: 个, then a word that opens with 次
  个次: /[生要级序第]/,
};

/** Multipliers kept in the unit as written and folded into the normalized value. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const MULTIPLIER_KEYS = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length);

/** Approximation marks written between the number and its unit (3.5万多场次, 40余处, 20多万人次). */
const BETWEEN_MARKS = ['多', '余'];

export interface UnitMatch {
  /** Unit as the figure stores it: multiplier kept, 多/余 left out (万场次 for 万多场次). */
  unit: string;
  /** Unit without the multiplier (场次 for 万多场次). */
  baseUnit: string;
  multiplier: number;
  /** Offset just past the unit in the scanned text. */
  end: number;
  /** 多 or 余 stood between the number and the unit. */
  approximate: boolean;
  /** Where `unit` is written: its multiplier and its classifier may stand apart (3.5万多场次). */
  spans: { start: number; end: number }[];
}

/**
 * Reads a unit starting at `pos` in folded text: [多|余] [万|亿|万亿] [多|余] classifier.
 * X个 + noun gives 个 (3个工作日), except 个百分点 which is a unit of its own. Null when no unit follows.
 */
export function readUnit(folded: string, pos: number): UnitMatch | null {
  let i = pos;
  let approximate = false;
  const takeMark = () => {
    const c = folded[i];
    if (c !== undefined && BETWEEN_MARKS.includes(c)) {
      approximate = true;
      i++;
    }
  };
  takeMark();
  let prefix = '';
  let multiplier = 1;
  const prefixAt = i;
  for (const m of MULTIPLIER_KEYS) {
    if (folded.startsWith(m, i)) {
      prefix = m;
      multiplier = MULTIPLIERS[m]!;
      i += m.length;
      break;
    }
  }
  if (prefix) takeMark();
  // 4万多亿元: 万 and 亿 with a mark between them are one multiplier (万亿), the mark an estimate.
  const yiAt = prefix === '万' && approximate && folded[i] === '亿' ? i : -1;
  if (yiAt >= 0) {
    prefix = '万亿';
    multiplier = MULTIPLIERS['万亿']!;
    i++;
  }
  const prefixSpans =
    yiAt >= 0
      ? [
          { start: prefixAt, end: prefixAt + 1 },
          { start: yiAt, end: yiAt + 1 },
        ]
      : [{ start: prefixAt, end: prefixAt + prefix.length }];
  const base = unitAt(folded, i);
  const rate = base === undefined && !prefix ? RATE_PER.exec(folded.slice(i, i + 8)) : null;
  if (rate)
    return {
      unit: rate[0],
      baseUnit: rate[0],
      multiplier: 1,
      end: i + rate[0].length,
      approximate,
      spans: [{ start: i, end: i + rate[0].length }],
    };
  if (base === undefined) {
    // A bare multiplier (金额达1.2亿) is still a quantity; a bare 多/余 is not.
    if (!prefix) return null;
    return { unit: prefix, baseUnit: '', multiplier, end: i, approximate, spans: prefixSpans };
  }
  if (isLatinUnitGlued(folded, i + base.length, base)) return null;
  // 3个多月, 2个半小时 → 3个月 (an estimate): a duration counted with 个 may hold its mark between 个 and the period.
  const period = base === '个' ? SPLIT_DURATION.exec(folded.slice(i + 1, i + 5)) : null;
  if (period) {
    const unit = `个${period[2]}`;
    const spans = [...prefixSpans, { start: i, end: i + 1 }, { start: i + 1 + period[1]!.length, end: i + 1 + period[0].length }];
    return {
      unit: prefix + unit,
      baseUnit: unit,
      multiplier,
      end: i + 1 + period[0].length,
      approximate: true,
      spans: spans.filter((p) => p.end > p.start),
    };
  }
  // 微克/立方米, 万元/亩, 元/月: a unit per another unit stays whole.
  const per = readPerUnit(folded, i + base.length);
  const whole = per ? base + per : base;
  const spans = [...prefixSpans, { start: i, end: i + whole.length }].filter((p) => p.end > p.start);
  return { unit: prefix + whole, baseUnit: whole, multiplier, end: i + whole.length, approximate, spans };
}

// 15.8/10万, 3.2/万: a rate per a round count of people (孕产妇死亡率, 发病率), as health statistics write it. The denominator
// is part of the unit, not a multiplier of the value, and its digits are no figure of their own.
const RATE_PER = /^\/(?:1(?:0{1,3})?)?[万千](?:人口|人(?!次))?(?![元吨亩次])/;

// 元/床日, 元/人日: what a day of care costs, per bed or per person (health insurance's payment standards).
const PER_UNITS = byFirstChar([...BY_LENGTH, '月', '日', '季度', '床日', '人日'].sort((a, b) => b.length - a.length));

// 个多月, 个余月, 个多小时: the estimate's mark written inside a duration counted with 个.
const SPLIT_DURATION = /^([多余])(月|小时|工作日)/;

// 1200元/人·年, 50元/人/月: a second period the rate is per (per person and per year).
const PER_PERIOD = /^[·•/](?:年|月|日|天|周|次)/;

// 12.3起/万人, 0.45吨标准煤/万元, 2.1人/10万人: the unit a count is per may be a round count of it.
const PER_COUNT = /^(?:1(?:0{1,3})?)?[百千万]?/;

// 5.36元/500克, 7.2元/50公斤, 1.2元/100千瓦时: a price per a weighed or measured lot (a market bulletin's 元/500克). Only a
// measure may be counted so, so that 8人/12人 or 95%/90% stay two figures.
const PER_MEASURED_LOT = /^[1-9]\d{0,3}(?=[千毫厘]?克|公斤|斤|[毫]?升|[平立]?方?米|公里|千瓦时|度)/;

function readPerUnit(folded: string, at: number): string | null {
  if (folded[at] !== '/') return null;
  const count = (PER_MEASURED_LOT.exec(folded.slice(at + 1, at + 9)) ?? PER_COUNT.exec(folded.slice(at + 1, at + 6))!)[0];
  const unit = longestAt(PER_UNITS, folded, at + 1 + count.length);
  if (!unit) return null;
  const period = PER_PERIOD.exec(folded.slice(at + 1 + count.length + unit.length))?.[0] ?? '';
  return `/${count}${unit}${period}`;
}

// 5km is a unit, 5kmh or 3kWp something else: a Latin unit must not run on into more letters.
function isLatinUnitGlued(folded: string, after: number, base: string): boolean {
  if (!/^[A-Za-z]/.test(base)) return false;
  return /[A-Za-z]/.test(folded[after] ?? '');
}
