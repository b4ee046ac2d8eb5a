// An entity page's local graph: the entity, its strongest neighbours on a ring, and more on demand, copied out of the
// whole graph (the corpus's graph stays untouched, so several local graphs can share it).
import Graph from 'graphology';
import { OPTIONAL_KINDS } from '../../site/graph/compactGraph.ts';
import { outwardArc, placeRing, type Placed } from './egoPlacement.ts';
import { strongestNeighbours, type EdgeData, type NodeData, type SiteGraph } from './graphModel.ts';

/** Neighbours a local graph shows at first, and adds per expanded node: the strongest links. */
const LOCAL_NEIGHBOURS = 30;

/** The focus entity, its strongest neighbouring entities, and the links among them (measures and reports left out). */
export function localGraph(full: SiteGraph, focus: string): SiteGraph {
  const local: SiteGraph = new Graph<NodeData, EdgeData>({ type: 'undirected', multi: false });
  if (!full.hasNode(focus)) return local;
  addNode(full, local, focus, { x: 0, y: 0 });
  addNeighbourhood(full, local, focus, focus);
  return local;
}

function addNode(full: SiteGraph, local: SiteGraph, node: string, at: Placed): void {
  if (local.hasNode(node)) return;
  local.addNode(node, { ...full.getNodeAttributes(node), x: at.x, y: at.y });
  full.forEachEdge(node, (_, attr, source, target) => {
    const other = source === node ? target : source;
    if (local.hasNode(other) && !local.hasEdge(source, target)) local.addEdge(source, target, { ...attr });
  });
}

/** Adds a node's strongest neighbours not shown yet: around it on a ring (the focus) or outwards (an expanded node). */
export function addNeighbourhood(full: SiteGraph, local: SiteGraph, node: string, focus: string, limit = LOCAL_NEIGHBOURS): number {
  const neighbours = strongestNeighbours(
    full,
    node,
    (n) => !OPTIONAL_KINDS.includes(full.getNodeAttribute(n, 'kind')) && !local.hasNode(n),
  );
  const chosen = neighbours.slice(0, limit).map((link) => {
    const attr = full.getNodeAttributes(link.id);
    return { id: link.id, gx: attr.x, gy: attr.y, weight: link.weight };
  });
  const global = full.getNodeAttributes(node);
  const at = { x: local.getNodeAttribute(node, 'x'), y: local.getNodeAttribute(node, 'y') };
  const centre = { x: local.getNodeAttribute(focus, 'x'), y: local.getNodeAttribute(focus, 'y') };
  const placed =
    node === focus
      ? placeRing(at, { gx: global.x, gy: global.y }, chosen)
      : placeRing(at, { gx: global.x, gy: global.y }, chosen, { radius: 70, arc: outwardArc(centre, at, chosen.length) });
  for (const member of chosen) addNode(full, local, member.id, placed.get(member.id)!);
  return chosen.length;
}
