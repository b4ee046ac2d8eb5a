// npm run bench:graph [-- --nodes 5000 --edges 20000 --dist dist]
// The graph at scale: build-time layout of a synthetic graph, the data sent to the browser, and the graph page's
// load and frame times in chromium (needs a built site in --dist; the synthetic data replaces its graph.json).
import { parseArgs } from 'node:util';
import { measureGraphBuild, measureGraphInBrowser } from '../src/site/graph/benchGraph.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '20000' },
    dist: { type: 'string', default: 'dist' },
  },
});
const nodes = Number(values.nodes);
const edges = Number(values.edges);
if (!Number.isInteger(nodes) || !Number.isInteger(edges) || nodes < 2 || edges < 1) {
  console.error('bench:graph: --nodes and --edges take positive integers');
  process.exit(2);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const build = measureGraphBuild(nodes, edges);
console.log(`graph: ${build.nodes} nodes, ${build.edges} edges`);
console.log(
  `  build + layout (ForceAtlas2, louvain): ${(build.layoutMs / 1000).toFixed(1)} s wall, ${(build.layoutCpuMs / 1000).toFixed(1)} s CPU`,
);
console.log(
  `  graph.json: ${kb(build.jsonBytes)} (${kb(build.gzipBytes)} gzipped), ${(build.jsonBytes / build.nodes).toFixed(0)} bytes per node`,
);
try {
  const page = await measureGraphInBrowser(values.dist!, build.json);
  console.log(`  chromium (SwiftShader): page ready in ${page.loadMs.toFixed(0)} ms`);
  console.log(`  full refresh ${page.refreshMs.toFixed(0)} ms, hover refresh ${page.hoverMs.toFixed(0)} ms`);
  console.log(`  camera animation: ${page.frames} frames, mean ${page.frameMeanMs.toFixed(1)} ms, p95 ${page.frameP95Ms.toFixed(1)} ms`);
} catch (e) {
  console.log(`  browser: n/a (${(e as Error).message})`);
}
