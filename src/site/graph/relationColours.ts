import type { RelationType } from '../../types.ts';

// One colour per kind of relation, shared by the graph page and the GEXF download: the strong kinds saturated, the
// weak layers (same clause, place inside place, figures and cases) grey.
export const RELATION_COLOURS: Readonly<Record<RelationType, string>> = {
  'holds-post': '#a23b2a',
  inspects: '#d35400',
  disciplines: '#8e1b3a',
  issues: '#7a6410',
  runs: '#2e7d32',
  leads: '#1f6f8b',
  'located-in': '#9aa5b1',
  'figure-about': '#b8c0ca',
  'case-about': '#b8c0ca',
  'figure-in': '#c5ccd6',
  'appears-in': '#c5ccd6',
  'co-occurs': '#c5ccd6',
};
