import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, type EntityType, type Extraction } from '../../types.ts';
import { paths } from '../paths.ts';
import { NODE_KINDS, type CompactGraph } from './compactGraph.ts';
import { adjacency, localGraphData, localGraphScript } from './localGraphData.ts';
import { buildSiteGraph } from './toCompactGraph.ts';

/** Where the graph's files sit, relative to the folder given to buildGraphAssets (and to dist, where they are copied). */
export const GRAPH_JSON = 'graph/graph.json';
export const GRAPH_SCRIPT = 'graph/graph.js';

/**
 * Computes the graph page's data (positions included: the browser never lays out) and writes it under `outDir`
 * as graph/graph.json and, for pages opened from disk, graph/graph.js; and each entity's neighbourhood beside its page
 * (entity/<type>/<slug>/graph.js), which its local graph loads instead of the whole graph. The only place graph data
 * is made: buildSite calls it before `astro build` (ForceAtlas2 on a big corpus takes seconds) and copies `outDir` into dist.
 */
export function buildGraphAssets(extraction: Extraction, outDir: string): CompactGraph {
  const graph = buildSiteGraph(extraction);
  const json = serializeGraph(graph);
  fs.mkdirSync(path.join(outDir, path.dirname(GRAPH_JSON)), { recursive: true });
  fs.writeFileSync(path.join(outDir, GRAPH_JSON), json);
  fs.writeFileSync(path.join(outDir, GRAPH_SCRIPT), graphScript(json));
  writeLocalGraphs(graph, outDir);
  return graph;
}

/** Every entity's local graph data, as a script beside its page. */
export function writeLocalGraphs(graph: CompactGraph, outDir: string): number {
  const links = adjacency(graph);
  let written = 0;
  graph.n.forEach((node, index) => {
    const kind = NODE_KINDS[node[2]];
    if (!(ENTITY_TYPES as readonly string[]).includes(kind ?? '')) return;
    const file = path.join(outDir, paths.entityGraph(kind as EntityType, node[0]));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, localGraphScript(localGraphData(links, index)));
    written++;
  });
  return written;
}

export function serializeGraph(graph: CompactGraph): string {
  return JSON.stringify(graph);
}

/** The same data as a classic script, for pages opened from disk (file:// forbids fetch). */
export function graphScript(json: string): string {
  // JSON is valid JS; escaping "<" keeps report text such as "</script>" inert even if the script is ever inlined.
  return `window.__KG_GRAPH__=${json.replace(/</g, '\\u003c')};\n`;
}
