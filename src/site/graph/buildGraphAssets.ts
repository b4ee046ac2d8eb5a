import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../../types.ts';
import type { CompactGraph } from './compactGraph.ts';
import { buildSiteGraph } from './toCompactGraph.ts';

/** Where the graph's files sit, relative to the folder given to buildGraphAssets (and to dist, where they are copied). */
export const GRAPH_JSON = 'graph/graph.json';
export const GRAPH_SCRIPT = 'graph/graph.js';

/**
 * Computes the graph page's data (positions included: the browser never lays out) and writes it under `outDir`
 * as graph/graph.json and, for pages opened from disk, graph/graph.js. The only place graph data is made:
 * buildSite calls it before `astro build` (ForceAtlas2 on a big corpus takes seconds) and copies `outDir` into dist.
 */
export function buildGraphAssets(extraction: Extraction, outDir: string): CompactGraph {
  const graph = buildSiteGraph(extraction);
  const json = serializeGraph(graph);
  fs.mkdirSync(path.join(outDir, path.dirname(GRAPH_JSON)), { recursive: true });
  fs.writeFileSync(path.join(outDir, GRAPH_JSON), json);
  fs.writeFileSync(path.join(outDir, GRAPH_SCRIPT), graphScript(json));
  return graph;
}

export function serializeGraph(graph: CompactGraph): string {
  return JSON.stringify(graph);
}

/** The same data as a classic script, for pages opened from disk (file:// forbids fetch). */
export function graphScript(json: string): string {
  // JSON is valid JS; escaping "<" keeps report text such as "</script>" inert even if the script is ever inlined.
  return `window.__KG_GRAPH__=${json.replace(/</g, '\\u003c')};\n`;
}
