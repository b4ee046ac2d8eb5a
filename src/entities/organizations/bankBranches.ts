import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { wordEndingAt } from '../segment.ts';
import type { OrgHit } from './orgHit.ts';
import { LISTED_SHORT_NAMES } from '../data/listedShortNames.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { pushAll } from '../../util/arrays.ts';

// A bank's (or company's) branch named by the place it serves: 柯桥支行, 上虞支行, 人民银行绍兴市分行, 诸暨营业部. jieba
// reads 支行 and 分行 as verbs, so no recognizer of body names reads them.
const BANK = /银行(股份有限公司|有限责任公司|有限公司)?$/;
const BRANCH_AFTER_BANK = /^([\u4e00-\u9fff]{2,6}?)(中心支行|支行|分行)/;
const BRANCH = /^(中心支行|支行|分行|营业部|分理处)/;
// A national body's or company's office in a province or city, named by its owner, the place and the office's head:
// 中国证监会浙江监管局, 国家金融监督管理总局湖州监管分局, 中国电信杭州分公司. Without the owner right before the place
// (杭州分公司) the text names some company's office, not one.
const OWNED_OFFICE = /^(监管分局|监管局|分公司|分局|办事处)/;
// An owner jieba reads whole (中国证监会/nt, 中国电信/nt), or a national administration of nouns (国家|金融|监督管理|总局).
const NATIONAL_OWNER = /^(国家|中国|中华)[\u4e00-\u9fff]{1,12}(总局|总署|总公司|集团|委员会|银行)$/;
// What a branch keeps under it, written after its name: its own counter (营业部) or an office named by where it stands
// (双月湖分理处).
const BRANCH_UNIT = /^(营业部|[\u4e00-\u9fff]{2,4}?分理处)/;
const NOT_IN_NAME = /[的和与及、在对向为是将把从了等]/;
// Words jieba gives a name (兰山/ns, 罗庄/nr): one of them right before 支行 names a branch of a bank the text leaves out.
const NAME_TAGS = /^(ns|nr|nrt|nz|x|j)$/;

/**
 * Branches: a place found in the text (柯桥, 绍兴市) right before 支行, 分行, 营业部 or 分理处, with the bank before the place
 * when one is read right there (人民银行|绍兴市|分行).
 */
export function bankBranches(ctx: EntityContext, places: readonly EntityCandidate[], taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  // 中国工商银行股份有限公司|宁波市|分行: a bank is written with its company form before its branches as often as without.
  const bankEndingAt = new Map(taken.filter((h) => BANK.test(h.name)).map((h) => [h.end, h]));
  // 绍兴|越城|支行: a branch named by a city and its district; the bank stands before the city.
  const placeEndingAt = new Map(places.map((p) => [p.end, p]));
  const ownerEndingAt = new Map(taken.map((h) => [h.end, h]));
  for (const p of places) {
    const after = folded.slice(p.end, p.end + 4);
    const bankBranch = BRANCH.exec(after);
    const owned = bankBranch ? undefined : OWNED_OFFICE.exec(after);
    const branch = bankBranch ?? owned;
    if (!branch || !ctx.seg.boundaries.has(p.start)) continue;
    const owner = owned ? (ownerEndingAt.get(p.start)?.start ?? ownerWordBefore(ctx, p.start)) : undefined;
    if (owned && owner === undefined) continue;
    const from = placeEndingAt.get(p.start)?.start ?? p.start;
    const start = owner ?? bankEndingAt.get(p.start)?.start ?? bankEndingAt.get(from)?.start ?? bankWordBefore(ctx, p.start) ?? p.start;
    const end = p.end + branch[0].length;
    // 中国人民银行杭州中心|支行, 中国证监会|浙江监管局: a body read inside the branch's name gives way to the branch.
    if (taken.some((h) => h.start < end && h.end > p.start && (h.start < start || h.end > end))) continue;

    if (out.some((h) => h.start < end && h.end > start)) continue;
    const name = folded.slice(start, end);
    out.push({ start, end, kind: 'co', id: name, name, score: 0.75 });
  }
  // 中国农业银行股份有限公司|绍兴越城|支行, 建设银行|杭州城西|支行: right after a bank, the words up to 支行 or 分行 name its
  // branch, whether or not a place is read in them.
  for (const bank of bankEndingAt.values()) {
    const m = BRANCH_AFTER_BANK.exec(folded.slice(bank.end, bank.end + 10));
    if (!m || /[的和与及、在对向为是将把从了等]/.test(m[1]!)) continue;
    const end = bank.end + m[0].length;
    if (out.some((h) => h.start < end && h.end > bank.start)) continue;
    if (taken.some((h) => h !== bank && h.start < end && h.end > bank.end)) continue;
    const name = folded.slice(bank.start, end);
    out.push({ start: bank.start, end, kind: 'co', id: name, name, score: 0.75 });
  }
  pushAll(out, namedBranches(ctx, taken, out));
  return out.map((h) => withUnit(folded, h));
}

/** 兰山支行, 罗庄支行: a branch named by a name jieba knows as one (no place the text reads), the bank left out. */
function namedBranches(ctx: EntityContext, taken: readonly OrgHit[], read: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  for (let at = folded.indexOf('支行'); at >= 0; at = folded.indexOf('支行', at + 1)) {
    const word = wordEndingAt(seg, at);
    if (!word || word.word.length < 2 || word.word.length > 4 || !NAME_TAGS.test(word.tag) || isGenericWord(word)) continue;
    const end = at + 2;
    if ([...taken, ...read].some((h) => h.start < end && h.end > word.start)) continue;
    const name = folded.slice(word.start, end);
    out.push({ start: word.start, end, kind: 'co', id: name, name, score: 0.7 });
  }
  return out;
}

/** A branch with the counter or office written right after it (兰山支行营业部, 罗庄支行双月湖分理处): one body. */
function withUnit(folded: string, h: OrgHit): OrgHit {
  if (!/(支行|分行)$/.test(h.name)) return h;
  const unit = BRANCH_UNIT.exec(folded.slice(h.end, h.end + 7))?.[0];
  if (!unit || NOT_IN_NAME.test(unit)) return h;
  const name = folded.slice(h.start, h.end + unit.length);
  return { ...h, end: h.end + unit.length, id: name, name };
}

/**
 * Where a bank jieba reads as one word (人民银行/nt, 农业银行) ends right at `at`: its start. Also a listed bank's short
 * name, its first character and 行 (建行 of 建设银行, 工行 of 工商银行), which jieba reads as a verb as often as not; not
 * a city's bank (上海银行), whose first character makes no such name.
 */
function bankWordBefore(ctx: EntityContext, at: number): number | undefined {
  const t = wordEndingAt(ctx.seg, at);
  if (!t) return undefined;
  if (t.word.length >= 4 && t.word.endsWith('银行')) return t.start;
  return t.word.length === 2 && bankShortNames(ctx.gaz).has(t.word) ? t.start : undefined;
}

let shortNames: Set<string> | undefined;

/** The short names of the listed banks not named by a place: 工行, 农行, 中行, 建行, 交行, 招行. */
function bankShortNames(gaz: Gazetteer): Set<string> {
  shortNames ??= new Set(
    LISTED_SHORT_NAMES.filter((n) => n.length === 4 && n.endsWith('银行') && !gaz.byName.has(n.slice(0, 2))).map((n) => `${n[0]}行`),
  );
  return shortNames;
}

/** A national owner right before `at`: a body word jieba knows (中国证监会/nt), or 国家…总局 written as nouns. */
function ownerWordBefore(ctx: EntityContext, at: number): number | undefined {
  const t = wordEndingAt(ctx.seg, at);
  if (t && /^(nt|j)$/.test(t.tag) && t.word.length >= 3) return t.start;
  for (let start = at - 4; start >= Math.max(0, at - 14); start--) {
    if (ctx.seg.boundaries.has(start) && NATIONAL_OWNER.test(ctx.folded.slice(start, at))) return start;
  }
  return undefined;
}
