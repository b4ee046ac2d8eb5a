// The graph as the browser receives it: arrays instead of objects and short keys, because the same file serves
// a 5,000-node corpus and every entity page's local graph. Shared by the build (writer) and the client (reader).

/** Node kinds, in the order `CompactNode[2]` indexes them: the five entity types, then the optional kinds. */
export const NODE_KINDS = ['person', 'place', 'organization', 'regulation', 'campaign', 'measure', 'report'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
/** Kinds hidden until the user switches them on. */
export const OPTIONAL_KINDS: readonly NodeKind[] = ['measure', 'report'];

/** Why two nodes are linked; an edge carries the OR of these bits. */
export const EDGE_KIND = {
  cooccurs: 1, // named in the same sentence
  figure: 2, // a figure is about both
  locatedIn: 4, // place inside place
  case: 8, // a case concerns both
  appearsIn: 16, // entity named in a measure
  inReport: 32, // entity named in a report
  holdsPost: 64, // person → body: a post
  inspects: 128, // team → body or place inspected
  disciplines: 256, // discipline body → person or body
  issues: 512, // body → document
  runs: 1024, // body → campaign
  leads: 2048, // body or person → campaign it leads
} as const;

/** The bit of each relation kind read from a clause (the graph's strong edges). */
export const MEANINGFUL_EDGE: Readonly<Record<string, number>> = {
  'holds-post': EDGE_KIND.holdsPost,
  inspects: EDGE_KIND.inspects,
  disciplines: EDGE_KIND.disciplines,
  issues: EDGE_KIND.issues,
  runs: EDGE_KIND.runs,
  leads: EDGE_KIND.leads,
};

/**
 * What a strong edge says, for the panel: [edge index (in `e`, counting edges), kind bit, source index, target index,
 * label as read (任职:市委书记), the evidence sentence, report index, sentence id (its anchor in the reader)].
 */
export type CompactFact = [number, number, number, number, string, string, number, string];

/**
 * [id, label, kind, x, y, mentions, community, reports, aliases?]
 * - x, y: integer layout positions (0‥10000), computed at build time;
 * - mentions: how often it is named (size), community: louvain class (-1 for optional kinds);
 * - reports: index into `CompactGraph.r`, or a list of indices when it is in several.
 * No URLs: the browser derives them from ids with src/site/paths.ts, the same scheme the pages use.
 */
export type CompactNode = [string, string, number, number, number, number, number, number | number[], string[]?];

export interface CompactGraph {
  /** Format version. */
  v: 1;
  /** Reports: [id, title]. */
  r: [string, string][];
  n: CompactNode[];
  /** Edges flattened: source index, target index, weight, kind bits, repeated. */
  e: number[];
  /**
   * Per edge of `e`, in order: the reports it comes from (index into `r`, or a list of indices when several).
   * Present only when there are several reports: with one, every edge is in it.
   */
  er?: (number | number[])[];
  /** The statements behind strong edges (holds-post, inspects …), in edge order; absent when there are none. */
  f?: CompactFact[];
}

/** Upper bound of the integer coordinates. */
export const COORD_RANGE = 10000;
