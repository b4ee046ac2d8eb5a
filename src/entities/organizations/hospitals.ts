import type { EntityContext } from '../context.ts';
import { namedOnlyAtHome, placeOfLevel } from './orgNames.ts';
import type { OrgHit } from './orgHit.ts';
import { levelOpensClause, levelWordAt } from './levelWord.ts';
import type { PlaceChain } from './placeBodies.ts';

// What most hospitals of a place are called (人民医院, 中心医院, 第二医院, 妇幼保健院): a name only with the place.
// Hospitals of a minority's medicine (蒙医, 藏医, 维医) are named as 中医医院 is.
export const GENERIC_HOSPITAL_STEMS =
  /^(公立|中心|人民|中医|蒙医|藏医|维医|中西医结合|第[一二三四五六七八九十]+|妇幼保健|口腔|肿瘤|儿童|精神卫生|传染病|定点|综合|专科|立)$/;

/** 绍兴市中心医院, 县人民医院: a place (or a bare level word for the report's own) before a generic hospital name. */
export function hospitals(ctx: EntityContext, chains: PlaceChain[]): OrgHit[] {
  const { folded } = ctx;
  const out: OrgHit[] = [];
  // 第一人民医院: an ordinal before the hospital's kind; 中医院 is the word for a hospital of Chinese medicine; 安庆市|立|医院:
  // the city's own (市立, 县立), whose 立 jieba reads as a verb.
  const re =
    /(第[一二三四五六七八九十]+(?:人民|中心|中医)?|公立|中心|人民|中医|蒙医|藏医|维医|中西医结合|妇幼保健|口腔|肿瘤|儿童|精神卫生|传染病|立)(医院|院)/g;
  for (const m of folded.matchAll(re)) {
    if (m[2] === '院' && m[1] !== '妇幼保健' && m[1] !== '中医') continue;
    const at = m.index!;
    const chain = chains.find((c) => c.end === at);
    const level = !chain && '省市县区旗州'.includes(folded[at - 1] ?? '') ? levelWordAt(ctx, at - 1) : undefined;
    const start = chain?.start ?? level?.start;
    if (start === undefined) continue;
    const end = at + m[0].length;
    const place = chain?.place ?? placeOfLevel(level!.level, ctx.home);
    // 县妇幼保健院 in a national report: every county's, no one hospital (州人民医院: a prefecture's, in its own report only).
    if (!place && (ctx.home.national || (namedOnlyAtHome(level!.level) && !levelOpensClause(ctx, start)))) continue;
    // 旗蒙医医院 in a banner's report is that banner's hospital, named in full as its place's other bodies are.
    const name = level !== undefined && place ? `${place.name}${m[0]}` : folded.slice(start, end);
    out.push({ start, end, kind: 'co', id: `${place?.code ?? level!.level}:${m[0]}`, name, score: 0.8 });
  }
  return out;
}
