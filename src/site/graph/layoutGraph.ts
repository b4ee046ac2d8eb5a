import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import louvain from 'graphology-communities-louvain';
import type { EntityGraph } from './buildEntityGraph.ts';
import { hashString, seededRandom } from './seededRandom.ts';

export interface Layout {
  x: Map<string, number>;
  y: Map<string, number>;
  /** Louvain class per entity, renumbered largest first (so colours stay put when small classes change); -1 for optional nodes. */
  community: Map<string, number>;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer as the graph grows, since Barnes–Hut converges in fewer steps per node. */
  iterations?: number;
}

const LOUVAIN_SEED = 0x5eed;

interface Position {
  x: number;
  y: number;
}

/**
 * Positions every node at build time, deterministically: starting positions are hashed from node ids, ForceAtlas2
 * runs on the connected entities only, isolated entities go on a spiral around them, and optional nodes (measures,
 * reports) sit at the weighted centre of the entities they link, so switching them on does not move anything.
 */
export function layoutGraph(graph: EntityGraph, options: LayoutOptions = {}): Layout {
  const layout: Layout = { x: new Map(), y: new Map(), community: new Map() };
  const entities = graph.filterNodes((_, attr) => !attr.optional);
  const connected = entities.filter((node) => graph.someNeighbor(node, (_, attr) => !attr.optional));
  const inCore = new Set(connected);
  const isolated = entities.filter((node) => !inCore.has(node));

  // The layout runs on its own graph of positions and weights, holding only the connected entities.
  const core = new Graph<Position, { weight: number }>({ type: 'undirected' });
  const spread = Math.sqrt(Math.max(connected.length, 1)) * 10;
  for (const node of connected) {
    const random = seededRandom(hashString(node));
    core.addNode(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  }
  graph.forEachEdge((_, attr, source, target) => {
    if (inCore.has(source) && inCore.has(target)) core.addEdge(source, target, { weight: attr.weight });
  });
  if (core.order > 1) {
    const iterations = options.iterations ?? iterationsFor(core.order);
    const settings = {
      ...forceAtlas2.inferSettings(core),
      barnesHutOptimize: core.order > 400,
      // Heavy co-occurrence weights would pull pairs on top of each other; damp their influence.
      edgeWeightInfluence: 0.5,
      // Hubs (the city, its party committee) link to almost everything; distributing attraction by degree pushes
      // them apart instead of stacking every small node on top of them.
      outboundAttractionDistribution: true,
      linLogMode: false,
      strongGravityMode: false,
      gravity: 3,
      scalingRatio: 20,
    };
    forceAtlas2.assign(core, { iterations, settings, getEdgeWeight: 'weight' });
  }
  core.forEachNode((node, attr) => {
    layout.x.set(node, attr.x);
    layout.y.set(node, attr.y);
  });

  placeOnSpiral(isolated, graph, layout);
  assignCommunities(core, entities, layout);
  placeOptionalNodes(graph, layout);
  return layout;
}

function iterationsFor(order: number): number {
  if (order <= 300) return 800;
  if (order <= 1500) return 400;
  return 200;
}

/** Isolated entities: a ring of spiral turns outside the laid-out core, biggest first (nearest). */
function placeOnSpiral(nodes: string[], graph: EntityGraph, layout: Layout): void {
  if (nodes.length === 0) return;
  const xs = [...layout.x.values()];
  const ys = [...layout.y.values()];
  const cx = xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0;
  const cy = ys.length ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0;
  const radius = xs.length ? Math.max(...xs.map((x, i) => Math.hypot(x - cx, ys[i]! - cy))) : 0;
  const step = radius > 0 ? radius : 10;
  const ordered = [...nodes].sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1));
  // Golden-angle spiral: even spacing without overlaps; it starts just outside the core.
  const golden = Math.PI * (3 - Math.sqrt(5));
  ordered.forEach((node, i) => {
    const r = radius * 1.08 + step * 0.3 * Math.sqrt((i + 1) / ordered.length);
    layout.x.set(node, cx + r * Math.cos(i * golden));
    layout.y.set(node, cy + r * Math.sin(i * golden));
  });
}

function assignCommunities(core: Graph<Position, { weight: number }>, entities: string[], layout: Layout): void {
  const raw: Record<string, number> = core.order > 0 && core.size > 0
    ? louvain(core, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) })
    : {};
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const renumber = new Map(order.map((community, index) => [community, index]));
  let next = order.length;
  for (const node of entities) {
    const community = raw[node];
    layout.community.set(node, community === undefined ? next++ : renumber.get(community)!);
  }
}

function placeOptionalNodes(graph: EntityGraph, layout: Layout): void {
  graph.forEachNode((node, attr) => {
    if (!attr.optional) return;
    let sx = 0;
    let sy = 0;
    let total = 0;
    graph.forEachEdge(node, (_, edge, source, target) => {
      const other = source === node ? target : source;
      const x = layout.x.get(other);
      const y = layout.y.get(other);
      if (x === undefined || y === undefined) return;
      sx += x * edge.weight;
      sy += y * edge.weight;
      total += edge.weight;
    });
    // A small hashed offset keeps measures that share the same entities from sitting exactly on top of each other.
    const random = seededRandom(hashString(node));
    const jitter = 4;
    layout.x.set(node, (total ? sx / total : 0) + (random() - 0.5) * jitter);
    layout.y.set(node, (total ? sy / total : 0) + (random() - 0.5) * jitter);
    layout.community.set(node, -1);
  });
}
