import type { EntityContext } from '../context.ts';
import { SpanCover } from '../../text/spanCover.ts';

/**
 * What kind of body a hit is; with its `id` it says which body (the same kind and id are the same body, however written).
 * - `pc`   a place's party committee (中共东莞市委, 市委)
 * - `gov`  a place's people's government (东莞市人民政府, 市政府)
 * - `npc`  a place's people's congress (市人大, 东莞市第十六届人民代表大会)
 * - `congress` / `cppcc`  a place's people's congress standing committee / political consultative conference
 * - `jw`   a discipline body (市纪委监委; 学校纪委 of an institution's party committee)
 * - `jwc`  a discipline body's standing committee (市纪委常委会)
 * - `dept` a department of a party committee (市委组织部)
 * - `gd`   a level-prefixed government department or people's organization (市公安局, 市妇联)
 * - `nat`  a national body (党中央, 国务院)
 * - `team` an inspection team or a stationed discipline team (省委第二巡视组, 驻集团纪检监察组)
 * - `co`   a company, institution or an institution's party body (…有限公司, 浙江大学, 中共X委员会)
 */
export type OrgKind = 'pc' | 'gov' | 'npc' | 'congress' | 'cppcc' | 'jw' | 'jwc' | 'dept' | 'gd' | 'nat' | 'team' | 'co';

/** One body found in the text. */
export interface OrgHit {
  start: number;
  end: number;
  kind: OrgKind;
  /** Which body of its kind: a place code, a name, or an owner's key. */
  id: string;
  name: string;
  score: number;
}

/** The identity of a hit's body, as one string for maps. */
export const orgKey = (h: Pick<OrgHit, 'kind' | 'id'>): string => `${h.kind}:${h.id}`;

/**
 * Which characters some hit already covers (the text toolkit's SpanCover: `any(start, end)`, `add(hit)`), made when
 * first asked: most recognizers find nothing to ask about in most reports.
 */
export function coverage(length: number, hits: readonly OrgHit[]): SpanCover {
  return SpanCover.lazy(length, hits);
}

// 市委书记, 省委常委: a title, which names a person's post rather than the body.
export const TITLE_AFTER = /^(副?书记|常委(?!会))/;

/**
 * The step most recognizers end on: the body named by [start, end) becomes a hit (named as written) unless some hit
 * already covers part of it, and then covers it. Whether it was added.
 */
export function addNamedBody(out: OrgHit[], cover: SpanCover, folded: string, start: number, end: number, score = 0.8): boolean {
  if (cover.any(start, end)) return false;
  const name = folded.slice(start, end);
  const hit: OrgHit = { start, end, kind: 'co', id: name, name, score };
  out.push(hit);
  cover.add(hit);
  return true;
}

/**
 * The hits but those a recognizer absorbed into a longer body (the same array when it absorbed none: most absorb nothing
 * in most reports, and a filter would copy every hit read so far).
 */
export function withoutAbsorbed(hits: OrgHit[], absorbed: readonly OrgHit[]): OrgHit[] {
  if (absorbed.length === 0) return hits;
  const gone = new Set(absorbed);
  return hits.filter((h) => !gone.has(h));
}
