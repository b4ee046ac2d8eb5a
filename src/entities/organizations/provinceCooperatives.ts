import type { EntityContext } from '../context.ts';
import { tokensIn } from '../segment.ts';
import type { OrgHit } from './orgHit.ts';

// A word that names one cooperative: a place, a person, a brand or a name jieba does not know (金穗/x|水稻种植专业合作社).
const NAMING_TAG = /^(ns|nr|nrt|nz|j)$/;

/**
 * 四川|农民专业合作社, 江苏省|家庭农场合作社: a province's name and the words for a kind of cooperative are the province's
 * cooperatives of that kind, as 江苏企业 are its companies: a cooperative is one only with a name, or a town's, village's or
 * county's (蕨溪镇农民专业合作社); a province keeps one of its supply and marketing cooperatives (山东省供销合作社).
 */
export function isProvinceCooperatives(ctx: EntityContext, hit: OrgHit): boolean {
  const { folded, seg } = ctx;
  if (!folded.startsWith('合作社', hit.end - 3) || folded.startsWith('供销', hit.end - 5)) return false;
  const place = ctx.gazMatches.find((m) => m.start === hit.start);
  if (!place || !place.places.every((p) => p.level === 'province')) return false;
  return !tokensIn(seg, place.end, hit.end).some((t) => NAMING_TAG.test(t.tag) || (t.tag === 'x' && t.word.length > 1));
}
