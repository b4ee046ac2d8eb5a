import type { Span } from '../../types.ts';
import { segmentPhrase } from './phraseSegments.ts';
import { CHANGES, changesEnding, LEVELS, leadsOpening, levelsEnding } from './phraseWordLists.ts';
import { CHANGE_ADVERBS, COMPARISON, INNER_TIME, LEAD_TIME } from './indicatorWords.ts';
import { endingPattern } from '../../text/endingPattern.ts';
import { CodeSet } from '../../text/codeSet.ts';
import { HAS_HAN, isHan } from '../../text/han.ts';
import { cutToTail, listed, MAX_LIST_PHRASE, MAX_PHRASE } from './phraseTail.ts';

const INNER_TIME_MARK = new CodeSet('年期季');

export type ChangeWord = 'increase' | 'decrease' | 'price';

/** A phrase read next to a number: the span it covers and the change word it carried (增长, 下降, 涨幅), if any. */
export interface PhraseRead extends Span {
  change: ChangeWord | null;
  /** The phrase ended in 分别 (分别增长8.8%和9.6%): its parts belong to the numbers in turn. */
  respectively: boolean;
}

// A target's own words (经济增长预期目标为7%): they say the figure is planned, not what it measures.
const TARGET_NOUN = endingPattern(/(?:的)?(?:主要预期目标|预期目标|目标值|目标|预期|任务|指标)$/, '标值期务');
const COMPARED_DEGREE = /(?:比(?![重例率值价])|较)[^,，。;；比]{1,10}?(?<![降提升增减贬拉抬调])(高|低)$/;
const SPACE_OR_QUOTE = /[\s"“”'‘’《》]$/;
// Digits left by a number read only in part (33,212万吨: the figure is 212万吨), or a range's first number (补助500-800元,
// 配备全科医生10-15名: the figure is its upper bound).
const TRAILING_DIGITS = endingPattern(/[\d,.，]+[-－—–~～]?$/, '0123456789,.，-－—–~～');
// The base a change starts from, with the words of the base (从人均8.7万元, 由上年的46亿元, 由每人每年380元).
const BASE_WORDS = endingPattern(
  /(?:由|从)(?:上年的?|去年的?|人均|原来的?|(?:\d{4}|[〇零○一二三四五六七八九]{4})年的?|每人每年|每人每月|每人|每户|每年|每月)?$/,
  '由从年的均来月人户',
);
// 提高到每人每年240元, 调整为每月2010元: a per-head or a month after the level word says what the number is counted by, not what it measures.
const PER_HEAD = endingPattern(/(?:(?:每人|每户|[月年]?人均)(?:每年|每月|每天)?|每月|每天|每日)$/, '人户均年月天日');
// 标准粉每公斤4.10元, 汽油最高零售价格为每升7.93元: the weight or volume a price is per, right before it (no change between:
// 小麦每斤提高3分钱 is a change of the price per 斤).
const PER_MEASURE = endingPattern(/每(?:公斤|千克|斤|克|升|吨|平方米|立方米|千瓦时)$/, '斤克升吨米时');
// A time right before the number (1979年, 今年年底, “六五”时期, 1-9月份).
const TRAILING_TIME = endingPattern(
  /(?:今年|去年|上年|明年|年底|年末|年初|(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:到|至|—|－|-))?(?:\d{4}|[〇零○一二三四五六七八九]{4})年度?(?:预算|决算|计划)?(?:间|期间)?|[一二三四五六七八九十两\d]{1,2}年(?:来|间|中|前|后)?|["“]?[一二三四五六七八九十]{1,3}五["”]?(?:时期|期间))(?:[一二三四五六七八九十\d]{1,2}月份?)?(?:底|末|初)?(?:前|以前)?$/,
  '年底末初度算划间来中前后期月份',
);
const PER_SHARES = /^.*每\d+(?:\.\d+)?股/;
const AIM = endingPattern(/(?:力争|争取|确保|努力)$/, '争取保力');
// 茶产业综合产值翻了一番，达到68.4亿元; 在校生规模翻了一番，由2.1万人增加到4.3万人: a doubling said in words is no part of
// what the figures after it measure (nor their change: 达到 and 增加到 say that).
const DOUBLED = endingPattern(/翻了?[一两三四几]?番$/, '番');
const CLOSE_BRACKET = /[)）]$/;
// A comparison's base opens with 比 or 较, unless 比 begins a noun of its own (比重, 比例, 比率, 比值, 比价).
// 比上年预算减少, 分别比上年预算增长: what is left is the base of a comparison, a 分别 or 均 before it or not.
const COMPARED = /^(?:分别|均|都)?(?:比(?![重例率值价])|较)/;
// Longer phrases are cut back to the words nearest the number.
const MAX_PURPOSE = 22;
const MONTH_SPAN =
  /(?:从|由|自)?(?:今年|去年|本年|(?:\d{4}|[〇零○一二三四五六七八九]{4})年)?[一二三四五六七八九十\d]{1,2}月份?(?:到|至|—|－|-)[一二三四五六七八九十\d]{1,2}月份?(?:底|末|间|期间)?$/;

/** The indicator written before a number: the clause's words left once level, comparison, hedge, change and time words go. */
export function readBefore(text: string, span: Span, maxLength = MAX_PHRASE): PhraseRead {
  let { start, end } = span;
  // 拟向全体股东每10股派发现金红利3.5元: what the amount is per (每10股) ends the words before what it measures.
  const perShares = text.includes('股', start) ? PER_SHARES.exec(text.slice(start, end)) : null;
  if (perShares) start += perShares[0].length;
  let change: ChangeWord | null = null;
  let respectively = false;
  // A change word counts only right before the number (with its adverbs): 人口自然增长率下降到 keeps 增长率.
  let levelSeen = false;
  for (let guard = 0; guard < 12 && end > start; guard++) {
    const s = text.slice(start, end);
    if (SPACE_OR_QUOTE.test(s) || (s.endsWith('的') && s.length > 1)) {
      end--;
      continue;
    }
    const digits = TRAILING_DIGITS.exec(s);
    if (digits) {
      end -= digits[0].length;
      continue;
    }
    // The base a change starts from (由上年的2.51吨, 从54万亿元): the indicator is named before it.
    // Not 由 as the doer (由国内制造的部分): a base is a time, a level's owner in time, or nothing but 的.
    if (s.length <= 10 && /^(?:已经|已|将|又)?(?:由|从)(?:[^,，]*(?:年|月|期|时|前|过去|原来|以往)[^,，]*|[^,，]*的|)$/.test(s)) {
      end = start;
      break;
    }
    // A bracketed note before the number (完成整改(拆除)1117宗) is not the indicator.
    if (CLOSE_BRACKET.test(s)) {
      const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
      if (open >= 0) {
        end = start + open;
        continue;
      }
    }
    const base = BASE_WORDS.exec(s);
    if (base && base[0].length < s.length) {
      end -= base[0].length;
      continue;
    }
    const perHead: RegExpExecArray | null = PER_HEAD.exec(s) ?? (change === null ? PER_MEASURE.exec(s) : null);
    // 月人均达到3126元: a monthly per-head alone names nothing; the subject is the clause's before.
    if (perHead && (perHead[0].length < s.length - 1 || (perHead[0] === s && s.length > 2))) {
      end -= perHead[0].length;
      continue;
    }
    const adv0 = CHANGE_ADVERBS.exec(s);
    if (adv0) {
      if (adv0[0] === '分别') respectively = true;
      end -= adv0[0].length;
      continue;
    }
    const cmp = COMPARISON.exec(s);
    if (cmp && cmp[0].length) {
      end -= cmp[0].length;
      continue;
    }
    const trailingTime = TRAILING_TIME.exec(s);
    if (trailingTime && trailingTime[0].length < s.length - 1) {
      end -= trailingTime[0].length;
      // 其中增长较快的“一五”时期: words that qualify the time (not another time, 从…年的二十八年间) measure nothing.
      if (/(?:时期|期间)$/.test(trailingTime[0]) && /[^年月期间]的$/.test(s.slice(0, -trailingTime[0].length))) end = start;
      continue;
    }
    // 从今年一月到九月: a span of months is a time too.
    // Both ends of a span of months are written with 月: a stretch without it is not run through the pattern, which tries
    // every position of the stretch.
    const months = s.includes('月') ? MONTH_SPAN.exec(s) : null;
    if (months && months[0].length < s.length - 1) {
      end -= months[0].length;
      continue;
    }
    const level = levelsEnding(s).find((w) => s.endsWith(w) && (w.length > 1 || !WORD_ENDING.has(s.slice(-2))));
    // 达到或者超过了: two level words joined; the first goes with the second.
    if (levelSeen && /(?:或者|或)$/.test(s) && LEVELS.some((w) => w.length > 1 && s.slice(0, s.search(/(?:或者|或)$/)).endsWith(w))) {
      end -= /或者$/.test(s) ? 2 : 1;
      continue;
    }
    // 收入总计165.6亿元, 支出合计…: a budget's sum line is named by its total; bare 收入 or 支出 is no measure.
    if (level && SUM_LINE.test(s)) break;
    if (level) {
      if (level.startsWith('分别')) respectively = true;
      // A hedge (将近, 大约, 至少) or a total says nothing of level or change: 增产了将近三十万吨 is still a change.
      if (level.length > 1 && !/^(?:分别|共计|合计|总计|累计|共有|接近|将近|大约|至少|最少|最多)$/.test(level)) levelSeen = true;
      end -= level.length;
      continue;
    }
    const adv = CHANGE_ADVERBS.exec(s);
    if (adv) {
      if (adv[0] === '分别') respectively = true;
      end -= adv[0].length;
      continue;
    }
    const doubled = DOUBLED.exec(s);
    if (doubled && doubled[0].length < s.length) {
      end -= doubled[0].length;
      continue;
    }
    // 在执行中争取达到百分之五: the words of a plan say the status, not what is measured.
    const aim = AIM.exec(s);
    if (aim) {
      end -= aim[0].length;
      continue;
    }
    const target = TARGET_NOUN.exec(s);
    if (target && target[0].length < s.length) {
      end -= target[0].length;
      levelSeen = true;
      continue;
    }
    // 比去年预算低0.4个百分点: higher or lower than a base is a change.
    const degree: RegExpExecArray | null = change === null && !levelSeen ? COMPARED_DEGREE.exec(s) : null;
    if (degree) {
      change = degree[1] === '高' ? 'increase' : 'decrease';
      end -= 1;
      continue;
    }
    // A change word names the change, not the indicator (国内生产总值增长8% → 国内生产总值): kept only when it is all there is.
    const ch: (typeof CHANGES)[number] | undefined =
      change === null && !levelSeen
        ? changesEnding(s).find(([w]) => s.endsWith(w) && (w.length > 1 || atWordStart(text, start, start + s.length - 1)))
        : undefined;
    // 人口自然增长率为1.8‰: a natural increase is a rate of its own (births less deaths), the level reported, no change.
    if (ch && s.length > ch[0].length && !(ch[0] === '增长率' && s.endsWith('自然增长率'))) {
      change = ch[1];
      end -= ch[0].length;
      continue;
    }
    const only = change === null ? changesEnding(s).find(([w]) => s === w) : undefined;
    if (only) {
      change = only[1];
      end = start;
    }
    break;
  }
  ({ start, end } = trimLead(text, start, end));
  start = pastBase(text, start, end);
  // 比上年预算减少50亿元: what is left is the base of a comparison, not the indicator.
  if (COMPARED.test(text.slice(start, end))) end = start;
  start = afterInnerTime(text, start, end);
  const limit =
    (relativeSubject(text, span, start, end)
      ? Math.max(maxLength, MAX_RELATIVE_SUBJECT)
      : listed(text.slice(start, end))
        ? Math.max(maxLength, MAX_LIST_PHRASE)
        : maxLength) + shareWholeLength(text.slice(start, end));
  // 用于城市居民最低生活保障的补助资金: what the money is for is part of what it measures; read from 用于 when that fits.
  const purpose = text.slice(start, end).lastIndexOf('用于');
  const forWhat =
    end - start > limit && purpose >= 0 && end - start - purpose <= MAX_PURPOSE && !/[,，、]/.test(text.slice(start + purpose, end));
  if (forWhat) start += purpose;
  else if (end - start > limit) start = cutToTail(text, start, end);
  ({ start, end } = trimLead(text, start, end));
  // 比上年预算减少50亿元: what is left is the base of a comparison, not the indicator.
  if (COMPARED.test(text.slice(start, end))) end = start;
  const left = text.slice(start, end);
  // One character (原为83个 → 原) or no word at all names nothing, unless it is a noun that is the whole item (纸520万吨, 糖260万吨)
  // or the head of a 的 phrase (50万元以上的村达到61个).
  // 钢由三千七百万吨增加到…: so is a noun before the base a change starts from.
  const item =
    left.length === 1 &&
    ((start === span.start && (end === span.end || change !== null || /^[由从]$/.test(text.slice(end, span.end)))) ||
      text[start - 1] === '的') &&
    /^(?:n|ng|nr|zg)$/.test(segmentPhrase(left).tokens[0]?.tag ?? '');
  if ((left.length < 2 && !item) || (!HAS_HAN.test(left) && !/[A-Za-z]{2,}/.test(left))) end = start;
  return { start, end, change, respectively };
}

// 基层医疗卫生机构诊疗量占总诊疗量的比重: a share names its part and its whole; the length a phrase is cut back to is the part's,
// so that a part of fourteen characters keeps its whole (第三产业增加值占地区生产总值的比重, not 增加值占…).
// Not a part with a 的 of its own (这部分的支出占…): its modifier is cut as any long phrase's is.
const SHARE_WHOLE = /^[^的]+(占[\u4e00-\u9fff]{2,12}?的?(?:比重|比例))$/;
const shareWholeLength = (phrase: string): number =>
  phrase.endsWith('比重') || phrase.endsWith('比例') ? (SHARE_WHOLE.exec(phrase)?.[1]!.length ?? 0) : 0;

// Words whose last character is also a one-character level word: 停止违法行为 keeps its 为, 办结率为 loses it.
const WORD_ENDING = new Set(
  (
    '行为 认为 作为 成为 因为 以为 称为 视为 更为 较为 极为 最为 所有 没有 具有 拥有 享有 得到 受到 做到 感到 直到 甚至 乃至 直至 以至 存在 ' +
    '现在 正在 所在 即将 必将 终将 为了 除了 发达 表达 下达 传达 节约 制约 签约 附近 最近 公共 许多 很多 众多 诸多 更多 增多 首都 不仅 但是 就是 还是 ' +
    '或是 凡是 总是 正是 自由 理由 经由 偿还 归还 收到 看到 遇到 想到 提到 来到 报到 签到 周到'
  ).split(' '),
);

/** Whether `at` starts a word of text[start, …): 行为 keeps its 为 (停止违法行为), 办结率为 loses it. */
function atWordStart(text: string, start: number, at: number): boolean {
  if (at <= start) return true;
  const stretch = text.slice(start, at + 4);
  return segmentPhrase(stretch).boundaries.has(at - start);
}

// 比改革前减轻企业和个人负担: a base of a comparison in time (比改革前, 比2002年) before a verb and its object.
const TIME_BASE = /^(?:比|较)(?:上年|去年|前年|(?:\d{4}|[〇零○一二三四五六七八九]{4})年|[^,，。;；比]{1,6}?[前后时])(?=[\u4e00-\u9fff]{4})/;

/** The start past a base in time that opens a phrase, when a deed of four characters or more follows it. */
function pastBase(text: string, start: number, end: number): number {
  const m = TIME_BASE.exec(text.slice(start, end));
  if (!m) return start;
  const rest = segmentPhrase(text.slice(start + m[0].length, end)).tokens;
  return rest[0]?.tag === 'v' ? start + m[0].length : start;
}

/**
 * The start of what follows the last time word inside a phrase, when at least two characters follow it. Read by exec on the
 * shared pattern (it matches no empty string), not matchAll, which copies the pattern at every call.
 */
function afterInnerTime(text: string, start: number, end: number): number {
  let at = start;
  const s = text.slice(start, end);
  // Every time word of the pattern holds 年, 期 (时期, 期间) or 季 (前三季度): a phrase without them holds none.
  if (INNER_TIME_MARK.next(s, 0) < 0) return at;
  INNER_TIME.lastIndex = 0;
  for (let m = INNER_TIME.exec(s); m; m = INNER_TIME.exec(s)) {
    const after = start + m.index + m[0].length;
    if (end - after >= 2) at = after;
  }
  return at;
}

/** Drops the time, scope and connective words a clause opens with (去年, 全国, 其中, 1979年). */
function trimLead(text: string, start: number, end: number): Span {
  for (let guard = 0; guard < 12 && end > start; guard++) {
    const s = text.slice(start, end);
    if (/^[\s"“”'‘’《》,，、)）的]/.test(s)) {
      start++;
      continue;
    }
    // (二)国营企业和事业收入…, 二是…: the label of an enumerated item is no part of its words.
    const label = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff]{2}))/.exec(s);
    if (label && s.length > label[0].length) {
      start += label[0].length;
      continue;
    }
    // 在执行中, 在此基础上: a circumstance the clause opens with.
    const circumstance = /^在[\u4e00-\u9fff]{1,6}?(?:中|上|下|里)(?![\u4e00-\u9fff]?的)/.exec(s);
    if (circumstance && /^在[^的]*$/.test(circumstance[0])) {
      start += circumstance[0].length;
      continue;
    }
    // Not the 等 of a word (等级民宿, 等额).
    const hedge = /^(?:以上|以下|以内|左右|上下|多|余|等(?![级待于同额量次]))/.exec(s);
    if (hedge && s.length > hedge[0].length) {
      start += hedge[0].length;
      continue;
    }
    const time = LEAD_TIME.exec(s);
    if (time && time[0].length) {
      start += time[0].length;
      continue;
    }
    // 其 opens a clause (其中, 其收入), but 其他, 其余 are words of their own; so are 现代, 对外, 在校, 原煤 (OWN_WORD).
    const lead = leadsOpening(s).find(
      (w) => s.startsWith(w) && s.length > w.length + 1 && !(w.length === 1 ? OWN_WORD.test(s) : OWN_PHRASE.test(s)),
    );
    if (lead) {
      start += lead.length;
      continue;
    }
    // 全县有规模以上工业企业312家, 全市有小学286所: 有 read alone says the things exist, not what they are (有效, 有机 are
    // words of their own, and a 有 opening a relative clause, 有劳动能力的人口, sets the people apart).
    if (s.startsWith('有') && s.length > 2 && !s.includes('的') && segmentPhrase(s).tokens[0]?.word === '有') {
      start++;
      continue;
    }
    const among = amongThose(s);
    if (among) {
      start += among;
      continue;
    }
    break;
  }
  return { start, end };
}

// 审计查出的106个问题中已整改到位98个: the things counted before and 中 (among them) open the clause; what is counted is the
// deed after, which opens with an adverb or a verb (not 城市中资本主义工业总产值, where a noun follows: the scope stays).
const MAX_AMONG = 6;
function amongThose(s: string): number {
  const at = s.indexOf('中');
  if (at < 1 || at > MAX_AMONG || s.length - at < 3) return 0;
  const tokens = segmentPhrase(s).tokens;
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 1 || tokens[k]!.word !== '中' || tokens[k]!.tag !== 'f') return 0;
  if (!tokens.slice(0, k).every((t) => /^n/.test(t.tag)) || !/^[dv]$/.test(tokens[k + 1]?.tag ?? '')) return 0;
  return at + 1;
}

// Words a one-character lead word (其, 现, 对, 在, 原, 有, 共, 将, 要, 使, 等) begins: the clause opens with the word, not the lead.
const OWN_WORD =
  /^(?:其[他它余次实]|现代|现金|现行|现场|现实|现象|现役|对外|对象|对口|对台|在校|在园|在读|在册|在建|在职|在岗|在押|在途|在编|在网|在线|在营|在用|在研|在库|原煤|原油|原料|原材料|原始|原因|原则|原粮|有关|有效|有色|有机|有线|共同|共享|共青团|共产党|将来|要求|要素|使用|使馆|等[级待于同额量次]|向[上下外前])/;

const SUM_LINE = /(?:^|[^\u4e00-\u9fff]|全年|当年|本年|其中)(?:收入|支出)(?:总计|合计)$/;

// 公司制改革, 公司化经营, 公司债: words of their own, not the firm just named. 各级各类学校: the levels and kinds together say
// which set is counted (schools of every level and kind), as 各类学校 alone does not. 全国重点文物保护单位: a rank the state
// gives (as 省级 is another), not the nation as scope. 城乡居民基本养老保险: a scheme of its own, apart from the one of
// 城镇职工, not town and country as scope.
const OWN_PHRASE = /^(?:公司[制化法债型]|各级各类|全国重点|城乡居民(?:基本)?(?:养老|医疗|医保|基础养老金|大病))/;

/** Whether a phrase ends in a verb that takes the number's noun as its object (发放200亿元补贴, 发行1000亿元长期国债). */
export function endsInVerb(text: string, span: Span): boolean {
  if (span.end <= span.start) return false;
  const tokens = segmentPhrase(text.slice(span.start, span.end)).tokens;
  const last = tokens[tokens.length - 1];
  // 率 ends a noun of rate (赤字率, 失业率), whatever tag the segmenter gives it after the noun it is cut from (赤字/n 率/v).
  if (last?.word === '率' && tokens.length > 1) return false;
  return last?.tag === 'v' || (tokens.length === 1 && last?.tag === 'vn');
}

// Where the subject a clause opens with ends: a preposition, an adverb, a particle, a number or a time word.
const SUBJECT_END = /^(?:p|d|c|r|uj|ul|ud|uv|uz|ug|y|m|q|t|f|x)$/;

/** The noun phrase a clause opens with, after its time and connective words (外贸出口从7月份开始回升 → 外贸出口). */
export function readSubject(text: string, span: Span): Span {
  const { start } = trimLead(text, span.start, span.end);
  const tokens = segmentPhrase(text.slice(start, span.end)).tokens;
  let end = start;
  for (const [k, t] of tokens.entries()) {
    // 海洋和淡水的渔业生产: 和 between two nouns joins them.
    const joins = /^[和及与]$/.test(t.word) && end > start && /^(?:n|nz|ns|vn|j)/.test(tokens[k + 1]?.tag ?? '');
    if ((SUBJECT_END.test(t.tag) && !joins) || !HAS_HAN.test(t.word) || t.end > MAX_PHRASE) break;
    // 施工线路有…, 这个比重为…: the verb after the subject ends it.
    if (end > start && t.tag === 'v' && (t.word.length === 1 || /^(?:达到|包括|占有)$/.test(t.word))) break;
    end = start + t.end;
  }
  // A subject cut at its length ends before the 和 that would have joined its next noun.
  while (end > start && /[和及与、]/.test(text[end - 1]!)) end--;
  return { start, end };
}

// 享受公费医疗待遇的国家机关工作人员和教育工作人员已有529万余人: a subject that opens its clause with a relative clause (a verb, its
// object and 的) is counted whole; the clause is what sets the people counted apart.
const MAX_RELATIVE_SUBJECT = 24;
function relativeSubject(text: string, span: Span, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  const de = phrase.indexOf('的');
  if (start !== span.start || de < 2 || de !== phrase.lastIndexOf('的') || !isHan(phrase)) return false;
  const tokens = segmentPhrase(phrase.slice(0, de)).tokens;
  return tokens.length >= 2 && /^v/.test(tokens[0]!.tag) && /^n/.test(tokens.at(-1)!.tag);
}
