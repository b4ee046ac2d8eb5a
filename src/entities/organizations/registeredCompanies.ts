import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { pushAll } from '../../util/arrays.ts';
import { FOUNDING_VERBS, OWNERSHIP_WORDS } from './orgNames.ts';
import { wordStartingAt } from '../segment.ts';
import { industryStartsBefore } from './industryWords.ts';
import type { GazMatch } from '../places/matchGazetteer.ts';

// A company's registered name has the structure the rules on enterprise names give it (企业名称登记管理规定 and its 实施办法):
// 行政区划 (a province, city or county, full or short, or none) + 字号 (the trade name, two characters or more, any
// characters: jieba often reads them as verbs, names or nothing) + 行业或经营特点 (the industry) + 组织形式 (the legal form).
// Read from the legal form back, it is found where jieba's words are no guide (江门市|鹏|达|摩托车有限公司, 浙江|长兴和平建材…).

// Legal forms, with the group a company may write before its form (（集团）有限公司).
// A family farm and an eating house register as a sole trader does, by trade name alone (绿源家庭农场, 李记面馆).
const LEGAL_FORM =
  /(?:[（(]集团[)）]|集团)?(?:股份有限公司|有限责任公司|有限公司)|集团|专业合作社|合作社|家庭农场|商行|经营部|面馆|餐馆|饭馆|厂|店/g;
const SOLE_TRADER_FORM = /^(家庭农场|面馆|餐馆|饭馆|店)$/;
// What says a sole trader's trade name follows (个体工商户李记面馆, 字号：红梅副食店).
const SOLE_TRADER_CUE = /(个体工商户|个体户|字号[:：])$/;
// The words before a company that say which part it plays in a case or a penalty (原告|佛山市…有限公司, 王某系|东莞市…).
const PARTY_BEFORE = /(原告|被告|被告人|第三人|上诉人|申请人|被申请人|执行人|当事人|代表人|嫌疑人|相对人|对象|系|为)$/;
// What may stand right before a trade name no place opens: a clause's start, a mark, a preposition or conjunction, a
// party's role, 其中, and the tie to a company the report is about (控股子公司|苏州恒瑞达…, 控股股东|常州…).
const OPENS_BARE_NAME = /(^|[\s，。；：、（(“《]|[与和同由对向在被]|其中|原告|被告|上诉人|申请人|当事人|执行人|子公司|母公司|股东)$/;
const TRADE_NAME_CHARS = /^[\u4e00-\u9fff]{2,4}$/;
const NOT_IN_TRADE_NAME = /[的和与及在对等了是为省市县区镇乡村]/;
const MAX_PLACE_CHAIN = 4;
// Tags of a word that does, points or counts: no trade name opens with one where no place bounds it.
const NOT_A_TRADE_WORD = /^(v|vn|vd|d|p|c|r|m|q|f|u)$/;

interface Reading {
  start: number;
  end: number;
  /** The name starts after a town's name, which is where the company stands. */
  after?: 'town';
}

/**
 * The companies read by their name's structure, over those the word-by-word reader found: a name it missed is added, one
 * it began late (诸暨华丰袜业有限公司 without 浙江, 汽车配件有限公司 without 成都市飞跃) is opened at its place, and one it
 * began early at a party's role (原告|佛山市…) or a town (新塍镇|阿强五金加工厂, a town's body to the earlier readers, which
 * is absorbed) starts after it.
 */
export function registeredCompanies(
  ctx: EntityContext,
  found: OrgHit[],
  others: readonly OrgHit[],
): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded } = ctx;
  const byEnd = new Map<number, OrgHit>();
  for (const h of found) byEnd.set(h.end, h);
  const out = found.map((h) => trimmedAtParty(folded, h));
  const absorbed: OrgHit[] = [];
  const cover = coverage(folded.length, others);
  for (const m of folded.matchAll(LEGAL_FORM)) {
    const end = m.index! + m[0].length;
    if (!ctx.seg.boundaries.has(end) && end < folded.length) continue;
    const r = readName(ctx, m.index!, end) ?? tradeNameBefore(ctx, byEnd.get(end));
    if (!r) continue;
    const name = folded.slice(r.start, r.end);
    // 中央|汇金投资有限责任公司: the centre read as the party's is the front of the company's name.
    const front = others.filter((h) => h.start === r.start && h.end === r.start + 2 && NATIONAL_FRONT.test(folded.slice(h.start, h.end)));
    if (front.length && !others.some((h) => !front.includes(h) && h.start < r.end && r.start < h.end)) {
      pushAll(absorbed, front);
      out.push({ start: r.start, end: r.end, kind: 'co', id: name, name, score: 0.8 });
      continue;
    }
    if (cover.any(r.start, r.end)) {
      // 新塍镇|阿强五金加工厂 read as the town's body: the company is named after the town, where it stands.
      const townBody = r.after === 'town' ? others.find((h) => h.end === end && h.start < r.start && !absorbed.includes(h)) : undefined;
      if (!townBody) continue;
      absorbed.push(townBody);
      out.push({ start: r.start, end: r.end, kind: 'co', id: name, name, score: 0.8 });
      continue;
    }
    const known = byEnd.get(end);
    if (!known) {
      if (found.some((h) => h.start < r.end && r.start < h.end)) continue;
      out.push({ start: r.start, end: r.end, kind: 'co', id: name, name, score: 0.8 });
      continue;
    }
    const i = found.indexOf(known);
    const now = out[i]!;
    const trims = now.start < r.start && (r.after === 'town' || PARTY_BEFORE.test(folded.slice(now.start, r.start)));
    if (now.start > r.start || trims) out[i] = { ...now, start: r.start, id: name, name };
  }
  const merged = institutionsRegisteredAsCompanies(folded, out);
  for (let i = 0; i < merged.length; i++) out[i] = merged[i]!;
  out.length = merged.length;
  for (let i = 0; i < out.length; i++) {
    const start = tradeNameBeforeBranchPlace(ctx, out[i]!);
    if (start === undefined) continue;
    const name = folded.slice(start, out[i]!.end);
    pushAll(
      absorbed,
      others.filter((h) => start <= h.start && h.end <= out[i]!.start),
    );
    out[i] = { ...out[i]!, start, id: name, name };
  }
  return { hits: out, absorbed };
}

// A company's legal form at the end of its name.
const FORM_AT_END = /(?:[（(]集团[)）]|集团)?(?:股份有限公司|有限责任公司|有限公司)$/;
const BRANCH_TRADE_NAME = /^[\u4e00-\u9fff]{2,6}$/;

/**
 * 中国电建集团华东勘测设计研究院|有限公司: an institute registered as a company, read once whole after its group and once
 * from its own name to the legal form; the two readings cross where the institute's name ends, and are one company.
 */
function institutionsRegisteredAsCompanies(folded: string, hits: readonly OrgHit[]): OrgHit[] {
  const gone = new Set<OrgHit>();
  const out = hits.map((h) => ({ ...h }));
  for (const b of out) {
    const form = FORM_AT_END.exec(b.name);
    if (b.kind !== 'co' || !form) continue;
    const formStart = b.end - form[0].length;
    const a = out.find((h) => h !== b && !gone.has(h) && h.kind === 'co' && h.start < b.start && h.end === formStart && b.start < h.end);
    if (!a) continue;
    const name = folded.slice(a.start, b.end);
    Object.assign(a, { end: b.end, id: name, name });
    gone.add(b);
  }
  return out.filter((h) => !gone.has(h));
}

/**
 * 国药控股|福州|有限公司, 华润万家|广州|有限公司: a group's company in a city is registered as 字号 + 行政区划 + 组织形式, the
 * place after the trade name; a name read as the place and the form alone (福州有限公司 holds no trade name) opens at the
 * trade name before the place, two to six characters from a bound (a mark, a preposition, a party's role).
 */
function tradeNameBeforeBranchPlace(ctx: EntityContext, h: OrgHit): number | undefined {
  const { folded } = ctx;
  const form = FORM_AT_END.exec(h.name);
  if (h.kind !== 'co' || !form) return undefined;
  const formStart = h.end - form[0].length;
  const place = placeChainEndingAt(ctx, formStart);
  if (!place || place.town || place.start !== h.start) return undefined;
  for (let n = 2; n <= 6; n++) {
    const tradeStart = h.start - n;
    const trade = folded.slice(tradeStart, h.start);
    if (!BRANCH_TRADE_NAME.test(trade) || NOT_IN_TRADE_NAME.test(trade) || trade.includes('某')) return undefined;
    if (!ctx.seg.boundaries.has(tradeStart)) continue;
    if (
      OPENS_BARE_NAME.test(folded.slice(Math.max(0, tradeStart - 3), tradeStart)) ||
      PARTY_BEFORE.test(folded.slice(Math.max(0, tradeStart - 4), tradeStart))
    )
      return tradeStart;
  }
  return undefined;
}

/**
 * 再审申请人中铁…: a hit that begins inside a party's role (人|中铁…) begins after it; so does one that begins with a
 * litigant's role whole (原告|华为技术有限公司, 被告|…).
 */
function trimmedAtParty(folded: string, h: OrgHit): OrgHit {
  for (let k = h.start + 1; k <= h.start + 3 && k < h.end - 4; k++) {
    if (!PARTY_BEFORE.test(folded.slice(Math.max(0, k - 4), k)) || !/人|系|^原告$|^被告$/.test(folded.slice(h.start, k))) continue;
    const m = PARTY_BEFORE.exec(folded.slice(Math.max(0, k - 4), k))!;
    if (k - m[0].length > h.start) continue;
    const name = folded.slice(k, h.end);
    return { ...h, start: k, id: name, name };
  }
  return h;
}

/** The name ending with the legal form at [formStart, end), read back through industry, trade name and place. */
function readName(ctx: EntityContext, formStart: number, end: number): Reading | undefined {
  const { folded, seg } = ctx;
  const industries = industryStartsBefore(folded, formStart, Math.max(0, formStart - 10));
  const soleTrader = SOLE_TRADER_FORM.test(folded.slice(formStart, end));
  // A sole trader's name may hold no industry (绿源|家庭农场): its trade name stands right before the form.
  if (soleTrader && !industries.length) industries.push(formStart);
  for (const at of industries) {
    for (let n = 2; n <= 4; n++) {
      const tradeStart = at - n;
      const trade = folded.slice(tradeStart, at);
      // 云南某|建材有限公司: 某 'a certain' withholds the trade name; what is left names no company.
      if (!TRADE_NAME_CHARS.test(trade) || trade.includes('某')) break;
      // 泰顺县|扩建|竹木制品加工厂: a verb that sets a plant up or enlarges it is what is done to it, no trade name.
      if (FOUNDING_VERBS.has(trade)) break;
      // A place before it bounds the trade name, whatever its characters (广东|美的|制冷设备有限公司).
      // (A sole trader's trade name holds no word of a clause: 新兴镇|的大毛科 is no name.)
      if (soleTrader && NOT_IN_TRADE_NAME.test(trade)) break;
      if (soleTrader && SOLE_TRADER_CUE.test(folded.slice(Math.max(0, tradeStart - 6), tradeStart))) return { start: tradeStart, end };
      const place = placeChainEndingAt(ctx, tradeStart) ?? nationalFront(folded, tradeStart);
      // 武义县柳城镇|绿源家庭农场: a family farm is registered with its town and the places before it.
      if (place?.town && /家庭农场$/.test(folded.slice(formStart, end))) return { start: townChainStart(ctx, tradeStart), end };
      if (place?.town) return { start: tradeStart, end, after: 'town' };
      if (place) return { start: place.start, end };
      // With no place, only a company's legal form (not 集团, 厂 or 合作社, also words for a kind: 教育集团) and a trade name
      // that opens with no word of doing, owning or pointing (下属|华东…, 组建|教育集团), after a bound.
      if (NOT_IN_TRADE_NAME.test(trade)) break;
      // (A sole trader's trade name may be longer, up to the place before it: 君山区|红梅副食|店.)
      if (!/公司$/.test(folded.slice(formStart, end))) {
        if (soleTrader) continue;
        break;
      }
      const first = wordStartingAt(seg, tradeStart);
      if (!first || OWNERSHIP_WORDS.has(first.word) || (first.end <= at && first.word.length > 1 && NOT_A_TRADE_WORD.test(first.tag)))
        continue;
      if (OPENS_BARE_NAME.test(folded.slice(Math.max(0, tradeStart - 3), tradeStart))) return { start: tradeStart, end };
    }
  }
  return undefined;
}

/**
 * 杭州|深度求索|人工智能基础技术研究有限公司, 杭州|联合|农村商业银行股份有限公司: a company the word-by-word reader began after
 * its trade name, where the industry part is no word of the industry list (人工智能基础技术研究): a trade name of two to
 * four characters between it and a place before (not a town, where a company stands) opens the name at the place.
 */
function tradeNameBefore(ctx: EntityContext, known: OrgHit | undefined): Reading | undefined {
  if (!known) return undefined;
  const { folded } = ctx;
  for (let n = 2; n <= 4; n++) {
    const tradeStart = known.start - n;
    const trade = folded.slice(tradeStart, known.start);
    if (!TRADE_NAME_CHARS.test(trade) || NOT_IN_TRADE_NAME.test(trade) || FOUNDING_VERBS.has(trade) || trade.includes('某'))
      return undefined;
    // 中国|安能|集团第三工程局有限公司: a national front stands where a place would (nationalFront).
    const place = placeChainEndingAt(ctx, tradeStart) ?? nationalFront(folded, tradeStart);
    if (!place || place.town) continue;
    return OPENS_BARE_NAME.test(folded.slice(Math.max(0, place.start - 3), place.start))
      ? { start: place.start, end: known.end }
      : undefined;
  }
  return undefined;
}

// The front a national company's registered name opens with in place of a place (中央汇金…, 国家电网…, 中国石油…).
const NATIONAL_FRONT = /^(中央|国家|中国|中华)$/;

/** 中央|汇金|投资有限责任公司: a national front right before the trade name, where a place would stand. */
function nationalFront(folded: string, at: number): { start: number; town?: true } | undefined {
  return at >= 2 && NATIONAL_FRONT.test(folded.slice(at - 2, at)) ? { start: at - 2 } : undefined;
}

/** Where the town ending at `at` and the places written right before it start (武义县柳城镇). */
function townChainStart(ctx: EntityContext, at: number): number {
  const town = matchesEndingAt(ctx, at).find((g) => g.places.every((p) => p.level === 'town'));
  if (!town) return at;
  return placeChainEndingAt(ctx, town.start)?.start ?? town.start;
}

/**
 * Where the places written one after another and ending at `at` start (佛山市|顺德区, 浙江|安吉), or undefined. A town
 * there is where the company stands, not its registered place (the rules name a 行政区划 of county level or above): the
 * name starts after it (沙洋县后港镇|鑫盛建材有限公司, 钟祥市胡集镇|湖北金磷化工有限公司).
 */
function placeChainEndingAt(ctx: EntityContext, at: number): { start: number; town?: true } | undefined {
  if (matchesEndingAt(ctx, at).some((g) => g.places.every((p) => p.level === 'town'))) return { start: at, town: true };
  let start: number | undefined;
  for (let k = 0; k < MAX_PLACE_CHAIN; k++) {
    const here = start ?? at;
    const m = matchesEndingAt(ctx, here).find((g) => g.places.some((p) => p.level !== 'town'));
    if (m) {
      start = m.start;
      continue;
    }
    // 浙江|安吉, 江苏|江阴: a county by its short name after its province's name (or its city's).
    const before = matchesEndingAt(ctx, here - 2).find((g) => g.places.some((p) => p.level === 'province' || p.level === 'city'));
    if (!before || !countyOf(ctx, ctx.folded.slice(here - 2, here), before)) break;
    start = before.start;
  }
  return start === undefined ? undefined : { start };
}

// The gazetteer's matches of a report by where they end, made once when a company's name is first read back to a place.
const byEndCache = new WeakMap<readonly GazMatch[], Map<number, GazMatch[]>>();

function matchesEndingAt(ctx: EntityContext, at: number): readonly GazMatch[] {
  let byEnd = byEndCache.get(ctx.gazMatches);
  if (!byEnd) {
    byEnd = new Map();
    for (const g of ctx.gazMatches) byEnd.set(g.end, [...(byEnd.get(g.end) ?? []), g]);
    byEndCache.set(ctx.gazMatches, byEnd);
  }
  return byEnd.get(at) ?? [];
}

/** A county (县, county-level 市 or 区) of `short`'s name in the province or city matched before it. */
function countyOf(ctx: EntityContext, short: string, before: GazMatch): boolean {
  if (short.length !== 2 || !isHan(short)) return false;
  return ['县', '市', '区'].some((level) =>
    ctx.gaz.byName
      .get(short + level)
      ?.some(
        (p) =>
          p.level === 'county' &&
          before.places.some((q) => (q.level === 'province' ? p.provinceCode === q.provinceCode : p.cityCode === q.code)),
      ),
  );
}

/**
 * 新塍镇|阿强五金加工厂: a company read by its registered name right after a town, ending where a body led by the town
 * would: it stands in the town, and the town opens no body's name there.
 */
export function companyInTown(ctx: EntityContext, place: { start: number; end: number }, end: number, taken: readonly OrgHit[]): boolean {
  if (!matchesEndingAt(ctx, place.end).some((g) => g.start === place.start && g.places.every((p) => p.level === 'town'))) return false;
  return taken.some((h) => h.kind === 'co' && h.start === place.end && h.end === end);
}
