import type { Relation, RelationType } from '../../types.ts';

/** What each kind of relation means: its Chinese label, whether it points one way, and what it joins. */
export interface RelationKind {
  label: string;
  directed: boolean;
  /** "source → target" in words, for legends and downloads. */
  reads: string;
}

// One home for the kinds' meaning: extraction, the site's pages, the graph and the downloads all read this table.
export const RELATION_KINDS: Readonly<Record<RelationType, RelationKind>> = {
  'holds-post': { label: '任职', directed: true, reads: '人物 → 所任职务的机构' },
  inspects: { label: '巡视巡察', directed: true, reads: '巡视巡察组 → 被巡视巡察的单位或地方' },
  disciplines: { label: '执纪问责', directed: true, reads: '纪检监察机关 → 被立案、处分、问责、约谈、通报的人或单位' },
  issues: { label: '制发', directed: true, reads: '机构 → 印发、出台、制定、修订的文件' },
  runs: { label: '开展', directed: true, reads: '机构 → 开展、部署、实施的专项工作' },
  leads: { label: '牵头负责', directed: true, reads: '机构或人物 → 牵头、负责的措施或工作' },
  'located-in': { label: '位于', directed: true, reads: '地方 → 上级地方' },
  'figure-about': { label: '数据', directed: true, reads: '数据 → 所说的实体' },
  'case-about': { label: '案件', directed: true, reads: '案件 → 涉及的实体' },
  'figure-in': { label: '所在', directed: true, reads: '数据 → 所在措施或章节' },
  'appears-in': { label: '出现于', directed: true, reads: '实体 → 提及它的措施' },
  'co-occurs': { label: '同句提及', directed: false, reads: '实体 ↔ 同一分句中的实体' },
};

/** The kinds read from a clause's words (who did what to whom), strongest first. */
export const MEANINGFUL_KINDS: readonly RelationType[] = ['holds-post', 'inspects', 'disciplines', 'issues', 'runs', 'leads'];

/**
 * The relation with its kind's label and direction written on it (as extraction.json carries them, after its other
 * fields). Written onto the relation, which the link stage has just made and nobody else holds yet: a copy of each of
 * hundreds of relations of several shapes cost more than finding them.
 */
export function labelKind(r: Relation): Relation {
  if (r.label !== undefined) return r;
  const kind = RELATION_KINDS[r.type];
  r.label = kind.label;
  r.directed = kind.directed;
  return r;
}
