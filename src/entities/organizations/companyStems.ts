import type { EntityContext } from '../context.ts';
import { isGenericWord } from '../namedOrClass.ts';
import { loadGazetteer } from '../places/gazetteer.ts';
import { tagOf } from '../segment.ts';
import { worldNames } from '../world/worldNames.ts';
import { withoutCountry } from './foreignInstitutions.ts';
import { coverage, type OrgHit } from './orgHit.ts';
import { isHan } from '../../text/han.ts';
import { tokensOfAny } from '../wordTable.ts';

// The words a company's name ends with, longest first: what is left is the name it goes by (可口可乐|公司, 华润|集团,
// 携程|集团有限公司).
const COMPANY_END = /(?:集团)?(股份有限公司|有限责任公司|有限公司|株式会社|总公司|集团公司|公司|集团)$/;

/** The name a company goes by: its name without its country and its legal form (美国波音公司 → 波音). */
export function companyStem(name: string): string {
  return (withoutCountry(name) ?? name).replace(COMPANY_END, '');
}
// Tags of words that say what something does or is like (微软/a is read as a brand elsewhere), not what it is called.
const NOT_A_NAME = /^(v|vn|vd|a|ad|d|p|c|u|r|m|q|f|t)$/;

/**
 * A company written in full and then by its own name alone (可口可乐公司 … 可口可乐的销售, 美国波音公司 … 波音): one body.
 * The name must stand as a word of jieba's and be no place, no generic word and no word of doing or describing.
 */
export function companyStems(ctx: EntityContext, hits: readonly OrgHit[]): OrgHit[] {
  const { folded, seg } = ctx;
  const stems = new Map<string, OrgHit>();
  const dropped = new Set<string>();
  for (const h of hits) {
    if (h.kind !== 'co') continue;
    const own = withoutCountry(h.name) ?? h.name;
    const stem = companyStem(h.name);
    if (stem === own || stem.length < 2 || stem.length > 6 || !isHan(stem) || !namesACompany(stem)) continue;
    // Two companies of one stem (华润集团, 华润置地公司): the stem alone names neither.
    const known = stems.get(stem);
    if (known && known.id !== h.id) dropped.add(stem);
    else stems.set(stem, h);
  }
  if (stems.size === 0) return [];
  const out: OrgHit[] = [];
  const cover = coverage(folded.length, hits);
  // The tokens of the stems, found by their word ids.
  const named = tokensOfAny(seg, [...stems.keys()]);
  for (let n = 0; n < named.length; n++) {
    const t = seg.tokens[named[n]!]!;
    const owner = stems.get(t.word)!;
    if (dropped.has(t.word) || cover.any(t.start, t.end)) continue;
    const hit: OrgHit = { start: t.start, end: t.end, kind: owner.kind, id: owner.id, name: owner.name, score: 0.65 };
    out.push(hit);
    cover.add(hit);
  }
  return out;
}

function namesACompany(stem: string): boolean {
  const tag = tagOf(stem);
  if (tag === 'x' || tag === 'ns' || NOT_A_NAME.test(tag) || isGenericWord({ word: stem, tag })) return false;
  return !worldNames().has(stem) && !loadGazetteer().byName.has(stem);
}
