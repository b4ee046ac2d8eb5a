// Benchmark hooks for the graph (npm run bench:graph, and scripts/bench.ts may call them): build-time layout of a
// synthetic graph, the size of what the browser downloads, and in chromium the page's load time and frame times.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { serializeGraph } from './buildGraphAssets.ts';
import { syntheticExtraction } from './syntheticGraph.ts';
import { buildSiteGraph } from './toCompactGraph.ts';

export interface GraphBuildMeasurement {
  nodes: number;
  edges: number;
  /** Graph building, ForceAtlas2, louvain and compaction. */
  layoutMs: number;
  /** CPU time of the same (wall time suffers when other processes share the cores). */
  layoutCpuMs: number;
  jsonBytes: number;
  gzipBytes: number;
  json: string;
}

export interface GraphBrowserMeasurement {
  /** Navigation start to the graph drawn (data fetched and parsed, sigma's first frame). */
  loadMs: number;
  /** A full refresh (reducers run on every node and edge), as on a filter change. */
  refreshMs: number;
  /** Hover highlight: refresh without re-indexing, as on entering a node. */
  hoverMs: number;
  /** Frames while the camera zooms and pans, render plus WebGL finish (SwiftShader renders on the CPU: a GPU does far better). */
  frameMeanMs: number;
  frameP95Ms: number;
  frames: number;
}

export function measureGraphBuild(nodes = 5000, edges = 20000, seed = 1): GraphBuildMeasurement {
  const extraction = syntheticExtraction(nodes, edges, seed);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const graph = buildSiteGraph(extraction);
  const layoutMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const layoutCpuMs = (used.user + used.system) / 1000;
  const json = serializeGraph(graph);
  return {
    nodes: graph.n.length,
    edges: graph.e.length / 4,
    layoutMs,
    layoutCpuMs,
    jsonBytes: Buffer.byteLength(json),
    gzipBytes: zlib.gzipSync(json).length,
    json,
  };
}

/**
 * Opens the graph page of a built site (`distDir`, any base path: its graph code links relatively) with `json`
 * served as its graph data, and measures it in chromium.
 */
export async function measureGraphInBrowser(
  distDir: string,
  json: string,
  executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium',
): Promise<GraphBrowserMeasurement> {
  if (!fs.existsSync(path.join(distDir, 'graph', 'index.html')))
    throw new Error(`${distDir}: no built graph page (run npm run build first)`);
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath}: chromium not found (apt-get install -y chromium)`);
  const serve = sirv(distDir, { dev: false, etag: false });
  const server = http.createServer((req, res) => {
    if (req.url?.split('?')[0] === '/graph/graph.json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(json);
      return;
    }
    serve(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/graph/`);
    await page.waitForFunction(() => document.documentElement.dataset.kgGraph === 'ready', null, { timeout: 120_000 });
    const loadMs = (await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))')) as number;
    // A string, not a function: tsx's transform would add helpers (__name) the page does not have.
    const measured = (await page.evaluate(IN_PAGE)) as Omit<GraphBrowserMeasurement, 'loadMs'>;
    return { loadMs, ...measured };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

const IN_PAGE = `(async () => {
  const view = window.__kgGraphViews[0];
  const sigma = view.sigma;
  const time = (run, times) => {
    const started = performance.now();
    for (let i = 0; i < times; i++) run();
    return (performance.now() - started) / times;
  };
  const refreshMs = time(() => sigma.refresh(), 5);
  const hoverMs = time(() => sigma.refresh({ skipIndexation: true }), 5);
  // Headless chromium paces requestAnimationFrame irregularly, so frames are timed directly: move the camera, render,
  // and wait for WebGL (SwiftShader) to finish drawing.
  const deltas = [];
  const camera = sigma.getCamera();
  const contexts = Object.values(sigma.webGLContexts || {});
  for (let i = 0; i < 40; i++) {
    const t = i / 39;
    camera.setState({ ratio: 1 - 0.8 * t, x: 0.5 + 0.1 * Math.sin(t * 6), y: 0.5 + 0.1 * Math.cos(t * 6), angle: 0 });
    const started = performance.now();
    sigma.render();
    for (const gl of contexts) gl.finish();
    deltas.push(performance.now() - started);
  }
  deltas.sort((a, b) => a - b);
  return {
    refreshMs,
    hoverMs,
    frameMeanMs: deltas.reduce((a, b) => a + b, 0) / deltas.length,
    frameP95Ms: deltas[Math.floor(deltas.length * 0.95)] ?? 0,
    frames: deltas.length,
  };
})()`;
