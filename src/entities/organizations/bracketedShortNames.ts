import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A short name given in brackets right after a body's full name: （浙大一院）, （以下简称“中信证券”）, （简称非国大）, and a
// name in Latin letters (国际商业机器公司（IBM）, …有限公司（DeepSeek）).
const BRACKETED_SHORT_NAME = /^[（(](?:以下简称|简称)?[“"]?([\u4e00-\u9fff]{2,8}|[A-Z][A-Za-z0-9&.-]{1,19})[”"]?[）)]/;
const LATIN = /^[A-Z]/;
// A body's other full name in brackets, nothing else in them.
const OTHER_NAME = /^[（(]([\u4e00-\u9fff]{4,30})[）)]/;
const MIN_FULL_NAME = 4;

/**
 * Short names a text gives a body in brackets after its full name (非洲人国民大会（非国大）, 北京大学第三医院（北医三院）)
 * and then uses alone: each is that body wherever no other body is read, when it is made of the full name's characters,
 * opening with its first, or is written in Latin letters, and is no place (浙江大学（浙江）is where it is). A body read
 * inside the brackets' short name (中科院 of 中科院上海有机所) is part of it.
 */
export function bracketedShortNames(ctx: EntityContext, hits: readonly OrgHit[]): { hits: OrgHit[]; absorbed: OrgHit[] } {
  const { folded, seg, gaz } = ctx;
  if (!folded.includes('(') && !folded.includes('（')) return { hits: [], absorbed: [] };
  const out: OrgHit[] = [];
  const absorbed: OrgHit[] = [];
  const given = new Set<string>();
  const fulls = hits.filter((h) => h.end - h.start >= MIN_FULL_NAME && (folded[h.end] === '（' || folded[h.end] === '('));
  for (const h of fulls) {
    const m = BRACKETED_SHORT_NAME.exec(folded.slice(h.end, h.end + 24));
    const short = m?.[1];
    const latin = !!short && LATIN.test(short);
    if (!short || (!latin && !abbreviates(short, folded.slice(h.start, h.end)))) {
      const other = OTHER_NAME.exec(folded.slice(h.end, h.end + 32))?.[1];
      if (other) sameBodyInBrackets(h, h.end + 1, h.end + 1 + other.length, hits);
      continue;
    }
    if (given.has(short)) continue;
    const inner = h.end + m[0].indexOf(short);
    if (latin && h.kind !== 'co') continue;
    if (gaz.byName.has(short) || worldNames().get(short)?.place) continue;
    given.add(short);
    for (const o of hits) if (inner <= o.start && o.end <= inner + short.length && o.end - o.start < short.length) absorbed.push(o);
  }
  const cover = coverage(
    folded.length,
    hits.filter((h) => !absorbed.includes(h)),
  );
  for (const h of fulls) {
    const m = BRACKETED_SHORT_NAME.exec(folded.slice(h.end, h.end + 24));
    const short = m?.[1];
    if (!short || !given.has(short)) continue;
    given.delete(short);
    const inner = h.end + m[0].indexOf(short);
    for (let at = folded.indexOf(short); at >= 0; at = folded.indexOf(short, at + 1)) {
      const end = at + short.length;
      if (cover.any(at, end)) continue;
      // Elsewhere the short name stands as words of its own, not inside a longer word.
      if (at !== inner && (!seg.boundaries.has(at) || !seg.boundaries.has(end))) continue;
      const hit: OrgHit = { start: at, end, kind: h.kind, id: h.id, name: h.name, score: h.score };
      out.push(hit);
      cover.add(hit);
    }
  }
  return { hits: out, absorbed };
}

/**
 * 南京医科大学第一附属医院（江苏省人民医院）, 华中科技大学同济医学院附属协和医院（武汉协和医院）: a company or institution
 * read whole inside the brackets right after another is that body's other name, as a short name there is.
 */
function sameBodyInBrackets(h: OrgHit, start: number, end: number, hits: readonly OrgHit[]): void {
  if (h.kind !== 'co') return;
  const other = hits.find((o) => o.start === start && o.end === end && o.kind === 'co' && o.id !== h.id);
  if (other) Object.assign(other, { id: h.id, name: h.name });
}

/**
 * `short` is made of `full`'s characters, opening with its first, and is shorter (上汽集团 of 上海汽车集团股份有限公司; not
 * always in their order: 北医三院 of 北京大学第三医院).
 */
export function abbreviates(short: string, full: string): boolean {
  if (short.length >= full.length || short[0] !== full[0]) return false;
  for (const ch of short) if (!full.includes(ch)) return false;
  return true;
}

/**
 * `short` abbreviates `full` by the first character of each of its last two-character words, the head both end with kept whole
 * (武警部队 of 中国人民武装警察部队: 武装|警察 → 武警, 部队 the head), as Chinese forms the short names of bodies (缩略语);
 * 北京大学 is no such short name of 北京师范大学 (北京|师范 → 北师).
 */
export function abbreviatesLastWords(short: string, full: string): boolean {
  if (short.length < 4 || short.length >= full.length) return false;
  let head = 0;
  while (head < short.length && short[short.length - 1 - head] === full[full.length - 1 - head]) head++;
  const initials = short.slice(0, short.length - head);
  if (head < 2 || initials.length < 2 || initials.length > 4) return false;
  // The words of two characters the stem ends with (jieba holds 武装警察 as one word of two such words).
  const stem = full.slice(0, full.length - head);
  const words = stem.slice(stem.length - 2 * initials.length);
  if (words.length < 2 * initials.length) return false;
  return [...initials].every((c, i) => words[2 * i] === c);
}

/** `short` is shorter than `full` and made of its characters in their order (城投集团 of 湖州市城市投资发展集团有限公司). */
export function takenInOrder(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1;
    if (!at) return false;
  }
  return true;
}
