import { MEANINGFUL_EDGE, type NodeKind } from '../../site/graph/compactGraph.ts';
import { RELATION_COLOURS } from '../../site/graph/relationColours.ts';
import type { RelationType } from '../../types.ts';

// One colour per node kind: the entity colours are the site's own (src/styles/global.css --person …), so a place is
// the same blue in the text and in the graph.
export const KIND_COLOURS: Record<NodeKind, string> = {
  person: '#a23b2a',
  place: '#1f6f8b',
  organization: '#6a4c9c',
  regulation: '#7a6410',
  campaign: '#2e7d32',
  measure: '#8a8f98',
  report: '#1f2328',
};

/** Louvain communities beyond this many share the grey of OTHER_COMMUNITY. */
export const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
  '#bcbd22',
  '#8c6d31',
];
export const OTHER_COMMUNITY = '#bab0ac';

export const FADED_NODE = '#e6e8eb';
export const EDGE_COLOUR = '#c5ccd6';
export const EDGE_HIGHLIGHT = '#5b6b7f';
export const EDGE_BACKGROUND = '#e4e8ee';

export function communityColour(community: number): string {
  return community >= 0 && community < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[community]! : OTHER_COMMUNITY;
}

/** A link's colour: that of the strongest kind of relation behind it (任职 before 巡视巡察 …), else the plain grey. */
export function linkColour(kinds: number): string {
  for (const [type, bit] of Object.entries(MEANINGFUL_EDGE)) if (kinds & bit) return RELATION_COLOURS[type as RelationType];
  return EDGE_COLOUR;
}
