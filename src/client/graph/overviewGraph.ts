// The whole graph of a large corpus opens on an overview: sigma draws a copy holding the most-mentioned entities and the
// leading ones of every sizeable community, at their build-time positions, and the links among them. Tens of thousands
// of dots say nothing, and drawing them kept the page busy for seconds per frame (1,000 reports: 14,000 entities).
// Drill-down copies more of the whole graph in: a node's strongest neighbours, a report's entities, or everything.
import Graph from 'graphology';
import { OPTIONAL_KINDS } from '../../site/graph/compactGraph.ts';
import { strongestNeighbours, type EdgeData, type NodeData, type SiteGraph } from './graphModel.ts';

/** Past this many entities the whole graph opens on an overview. */
export const OVERVIEW_ABOVE = 1500;
/** The overview's most-mentioned entities… */
export const OVERVIEW_TOP = 300;
/** …and, in each community of at least OVERVIEW_COMMUNITY_MIN entities, its OVERVIEW_PER_COMMUNITY most-mentioned ones. */
const OVERVIEW_COMMUNITY_MIN = 12;
const OVERVIEW_PER_COMMUNITY = 2;
/** Neighbours a drill-down adds, strongest first. */
export const DRILL_NEIGHBOURS = 40;

const isEntity = (graph: SiteGraph, node: string) => !OPTIONAL_KINDS.includes(graph.getNodeAttribute(node, 'kind'));

export function entityCount(graph: SiteGraph): number {
  return graph.filterNodes((node) => isEntity(graph, node)).length;
}

/** The overview of `full`, or null when it is small enough to draw whole. */
export function overviewGraph(full: SiteGraph): SiteGraph | null {
  const entities = full.filterNodes((node) => isEntity(full, node));
  if (entities.length <= OVERVIEW_ABOVE) return null;
  const mentions = (n: string) => full.getNodeAttribute(n, 'mentions');
  const ranked = entities.sort((a, b) => mentions(b) - mentions(a) || (a < b ? -1 : 1));
  const chosen = new Set(ranked.slice(0, OVERVIEW_TOP));
  const byCommunity = new Map<number, string[]>();
  for (const n of ranked) {
    const c = full.getNodeAttribute(n, 'community');
    const list = byCommunity.get(c);
    if (list) list.push(n);
    else byCommunity.set(c, [n]);
  }
  for (const [community, members] of byCommunity) {
    if (community < 0 || members.length < OVERVIEW_COMMUNITY_MIN) continue;
    for (const n of members.slice(0, OVERVIEW_PER_COMMUNITY)) chosen.add(n);
  }
  const overview: SiteGraph = new Graph<NodeData, EdgeData>({ type: 'undirected', multi: false });
  copyIn(full, overview, chosen);
  return overview;
}

/** Copies nodes of `full` (with their build-time positions) into `part`, with their links to what `part` holds. */
export function copyIn(full: SiteGraph, part: SiteGraph, nodes: Iterable<string>): number {
  const added: string[] = [];
  for (const node of nodes) {
    if (part.hasNode(node) || !full.hasNode(node)) continue;
    part.addNode(node, { ...full.getNodeAttributes(node) });
    added.push(node);
  }
  for (const node of added) {
    full.forEachEdge(node, (_, attr, source, target) => {
      const other = source === node ? target : source;
      if (part.hasNode(other) && !part.hasEdge(source, target)) part.addEdge(source, target, { ...attr });
    });
  }
  return added.length;
}

/** Drill-down: a node (copied in if it is not shown yet) and its strongest neighbouring entities. */
export function drillInto(full: SiteGraph, part: SiteGraph, node: string, limit = DRILL_NEIGHBOURS): number {
  if (!full.hasNode(node)) return 0;
  const neighbours = strongestNeighbours(full, node, (n) => isEntity(full, n) && !part.hasNode(n)).slice(0, limit);
  return copyIn(full, part, [node, ...neighbours.map((n) => n.id)]);
}

/** A report's entities (report filter on an overview: the report's whole picture). */
export function reportEntities(full: SiteGraph, report: number): string[] {
  return full.filterNodes((node, attr) => isEntity(full, node) && attr.reports.includes(report));
}
