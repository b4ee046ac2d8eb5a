import type { EntityContext } from '../context.ts';
import { isHan } from '../../text/han.ts';
import { tagOf, type Token } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';

// Where a company's name opens when something other than its own words is written before them: a foreign country, a city
// by its short name, a county by its short name and level, a known international body, a province or city after a town.

// Words that cannot stand between a country and its company's suffix: verbs, prepositions, particles, pronouns, numbers.
const NOT_IN_COMPANY_NAME = /^(v|vd|vn|p|u|uj|ul|r|m|q|d|f)$/;
const MAX_COMPANY_AFTER_COUNTRY = 12;

/**
 * Where a company's name starts when a country other than China is written right before it and its words (德国|施泰因|精密机械|
 * 有限公司, 韩国|星|和|精密|化学|株式会社): the words between are name words (no verb, preposition or particle), at least two
 * characters of them.
 */
export function countryOpening(ctx: EntityContext, ti: number): number | undefined {
  const { seg } = ctx;
  const head = seg.tokens[ti]!;
  for (let k = ti - 1; k >= 0; k--) {
    const t = seg.tokens[k]!;
    if (head.start - t.end > MAX_COMPANY_AFTER_COUNTRY || !isHan(t.word)) return undefined;
    const place = worldNames().get(t.word)?.place;
    if (place?.level === 'country') {
      if (worldNames().get(t.word)?.canonical === '中国' || head.start - t.end < 2) return undefined;
      return t.start;
    }
    // 澳大利亚|必|和|必拓/x|公司: a transliteration's characters read as an adverb and 和 are name characters there, where a
    // word jieba does not know follows (美国|也|和|日本公司 is two subjects).
    const transliterated = t.tag === 'd' && t.word.length === 1 && seg.tokens[k + 1]?.word === '和' && seg.tokens[k + 2]?.tag === 'x';
    if ((NOT_IN_COMPANY_NAME.test(t.tag) && !transliterated) || (t.tag === 'c' && t.word !== '和')) return undefined;
  }
  return undefined;
}

/** A word of two characters that is a prefecture-level city's name without its 市 (大同 for 大同市). */
export function cityShortName(ctx: EntityContext, t: Token): boolean {
  return t.word.length === 2 && isHan(t.word) && !!ctx.gaz.byName.get(`${t.word}市`)?.some((p) => p.level === 'city');
}

/**
 * 察布查尔/nrt|县|城乡建设…公司: a name jieba knows right before a level word standing alone is a place written with it
 * (the county by its short name and level), which opens the company's name; where it starts, or undefined.
 */
export function placeBeforeLevel(seg: EntityContext['seg'], level: number): number | undefined {
  const t = seg.tokens[seg.tokenAt[level - 1] ?? -1];
  return t && t.end === level && /^(ns|nrt|nz)$/.test(t.tag) && t.word.length >= 2 && isHan(t.word) ? t.start : undefined;
}

// What jieba reads as 县城 'the county town' in after a place preposition or a verb of going (在县城, 回到县城).
const TOWN_BEFORE = /(在|到|回|进|去|来|于|从|赴|离|出|住)$/;

/**
 * 县城|投|公司, 县城|发|集团: jieba glued the level word 县 to the 城 of the county's own company by its two-character short
 * name (城投, 城发: 城市建设投资, 城市发展), one character left between 县城 and the suffix. Where the level word stands, or
 * undefined where 县城 is the town something is done in (在县城开公司).
 */
export function countyTownShortName(ctx: EntityContext, ti: number): number | undefined {
  const { seg, folded } = ctx;
  const suffix = seg.tokens[ti]!;
  const mid = seg.tokens[ti - 1];
  const town = seg.tokens[ti - 2];
  if (!mid || !town || town.word !== '县城' || mid.end !== suffix.start || town.end !== mid.start) return undefined;
  // 投/vn, 发/v: the short name's second character, read as a verb; a particle, a preposition or a locative is none (县城|的|公司).
  if (mid.word.length !== 1 || !isHan(mid.word) || !/^(v|vn|n|ng|j|x)$/.test(mid.tag)) return undefined;
  const before = seg.tokens[ti - 3];
  if (before && before.end === town.start && TOWN_BEFORE.test(before.word)) return undefined;
  return folded[town.start] === '县' ? town.start : undefined;
}

/** Where an international body the world data knows starts, when its name ends [start, end) (七十七国集团). */
export function knownBodyEndingAt(folded: string, start: number, end: number): number | undefined {
  const names = worldNames();
  for (let k = start; k < end - 1; k++) if (names.get(folded.slice(k, end))?.type === 'organization') return k;
  return undefined;
}

/** Where a province's, city's or county's name opens a company's name after the town written before it, or undefined. */
export function registeredPlaceAfterTown(ctx: EntityContext, start: number, head: number): number | undefined {
  for (const m of ctx.gazMatches) {
    if (m.start <= start || m.start >= head) continue;
    if (!/(镇|乡|街道)$/.test(ctx.folded.slice(start, m.start))) continue;
    if (m.places.some((p) => p.level === 'province' || p.level === 'city' || p.level === 'county')) return m.start;
  }
  return undefined;
}

/**
 * 三星堆/m|博物馆: a name jieba's dictionary tags as a numeral because it opens with one, where none of its other characters
 * is a numeral or a classifier (一代代, 一丁点 are counts) and one is a noun (一下子 is an adverb).
 */
export function numeralName(t: Token): boolean {
  if (t.tag !== 'm' || t.word.length < 3 || !isHan(t.word)) return false;
  let noun = false;
  for (let i = 1; i < t.word.length; i++) {
    const tag = tagOf(t.word[i]!);
    if (/^(m|q|mq)$/.test(tag)) return false;
    if (/^(n|ns|nr|nz)$/.test(tag)) noun = true;
  }
  return noun;
}

/**
 * 山西晋/nr|通/v|路桥|建设|集团有限公司: jieba glued a province's or city's name to the first character of a firm's trade name
 * (晋通) and read the second as a verb (the k-th word); that character is the name's, which runs on back to the place.
 */
export function gluedTrade(ctx: EntityContext, k: number): boolean {
  const t = ctx.seg.tokens[k];
  const prev = ctx.seg.tokens[k - 1];
  if (!t || !prev || t.word.length !== 1 || t.tag !== 'v' || prev.end !== t.start || !/^(nr|nz|x)$/.test(prev.tag)) return false;
  const place = prev.word.slice(0, -1);
  const named = (level: string) => !!ctx.gaz.byName.get(place + level)?.some((p) => p.level === 'province' || p.level === 'city');
  return place.length >= 2 && (named('省') || named('市'));
}
