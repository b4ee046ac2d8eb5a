import type { Extraction } from '../../types.ts';
import { distinctTitles } from '../reportTitles.ts';
import { buildEntityGraph, kindIndex, type EntityGraph } from './buildEntityGraph.ts';
import { EDGE_KIND } from './compactGraph.ts';
import { COORD_RANGE, type CompactFact, type CompactGraph, type CompactNode } from './compactGraph.ts';
import { layoutGraph, type Layout, type LayoutOptions } from './layoutGraph.ts';

/** The whole graph step: extraction → graph → layout → the compact form the browser loads. Pure and deterministic. */
export function buildSiteGraph(extraction: Extraction, options: LayoutOptions = {}): CompactGraph {
  const graph = buildEntityGraph(extraction);
  const layout = layoutGraph(graph, options);
  const titles = distinctTitles(extraction.reports);
  const reports: CompactGraph['r'] = extraction.reports.map((report) => [report.id, titles.get(report.id)!]);
  return toCompactGraph(graph, layout, reports);
}

export function toCompactGraph(graph: EntityGraph, layout: Layout, reports: CompactGraph['r']): CompactGraph {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const scale = scaler(layout, nodes);

  const n: CompactNode[] = nodes.map((node) => {
    const attr = graph.getNodeAttributes(node);
    const [x, y] = scale(layout.x.get(node) ?? 0, layout.y.get(node) ?? 0);
    const compact: CompactNode = [
      node,
      attr.label,
      kindIndex(attr.kind),
      x,
      y,
      attr.mentions,
      layout.community.get(node) ?? -1,
      reportRef(attr.reports),
    ];
    if (attr.aliases.length > 0) compact.push(attr.aliases);
    return compact;
  });

  const e: number[] = [];
  const er: (number | number[])[] = [];
  const f: CompactFact[] = [];
  graph.forEachEdge((_, attr, source, target) => {
    // Entity–report edges follow from each node's report list; the browser rebuilds them.
    if (attr.kinds === EDGE_KIND.inReport) return;
    const edgeIndex = e.length / 4;
    e.push(index.get(source)!, index.get(target)!, round(attr.weight), attr.kinds);
    er.push(reportRef(attr.reports));
    for (const fact of attr.facts ?? []) {
      f.push([
        edgeIndex,
        fact.kind,
        index.get(fact.source)!,
        index.get(fact.target)!,
        fact.label,
        fact.sentence,
        fact.report,
        fact.sentenceId,
      ]);
    }
  });
  const out: CompactGraph = reports.length > 1 ? { v: 1, r: reports, n, e, er } : { v: 1, r: reports, n, e };
  if (f.length) out.f = f;
  return out;
}

/** Most nodes and edges come from one report: a bare index then, a list only when several. */
function reportRef(reports: number[]): number | number[] {
  return reports.length === 1 ? reports[0]! : reports;
}

/** Maps layout coordinates into 0‥COORD_RANGE integers, keeping the aspect ratio; sigma rescales anyway, integers keep the file small. */
function scaler(layout: Layout, nodes: string[]): (x: number, y: number) => [number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const x = layout.x.get(node) ?? 0;
    const y = layout.y.get(node) ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY) || 1;
  const factor = COORD_RANGE / extent;
  return (x, y) => [Math.round((x - minX) * factor), Math.round((y - minY) * factor)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
