import type { ChangeWord } from './readPhrase.ts';
import { LIGHT_VERBS, RATE_UNITS } from './indicatorWords.ts';
import { KEY_SYNONYMS, WORD_SYNONYMS } from './indicatorSynonyms.ts';
import { ABBREVIATION } from './phraseTail.ts';
import { withoutDigestSubject } from './digestSubject.ts';
import { withoutArithmetic } from './budgetArithmetic.ts';

// A Map, not the object's own properties: looked up for every figure, with keys made by replace.
const SYNONYMS = new Map(Object.entries(KEY_SYNONYMS));

// Adverbs inside an indicator that do not change what it measures (年均, 实际): the period and the status say them.
const INNER_ADVERBS = /按可比价格计算|(?:扣除|剔除|考虑)(?:物价|价格)(?:上涨|下降|变动)?因素|平均每年|年均|实际|名义/g;
// Marks that are typography, not words: quotes, title marks, spaces.
const MARKS = /[\s"“”'‘’《》〈〉「」]/g;
// A change named as a noun at the end (经济增速, 增长速度): the same as the verb.
const RATE_NOUN = /(?:增长速度|增速|增幅)$/;
const SUFFIXES = /(?:增长|增加|下降|减少|涨幅)$/;

/**
 * One key per indicator across reports: synonyms folded (GDP → 国内生产总值, 经济增长 → 国内生产总值增长), light verbs and
 * adverbs dropped (开展约谈 → 约谈), and a change kept apart from a level: 国内生产总值增长 (a growth rate, in % or 倍),
 * 国内生产总值增加 (an amount added), 国内生产总值 (the level).
 */
export function normalizeIndicator(surface: string, change: ChangeWord | null, baseUnit: string): string {
  // Reports name the same indicators figure after figure (比上年增长, 完成投资): each reading is worked out once and kept.
  // Kept by the surface, then by rate and change in a slot of their own: no key string is built and hashed per figure.
  const rate = RATE_UNITS.has(baseUnit);
  let readings = keys.get(surface);
  if (readings === undefined) {
    if (keys.size >= MAX_KEPT) keys.clear();
    keys.set(surface, (readings = new Array<string | undefined>(2 * CHANGE_SLOTS.length)));
  }
  const changeSlot = CHANGE_SLOTS.indexOf(change);
  if (changeSlot < 0) return keyOf(surface, change, rate);
  return (readings[(rate ? CHANGE_SLOTS.length : 0) + changeSlot] ??= keyOf(surface, change, rate));
}

const CHANGE_SLOTS: readonly (ChangeWord | null)[] = [null, 'increase', 'decrease', 'price'];
const keys = new Map<string, (string | undefined)[]>();
const MAX_KEPT = 50_000;

function keyOf(surface: string, change: ChangeWord | null, rate: boolean): string {
  let key = surface.replace(ABBREVIATION, '').replace(MARKS, '');
  for (const [from, to] of WORD_SYNONYMS) key = key.replace(from, to);
  key = key.replace(INNER_ADVERBS, '');
  key = withoutRespectiveList(key);
  key = withoutDigestSubject(withoutArithmetic(key));
  key = withoutLightVerb(key);
  // 年末全县拥有有效发明专利1286件: what is held is counted (有效发明专利); a share held (拥有世界核武器总量97%以上的两国) keeps it.
  if (!rate) key = key.replace(HELD, '');
  if (!key.includes('的')) key = key.replace(HAPPENED, '');
  // 一般公共预算收入完成9.86亿元, 完成增长7.1%: an amount fulfilled is the level (a rate fulfilled, 钢完成96.4%, is the plan's).
  if (!rate || change) key = withoutFulfilled(key);
  // 一般公共预算收入分别完成45.2亿元和38.6亿元, 粮食产量连续五年稳定在30万吨以上: the 分别 of a list's numbers and the 连续 of a
  // run of years are no part of what each measures (a key of 连续 alone, 在连续两年增长…的基础上, stays: nothing else names it).
  key = key.replace(TRAILING_RESPECTIVELY, '').replace(ALLOCATED, '');
  if (RATE_NOUN.test(key)) key = key.replace(RATE_NOUN, '增长');
  if (change && !SUFFIXES.test(key)) {
    if (change === 'price') key += '涨幅';
    else if (change === 'increase') key += rate ? '增长' : '增加';
    else key += rate ? '下降' : '减少';
  }
  if (rate) key = shareKey(key);
  return SYNONYMS.get(key) ?? (key || surface);
}

// A share in per cent written 占Y的65.1%, 占Y比重超过2% or 占Y的比例为11.5% is keyed as the one written 占Y的比重为…
// (partOfWhole's form); so is a budget's or plan's execution written 为调整预算的102.3%, as 占预算数的96.99% is.
const SHARE_NOUN = /的?(?:比重|比例)$/;
const BARE_SHARE = /占(?!比)[^占的]{2,20}$/;
const SHARE_OF_PLAN = /为((?:原定|全年|年度|调整|年初)?(?:计划|预算)数?)$/;
// 一般公共预算收入完成9.86亿元，为调整预算的102.3%: the amount's 完成 is no part of the share's subject.
const FULFILLED_SHARE = /(?<=[\u4e00-\u9fff]{2})完成占/;
// 市本级收入完成48.3亿元，完成预算的99.4%: the amount's 完成 and the share's are one.
const FULFILLED_TWICE = /(?<=[\u4e00-\u9fff]{2})完成(?=完成)/;

function shareKey(key: string): string {
  const k = key.replace(SHARE_OF_PLAN, '占$1').replace(FULFILLED_SHARE, '占');
  const whole = k.replace(SHARE_NOUN, '');
  return BARE_SHARE.test(whole) ? `${whole}的比重` : key.replace(FULFILLED_TWICE, '');
}

// 分别追缴违规领取的低保金, 大溪村、银坑村分别建成高标准农田: the list before 分别 says whose each figure is (link/respectively),
// the deed after it is what each measures. Not where only a change or a copula follows (城镇和农村居民人均收入分别增长: the
// parts of a subject, indicators/respectively.ts).
const RESPECTIVE_LIST =
  /^(?:[^分]{0,16}?[、和与及][^分]{0,16}?)?分别(?![增下提降减为是达占比较])(?=[\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{2}\d)/;

function withoutRespectiveList(key: string): string {
  const m = key.includes('分别') ? RESPECTIVE_LIST.exec(key) : null;
  return m ? key.slice(m[0].length) : key;
}

const HELD = /^拥有(?=[\u4e00-\u9fff]{2})/;
// 交通运输领域发生生产安全事故3起: 发生 says the events happened, not what they are (交通运输领域生产安全事故); 贫困发生率 and an
// account's 发生额 are nouns of their own. Not in a phrase with a 的 of its own (…发生追尾事故的汽车), read as a clause.
const HAPPENED = /发生(?![率额])(?=[\u4e00-\u9fff]{2})/;
const FULFILLED = /(?:累计|计划)?完成$/;
const TRAILING_RESPECTIVELY = /(?<=[\u4e00-\u9fff]{2})(?:分别|连续)$/;
// 一般公共预算支出安排151.2亿元, 预备费安排1.5亿元: the sum a budget allocates to its spending is that spending.
const ALLOCATED = /(?<=(?:支出|资金|经费|费))安排(?=$|占)/;
// 任务顺利完成, 项目已完成: a deed done, not an amount; the adverb says so.
const DONE = /(?:顺利|圆满|基本|全面|全部|提前|如期|按期|已经|已|均|都|整治|建设)完成$/;

function withoutFulfilled(key: string): string {
  const m = FULFILLED.exec(key);
  return m && m.index >= 2 && !DONE.test(key) ? key.slice(0, m.index) : key;
}

// The part of a share set apart by a relative clause (全面完成四种计划的企业占企业总数): the verb of doing that opens it says which
// part, and is kept. Elsewhere the light words go (开展约谈 → 约谈; 开展…试点的省份, counted doers, keep one key with or without it).
const DOING_VERB = /(?:开展|进行|组织|实施|完成|实现|推动|推进|落实|加强|加大|安排)/;

/** The key without the light verbs it opens with, unless a verb of them opens the relative clause of a share's part. */
export function withoutLightVerb(key: string): string {
  const m = LIGHT_VERBS.exec(key);
  if (!m) return key;
  const rest = key.slice(m[0].length);
  const part = DOING_VERB.test(m[0]) && /^[\u4e00-\u9fff]{1,12}?的[\u4e00-\u9fff]{1,6}?占/.test(rest);
  return part ? key : rest;
}
