import fs from 'node:fs';
import path from 'node:path';
import { extractionPath, loadExtraction } from '../loadExtraction.ts';
import { GRAPH_JSON, serializeGraph } from './buildGraphAssets.ts';
import { buildSiteGraph } from './toCompactGraph.ts';

let cached: string | undefined;

/**
 * The graph's JSON for the pages: what `npm run build` computed before Astro ran (beside the extraction, in
 * site/graph/graph.json), or, when Astro runs alone (astro dev, astro build), computed here from the extraction.
 */
export function graphJson(): string {
  if (cached !== undefined) return cached;
  const source = extractionPath();
  const file = path.join(path.dirname(source), 'site', GRAPH_JSON);
  cached = isFresh(file, source) ? fs.readFileSync(file, 'utf8') : serializeGraph(buildSiteGraph(loadExtraction(source)));
  return cached;
}

/** Written after the extraction it was computed from (an older file would show a previous corpus). */
function isFresh(file: string, source: string): boolean {
  if (!fs.existsSync(file)) return false;
  return !fs.existsSync(source) || fs.statSync(file).mtimeMs >= fs.statSync(source).mtimeMs;
}
