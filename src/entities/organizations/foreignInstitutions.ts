import type { EntityContext } from '../context.ts';
import { worldNames } from '../world/worldNames.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { tagOf } from '../segment.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { tokensWith, wordFlag } from '../wordTable.ts';

// A university named by its city (首尔|大学, 莫斯科|国立大学, 东京|工业大学): the city has one of that name. After a country
// only a state's university (新加坡国立大学, 首尔国立大学): 美国大学 are American universities, no one body.
const CITY_UNIVERSITY = /^(?:国立|州立|市立|理工|工业|医科|外国语|科技|技术)?大学$/;
const STATE_UNIVERSITY = /^(国立|州立)大学$/;
const UNIVERSITY_WORD = wordFlag((w) => w.endsWith('大学'));

/** Universities of the world named by their city or as their state's (首尔大学, 莫斯科国立大学), no dictionary word whole. */
export function foreignUniversities(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { seg, folded } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  // The university word first: a look-up of every word of the report in the world data cost more than the rest.
  for (const next of tokensWith(seg, UNIVERSITY_WORD)) {
    const k = next - 1;
    if (k < 0) continue;
    const place = seg.tokens[k]!;
    const level = worldNames().get(place.word)?.place?.level;
    if (level !== 'city' && level !== 'country') continue;
    if (place.word === '中国' || !seg.boundaries.has(place.start)) continue;
    const uni = seg.tokens[k + 1]!;
    if (uni.start !== place.end || !(level === 'city' ? CITY_UNIVERSITY : STATE_UNIVERSITY).test(uni.word)) continue;
    if (cover.any(place.start, uni.end)) continue;
    const name = folded.slice(place.start, uni.end);
    const hit: OrgHit = { start: place.start, end: uni.end, kind: 'co', id: name, name, score: 0.8 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

// What a company or university is called in its own country (西门子公司, 剑桥大学): the country written before it in a
// Chinese text (德国西门子公司, 英国剑桥大学) says where it is from, and is no part of the name it goes by everywhere.
const OWN_NAME_END = /(公司|集团|株式会社|大学|学院)$/;
const STATE_WORD = /^(国家|国际|国立|联邦|中央|国有|皇家|州立)/;

/**
 * The name a foreign company or university goes by without the country written before it (德国西门子公司 → 西门子公司),
 * or undefined: the rest must name it by a word of its own (not 美国|国际集团, 英国|皇家学院), and bodies of a state
 * (美国国务院) keep their country.
 */
export function withoutCountry(name: string): string | undefined {
  if (!OWN_NAME_END.test(name)) return undefined;
  const names = worldNames();
  for (let len = Math.min(9, name.length - 3); len >= 2; len--) {
    const hit = names.get(name.slice(0, len));
    if (hit?.place?.level !== 'country' || hit.canonical === '中国') continue;
    const rest = name.slice(len);
    const stem = rest.replace(OWN_NAME_END, '');
    // A university or company named by its city (英国|曼彻斯特大学) goes by that name; one named by another country is no name.
    const named = names.get(stem);
    if (stem.length < 2 || STATE_WORD.test(rest) || (named && named.place?.level !== 'city')) return undefined;
    if (isGenericWord({ word: stem, tag: tagOf(stem) })) return undefined;
    // 苏联|领导集团: a group named by a common noun of the language is no group without its country (领导集团 is any).
    if (stem.length === 2 && /^(n|v|vn)$/.test(tagOf(stem)) && rest.endsWith('集团')) return undefined;
    return rest;
  }
  return undefined;
}
