// The report filter of the graph page: a link shows only while one of the reports it was read in is shown, so two
// entities that are both named in report A but go together only in report B are not linked under A.
import { EDGE_KIND } from '../../site/graph/compactGraph.ts';
import type { SiteGraph } from './graphModel.ts';

/** The filter's value when every report is shown. */
export const ALL_REPORTS = -1;

/** Whether something read in `reports` (indices into the graph's report list) stays shown under the filter `report`. */
export function inReport(reports: readonly number[], report: number): boolean {
  return report < 0 || reports.includes(report);
}

/** What the report filter alone leaves of a graph: nodes named in the report, and links read in it between them. */
export function reportView(graph: SiteGraph, report: number): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (inReport(attr.reports, report)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attr, source, target) => {
    if (nodes.has(source) && nodes.has(target) && inReport(attr.reports, report)) edges.add(edge);
  });
  return { nodes, edges };
}

/**
 * Each node's strongest entity link among the links the report filter keeps, so the weight filter can hide
 * nodes left without links (measure and report links are structure, not strength).
 */
export function strongestLinks(graph: SiteGraph, report: number): Map<string, number> {
  const strongest = new Map<string, number>();
  graph.forEachEdge((_, attr, source, target) => {
    if (attr.kinds & (EDGE_KIND.appearsIn | EDGE_KIND.inReport) || !inReport(attr.reports, report)) return;
    strongest.set(source, Math.max(strongest.get(source) ?? 0, attr.weight));
    strongest.set(target, Math.max(strongest.get(target) ?? 0, attr.weight));
  });
  return strongest;
}
