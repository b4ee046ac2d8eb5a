import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import louvain from 'graphology-communities-louvain';
import type { EntityGraph } from './buildEntityGraph.ts';
import { hashString, seededRandom } from '../../util/seededRandom.ts';
import { maxOf, minOf } from '../../util/arrays.ts';

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
  /** Only for the overlap pass: the node's drawn radius in layout units. */
  size?: number;
}

type PositionGraph = Graph<Position, { weight: number }>;

/**
 * Positions every node at build time, deterministically. The entities' graph is split into connected components:
 * ForceAtlas2 lays out the largest (starting from positions hashed from node ids); smaller components are laid out
 * alone, scaled to the same edge length, and set around it on a spiral, biggest nearest, isolated entities last.
 * (Laid out together, small components fly far off and shrink the main one to a dot.) Optional nodes (measures,
 * reports) sit at the weighted centre of the entities they link, so switching them on moves nothing.
 */
export function layoutGraph(graph: EntityGraph, options: LayoutOptions = {}): Layout {
  const layout: Layout = { x: new Map(), y: new Map(), community: new Map() };
  const entities = graph.filterNodes((_, attr) => !attr.optional);
  const core = entityGraph(graph, entities);
  const [main, ...others] = connectedComponents(core);
  let unit = 10;
  if (main) {
    const mainGraph = forceLayout(inducedGraph(core, main), options.iterations);
    separateOverlaps(mainGraph, graph);
    mainGraph.forEachNode((node, attr) => {
      layout.x.set(node, attr.x);
      layout.y.set(node, attr.y);
    });
    unit = medianEdgeLength(mainGraph) || unit;
    const parts = others.map((nodes) => normalized(forceLayout(inducedGraph(core, nodes), options.iterations), unit));
    placeAround(parts, layout, unit);
  }
  assignCommunities(core, entities, layout);
  placeOptionalNodes(graph, layout, unit);
  return layout;
}

/** The entities and the links between them, without the optional nodes. */
function entityGraph(graph: EntityGraph, entities: string[]): PositionGraph {
  const core: PositionGraph = new Graph<Position, { weight: number }>({ type: 'undirected' });
  for (const node of entities) core.addNode(node, { x: 0, y: 0 });
  graph.forEachEdge((_, attr, source, target) => {
    if (core.hasNode(source) && core.hasNode(target)) core.addEdge(source, target, { weight: attr.weight });
  });
  return core;
}

/** Connected components, largest first (ties by first node id), each sorted. */
function connectedComponents(graph: PositionGraph): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    const component: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const node = queue.pop()!;
      component.push(node);
      graph.forEachNeighbor(node, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      });
    }
    components.push(component.sort());
  });
  return components.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

/** The subgraph of some nodes, each starting at a position hashed from its id. */
function inducedGraph(graph: PositionGraph, nodes: string[]): PositionGraph {
  const sub: PositionGraph = new Graph<Position, { weight: number }>({ type: 'undirected' });
  const spread = Math.sqrt(nodes.length) * 10;
  for (const node of nodes) {
    const random = seededRandom(hashString(node));
    sub.addNode(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  }
  for (const node of nodes) {
    graph.forEachEdge(node, (_, attr, source, target) => {
      const other = source === node ? target : source;
      if (sub.hasNode(other) && !sub.hasEdge(node, other)) sub.addEdge(node, other, { weight: attr.weight });
    });
  }
  return sub;
}

function forceLayout(graph: PositionGraph, iterations?: number): PositionGraph {
  if (graph.order < 2) return graph;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 400,
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
  forceAtlas2.assign(graph, { iterations: iterations ?? iterationsFor(graph.order), settings, getEdgeWeight: 'weight' });
  return graph;
}

/** Pixels the main component spans on a typical screen, and the radius of a node in pixels (as the page draws it). */
const SCREEN_SPAN = 260;
const nodeRadiusPx = (mentions: number, maxMentions: number) => 3 + 13 * Math.sqrt(mentions / maxMentions);

/**
 * A second, short ForceAtlas2 pass that knows node sizes (adjustSizes): big hubs stop covering their neighbours.
 * Sizes are the drawn radii converted to layout units for a main component about SCREEN_SPAN pixels wide.
 */
function separateOverlaps(layoutGraph: PositionGraph, graph: EntityGraph): void {
  if (layoutGraph.order < 3) return;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  let maxMentions = 1;
  layoutGraph.forEachNode((node, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
    maxMentions = Math.max(maxMentions, graph.getNodeAttribute(node, 'mentions'));
  });
  const perPixel = Math.max(maxX - minX, maxY - minY) / SCREEN_SPAN;
  layoutGraph.forEachNode((node) => {
    layoutGraph.setNodeAttribute(node, 'size', nodeRadiusPx(graph.getNodeAttribute(node, 'mentions'), maxMentions) * perPixel * 1.4);
  });
  const settings = {
    ...forceAtlas2.inferSettings(layoutGraph),
    adjustSizes: true,
    barnesHutOptimize: layoutGraph.order > 400,
    edgeWeightInfluence: 0.5,
    outboundAttractionDistribution: true,
    gravity: 3,
    scalingRatio: 20,
    slowDown: 5,
  };
  forceAtlas2.assign(layoutGraph, { iterations: layoutGraph.order > 2000 ? 30 : 200, settings, getEdgeWeight: 'weight' });
}

function iterationsFor(order: number): number {
  if (order <= 300) return 800;
  if (order <= 1500) return 400;
  return 200;
}

function medianEdgeLength(graph: PositionGraph): number {
  const lengths: number[] = [];
  graph.forEachEdge((_, __, ___, ____, s, t) => lengths.push(Math.hypot(s.x - t.x, s.y - t.y)));
  lengths.sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
}

/** A small component centred on 0,0 and scaled to the main layout's edge length, with its radius for packing. */
function normalized(graph: PositionGraph, unit: number): { graph: PositionGraph; radius: number } {
  const length = medianEdgeLength(graph);
  const factor = length > 0 ? unit / length : 1;
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_, a) => {
    cx += a.x / graph.order;
    cy += a.y / graph.order;
  });
  let radius = 0;
  graph.forEachNode((node, a) => {
    const x = (a.x - cx) * factor;
    const y = (a.y - cy) * factor;
    graph.mergeNodeAttributes(node, { x, y });
    radius = Math.max(radius, Math.hypot(x, y));
  });
  return { graph, radius };
}

/** Small components on a golden-angle spiral around the main one: even spacing, biggest nearest. */
function placeAround(parts: { graph: PositionGraph; radius: number }[], layout: Layout, unit: number): void {
  if (parts.length === 0) return;
  const xs = [...layout.x.values()];
  const ys = [...layout.y.values()];
  const cx = xs.length ? (minOf(xs) + maxOf(xs)) / 2 : 0;
  const cy = ys.length ? (minOf(ys) + maxOf(ys)) / 2 : 0;
  const inner = (xs.length ? maxOf(xs.map((x, i) => Math.hypot(x - cx, ys[i]! - cy))) : 0) + unit;
  const golden = Math.PI * (3 - Math.sqrt(5));
  // Each part claims a disc of its own size on a growing spiral: the area swept so far sets the next radius.
  let area = inner * inner;
  parts.forEach((part, i) => {
    // A lone entity needs room for its dot and label only; a group keeps a margin of half an edge.
    const size = part.graph.order === 1 ? unit * 0.4 : part.radius + unit * 0.5;
    area += size * size * 4;
    const r = Math.sqrt(area) - size;
    const angle = i * golden;
    part.graph.forEachNode((node, a) => {
      layout.x.set(node, cx + r * Math.cos(angle) + a.x);
      layout.y.set(node, cy + r * Math.sin(angle) + a.y);
    });
  });
}

function assignCommunities(core: PositionGraph, entities: string[], layout: Layout): void {
  const raw: Record<string, number> =
    core.order > 0 && core.size > 0 ? louvain(core, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) }) : {};
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

function placeOptionalNodes(graph: EntityGraph, layout: Layout, unit: number): void {
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
    const jitter = unit * 0.3;
    layout.x.set(node, (total ? sx / total : 0) + (random() - 0.5) * jitter);
    layout.y.set(node, (total ? sy / total : 0) + (random() - 0.5) * jitter);
    layout.community.set(node, -1);
  });
}
