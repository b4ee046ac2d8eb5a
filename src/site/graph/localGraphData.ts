// What one entity page's local graph draws, cut out of the whole graph at build time: the entity, its strongest linked
// entities and the links among them, in the compact form of the graph page's data. At 1,000 reports the whole graph
// is 12.7 MB; an entity page loads its own file of a few kilobytes (src/client/graph/localData.ts), and a neighbour's
// when it is expanded.
import { NODE_KINDS, OPTIONAL_KINDS, type CompactFact, type CompactGraph, type CompactNode } from './compactGraph.ts';

/** Linked entities a file holds: twice what the local graph draws at first (30), so that expanding the focus adds more. */
export const LOCAL_DATA_NEIGHBOURS = 60;
/** Entities beyond those, linked by a statement (任职, 制发 …), kept so that the focus's panel lists its statements. */
export const LOCAL_DATA_STATED = 60;
/** Reports named of the focus (its panel shows three titles); how many there are in all is in `c`. */
export const LOCAL_NODE_REPORTS = 3;

export interface LocalGraphData extends CompactGraph {
  /** The entity at the centre. */
  focus: string;
  /** The most mentions of any entity of the corpus: node sizes are relative to it, as on the graph page. */
  m: number;
  /** Entities linked to the focus in the whole graph (the file holds the strongest of them). */
  k: number;
  /**
   * Per node: in how many reports it is named. The reports field lists the focus's first few and none of the others'
   * (a node's panel loads that node's own file, where it is the focus).
   */
  c: number[];
}

/** The whole graph's links by node, built once for every entity's file. */
export interface Adjacency {
  graph: CompactGraph;
  /** Node index → the edges (index into `e` / 4) it is an end of. */
  edges: number[][];
  /** Edge index → its statements. */
  facts: Map<number, CompactFact[]>;
  maxMentions: number;
}

export function adjacency(graph: CompactGraph): Adjacency {
  const edges: number[][] = graph.n.map(() => []);
  for (let i = 0; i + 3 < graph.e.length; i += 4) {
    edges[graph.e[i]!]!.push(i / 4);
    edges[graph.e[i + 1]!]!.push(i / 4);
  }
  const facts = new Map<number, CompactFact[]>();
  for (const fact of graph.f ?? []) facts.set(fact[0], [...(facts.get(fact[0]) ?? []), fact]);
  let maxMentions = 1;
  for (const node of graph.n) if (NODE_KINDS[node[2]] !== 'report') maxMentions = Math.max(maxMentions, node[5]);
  return { graph, edges, facts, maxMentions };
}

const isEntity = (node: CompactNode | undefined) => !!node && !OPTIONAL_KINDS.includes(NODE_KINDS[node[2]]!);

/** The focus's linked entities, strongest link first, then most mentioned, then by id (the browser's order: graphModel.ts). */
function neighbours(a: Adjacency, focus: number): { node: number; edge: number }[] {
  const { graph } = a;
  const list: { node: number; edge: number; weight: number }[] = [];
  for (const edge of a.edges[focus]!) {
    const other = graph.e[edge * 4] === focus ? graph.e[edge * 4 + 1]! : graph.e[edge * 4]!;
    if (other !== focus && isEntity(graph.n[other])) list.push({ node: other, edge, weight: graph.e[edge * 4 + 2]! });
  }
  return list.sort((x, y) => {
    const [nx, ny] = [graph.n[x.node]!, graph.n[y.node]!];
    return y.weight - x.weight || ny[5] - nx[5] || (nx[0] < ny[0] ? -1 : nx[0] > ny[0] ? 1 : 0);
  });
}

/**
 * One entity's file: itself, its strongest linked entities and those it has statements with, and every link among them;
 * the statements of the focus's own links (another node's are in its own file, loaded when it is chosen).
 */
export function localGraphData(a: Adjacency, focus: number): LocalGraphData {
  const { graph } = a;
  const linked = neighbours(a, focus);
  const chosen = [focus, ...linked.slice(0, LOCAL_DATA_NEIGHBOURS).map((l) => l.node)];
  const stated = linked
    .slice(LOCAL_DATA_NEIGHBOURS)
    .filter((l) => a.facts.has(l.edge))
    .slice(0, LOCAL_DATA_STATED);
  chosen.push(...stated.map((l) => l.node));

  const local = new Map(chosen.map((node, i) => [node, i]));
  const reports: number[] = [];
  const reportIndex = new Map<number, number>();
  const reportOf = (r: number) => {
    let i = reportIndex.get(r);
    if (i === undefined) reportIndex.set(r, (i = reports.push(r) - 1));
    return i;
  };
  const c: number[] = [];
  const n = chosen.map((node): CompactNode => {
    const [id, label, kind, x, y, mentions, community, reportRef, aliases] = graph.n[node]!;
    const all = typeof reportRef === 'number' ? [reportRef] : reportRef;
    c.push(all.length);
    const first = node === focus ? all.slice(0, LOCAL_NODE_REPORTS).map(reportOf) : [];
    const row: CompactNode = [id, label, kind, x, y, mentions, community, first.length === 1 ? first[0]! : first];
    if (aliases?.length) row.push(aliases);
    return row;
  });

  const e: number[] = [];
  const f: CompactFact[] = [];
  const seen = new Set<number>();
  for (const node of chosen) {
    for (const edge of a.edges[node]!) {
      if (seen.has(edge)) continue;
      seen.add(edge);
      const [source, target] = [local.get(graph.e[edge * 4]!), local.get(graph.e[edge * 4 + 1]!)];
      if (source === undefined || target === undefined) continue;
      const index = e.length / 4;
      e.push(source, target, graph.e[edge * 4 + 2]!, graph.e[edge * 4 + 3]!);
      if (node !== focus) continue;
      for (const [, kind, from, to, label, sentence, report, sentenceId] of a.facts.get(edge) ?? [])
        f.push([index, kind, local.get(from)!, local.get(to)!, label, sentence, reportOf(report), sentenceId]);
    }
  }
  const out: LocalGraphData = {
    v: 1,
    r: reports.map((r) => graph.r[r]!),
    n,
    e,
    focus: graph.n[focus]![0],
    m: a.maxMentions,
    k: linked.length,
    c,
  };
  if (f.length) out.f = f;
  return out;
}

/** The file as a classic script (it loads from disk too, where fetch is forbidden): it files the data under its entity's id. */
export function localGraphScript(data: LocalGraphData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `(window.__KG_LOCAL__=window.__KG_LOCAL__||{})[${JSON.stringify(data.focus).replace(/</g, '\\u003c')}]=${json};\n`;
}
