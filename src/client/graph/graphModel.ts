import Graph from 'graphology';
import { EDGE_KIND, NODE_KINDS, type CompactGraph, type NodeKind } from '../../site/graph/compactGraph.ts';
import { legacyAnchor, paths } from '../../site/paths.ts';
import type { EntityType } from '../../types.ts';

export interface NodeData {
  x: number;
  y: number;
  size: number;
  label: string;
  kind: NodeKind;
  mentions: number;
  community: number;
  reports: number[];
  /** In how many reports it is named (a local graph's data lists only some: localGraphData.ts). */
  reportCount: number;
  aliases: string[];
  /** Base-relative path of its page. */
  path: string;
}

/** What a strong edge says (任职:市委书记), which way, and the sentence it is read from. */
export interface EdgeFact {
  kind: number;
  source: string;
  target: string;
  label: string;
  sentence: string;
  /** Base-relative path of the sentence in the reader. */
  path: string;
}

export interface EdgeData {
  weight: number;
  kinds: number;
  facts?: EdgeFact[];
  size: number;
  /** Indices into `GraphModel.reports`: the reports the link was read in. */
  reports: number[];
}

export type SiteGraph = Graph<NodeData, EdgeData>;

export interface GraphModel {
  graph: SiteGraph;
  reports: { id: string; title: string }[];
  maxWeight: number;
  /** A local graph's model holds a part of the graph: how many entities each node whose data it loaded is linked to. */
  linkedEntities?: Map<string, number>;
}

/** The graph data as decodeGraph takes it: the whole graph, or an entity's neighbourhood with what it leaves out. */
export type GraphData = CompactGraph & {
  /** The corpus's most mentions (sizes are relative to it), when the data is a part of the graph. */
  m?: number;
  /** Per node: in how many reports it is named, when its reports field lists only some. */
  c?: number[];
};

const MIN_SIZE = 3;
const MAX_SIZE = 16;

/** Builds the browser's graph from the compact data: sizes from mentions, page paths from ids; no layout. */
export function decodeGraph(data: GraphData): GraphModel {
  const graph: SiteGraph = new Graph<NodeData, EdgeData>({ type: 'undirected', multi: false });
  const reports = data.r.map(([id, title]) => ({ id, title }));
  let maxMentions = data.m ?? 1;
  if (data.m === undefined) for (const node of data.n) if (NODE_KINDS[node[2]] !== 'report') maxMentions = Math.max(maxMentions, node[5]);

  for (const [index, [id, label, kindIndex, x, y, mentions, community, reportRef, aliases]] of data.n.entries()) {
    const kind = NODE_KINDS[kindIndex] ?? 'organization';
    const nodeReports = typeof reportRef === 'number' ? [reportRef] : reportRef;
    const scale = kind === 'report' ? 1 : Math.min(1, Math.sqrt(mentions / maxMentions));
    graph.addNode(id, {
      x,
      y,
      size: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * scale,
      label,
      kind,
      mentions,
      community,
      reports: nodeReports,
      reportCount: data.c?.[index] ?? nodeReports.length,
      aliases: aliases ?? [],
      path: pathOf(id, kind, nodeReports, reports),
    });
  }
  const ids = data.n.map((node) => node[0]);
  const facts = new Map<number, EdgeFact[]>();
  for (const [edge, kind, source, target, label, sentence, report, sentenceId] of data.f ?? []) {
    const path = paths.report(reports[report]?.id ?? '', sentenceId || undefined);
    facts.set(edge, [...(facts.get(edge) ?? []), { kind, source: ids[source]!, target: ids[target]!, label, sentence, path }]);
  }
  let maxWeight = 1;
  for (let i = 0; i + 3 < data.e.length; i += 4) {
    const source = ids[data.e[i]!];
    const target = ids[data.e[i + 1]!];
    const weight = data.e[i + 2]!;
    if (source === undefined || target === undefined || graph.hasEdge(source, target)) continue;
    maxWeight = Math.max(maxWeight, weight);
    const edgeReports = edgeReportsOf(data, i / 4, graph.getNodeAttribute(source, 'reports'), graph.getNodeAttribute(target, 'reports'));
    const edgeFacts = facts.get(i / 4);
    graph.addEdge(source, target, {
      weight,
      kinds: data.e[i + 3]!,
      size: edgeSize(weight),
      reports: edgeReports,
      ...(edgeFacts ? { facts: edgeFacts } : {}),
    });
  }
  // Entity–report edges are implied by each entity's report list.
  graph.forEachNode((node, attr) => {
    if (attr.kind === 'report') return;
    for (const index of attr.reports) {
      const reportNode = `report:${reports[index]?.id}`;
      if (graph.hasNode(reportNode) && !graph.hasEdge(node, reportNode)) {
        graph.addEdge(node, reportNode, { weight: 1, kinds: EDGE_KIND.inReport, size: edgeSize(1), reports: [index] });
      }
    }
  });
  return { graph, reports, maxWeight };
}

/** `er` is left out when there is one report (every link is in it); a file without it otherwise: the reports naming both ends. */
function edgeReportsOf(data: CompactGraph, edge: number, a: number[], b: number[]): number[] {
  const ref = data.er?.[edge];
  if (ref !== undefined) return typeof ref === 'number' ? [ref] : ref;
  if (data.r.length === 1) return [0];
  return a.filter((report) => b.includes(report));
}

function edgeSize(weight: number): number {
  return Math.min(0.6 + Math.log2(1 + weight) * 0.7, 5);
}

function pathOf(id: string, kind: NodeKind, nodeReports: number[], reports: { id: string }[]): string {
  // The measure list keeps each measure's id as a second anchor: the graph data carries no anchors of its own.
  if (kind === 'measure') return paths.measure(reports[nodeReports[0] ?? 0]?.id ?? '', legacyAnchor(id));
  if (kind === 'report') return paths.report(reports[nodeReports[0] ?? 0]?.id ?? id.replace(/^report:/, ''));
  return paths.entity(kind as EntityType, id);
}

/** Neighbours of a node, strongest link first, then most mentioned. */
export function strongestNeighbours(graph: SiteGraph, node: string, accept: (neighbour: string, link: EdgeData) => boolean = () => true) {
  const list: { id: string; weight: number; kinds: number }[] = [];
  graph.forEachEdge(node, (_, attr, source, target) => {
    const other = source === node ? target : source;
    if (accept(other, attr)) list.push({ id: other, weight: attr.weight, kinds: attr.kinds });
  });
  return list.sort(
    (a, b) =>
      b.weight - a.weight || graph.getNodeAttribute(b.id, 'mentions') - graph.getNodeAttribute(a.id, 'mentions') || (a.id < b.id ? -1 : 1),
  );
}
