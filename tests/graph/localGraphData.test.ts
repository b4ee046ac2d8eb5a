// An entity page's local graph draws from the entity's own file, cut out of the whole graph at build time: it must draw
// what the whole graph would (the same neighbours at the same places), expand a neighbour from that neighbour's file,
// and stay small whatever the corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLocalGraphs } from '../../src/site/graph/buildGraphAssets.ts';
import { EDGE_KIND, NODE_KINDS, OPTIONAL_KINDS, type CompactGraph } from '../../src/site/graph/compactGraph.ts';
import {
  adjacency,
  LOCAL_DATA_NEIGHBOURS,
  LOCAL_DATA_STATED,
  localGraphData,
  localGraphScript,
  type LocalGraphData,
} from '../../src/site/graph/localGraphData.ts';
import { syntheticExtraction } from '../../src/site/graph/syntheticGraph.ts';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import { paths } from '../../src/site/paths.ts';
import { decodeGraph, type GraphModel } from '../../src/client/graph/graphModel.ts';
import { addNeighbourhood, localGraph } from '../../src/client/graph/localGraph.ts';
import { mergeInto } from '../../src/client/graph/localData.ts';
import type { EntityType } from '../../src/types.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const isEntity = (graph: CompactGraph, i: number) => !OPTIONAL_KINDS.includes(NODE_KINDS[graph.n[i]![2]]!);
const fileOf = (graph: CompactGraph, id: string): LocalGraphData =>
  localGraphData(
    adjacency(graph),
    graph.n.findIndex((n) => n[0] === id),
  );
const localModel = (data: LocalGraphData): GraphModel => ({ ...decodeGraph(data), linkedEntities: new Map([[data.focus, data.k]]) });
/** Nodes of a drawn local graph with their places (the ring is laid out from the global positions). */
const drawn = (g: ReturnType<typeof localGraph>) => Object.fromEntries(g.mapNodes((n, a) => [n, [Math.round(a.x), Math.round(a.y)]]));

// A corpus-like graph where a few entities are linked to hundreds of others (preferential attachment).
const big = buildSiteGraph(syntheticExtraction(1500, 9000));
const bigFull = decodeGraph(big).graph;
const degree = (id: string) => bigFull.neighbors(id).filter((n) => !OPTIONAL_KINDS.includes(bigFull.getNodeAttribute(n, 'kind'))).length;
const hub = big.n
  .filter((_, i) => isEntity(big, i))
  .map((n) => n[0])
  .sort((a, b) => degree(b) - degree(a))[0]!;

describe("an entity's local graph data", () => {
  it('draws what the whole graph draws: the same neighbours at the same places', () => {
    for (const graph of [buildSiteGraph(graphExtraction()), big]) {
      const full = decodeGraph(graph).graph;
      const ids = graph.n.filter((_, i) => isEntity(graph, i)).map((n) => n[0]);
      for (const id of [...ids.slice(0, 40), hub].filter((id) => full.hasNode(id))) {
        const own = decodeGraph(fileOf(graph, id)).graph;
        expect(drawn(localGraph(own, id)), id).toEqual(drawn(localGraph(full, id)));
      }
    }
  });

  it("holds the hub's strongest links and those it has statements with, not the whole graph", () => {
    const data = fileOf(big, hub);
    expect(degree(hub)).toBeGreaterThan(LOCAL_DATA_NEIGHBOURS);
    expect(data.k).toBe(degree(hub));
    expect(data.n.length).toBeLessThanOrEqual(1 + LOCAL_DATA_NEIGHBOURS + LOCAL_DATA_STATED);
    expect(localGraphScript(data).length).toBeLessThan(JSON.stringify(big).length / 10);
    // Node sizes are relative to the corpus's most mentioned entity, as on the graph page.
    const size = (g: GraphModel) => g.graph.getNodeAttribute(hub, 'size');
    expect(size(decodeGraph(data))).toBe(size(decodeGraph(big)));
  });

  it("keeps the focus's statements and report count, and lists no one else's reports", () => {
    // A statement on the fixture's first link (as a holds-post clause gives one).
    const graph = buildSiteGraph(graphExtraction());
    const [source, target] = [graph.e[0]!, graph.e[1]!];
    graph.f = [[0, EDGE_KIND.holdsPost, source, target, '任职:市委书记', '市委书记梁维东同志先后赴市公安局督导检查', 0, 's-1']];
    const id = graph.n[source]![0];
    const model = decodeGraph(fileOf(graph, id));
    const full = decodeGraph(graph);
    const facts = (m: GraphModel) => m.graph.edges(id).flatMap((e) => m.graph.getEdgeAttribute(e, 'facts') ?? []);
    expect(facts(model)).toEqual(facts(full));
    expect(model.graph.getNodeAttribute(id, 'reportCount')).toBe(full.graph.getNodeAttribute(id, 'reports').length);
    for (const other of model.graph.neighbors(id)) expect(model.graph.getNodeAttribute(other, 'reports')).toEqual([]);
  });

  it("expands a neighbour as the whole graph would, once the neighbour's own file is merged in", () => {
    const fullLocal = localGraph(bigFull, hub);
    const model = localModel(fileOf(big, hub));
    const local = localGraph(model.graph, hub);
    const neighbour = fullLocal.neighbors(hub).sort((a, b) => degree(b) - degree(a))[0]!;
    mergeInto(model, fileOf(big, neighbour));
    addNeighbourhood(bigFull, fullLocal, neighbour, hub);
    addNeighbourhood(model.graph, local, neighbour, hub);
    expect(drawn(local)).toEqual(drawn(fullLocal));
    expect(model.linkedEntities!.get(neighbour)).toBe(degree(neighbour));
    // The neighbour is now known with its own reports.
    expect(model.graph.getNodeAttribute(neighbour, 'reportCount')).toBe(bigFull.getNodeAttribute(neighbour, 'reports').length);
    const titles = (m: GraphModel, n: string) => m.graph.getNodeAttribute(n, 'reports').map((r) => m.reports[r]!.id);
    expect(titles(model, neighbour)).toEqual(titles(decodeGraph(big), neighbour).slice(0, 3));
  });

  it('is a classic script that files the data under its id and keeps report text inert', () => {
    const data: LocalGraphData = {
      v: 1,
      r: [['r', '</script><b>']],
      n: [['place:x', '</script>', 1, 0, 0, 1, 0, 0]],
      e: [],
      focus: 'place:x',
      m: 1,
      k: 0,
      c: [1],
    };
    const script = localGraphScript(data);
    expect(script).not.toContain('</script>');
    const window: { __KG_LOCAL__?: Record<string, LocalGraphData> } = {};
    new Function('window', script)(window);
    expect(window.__KG_LOCAL__!['place:x']).toEqual(data);
  });

  it('is written beside each entity page', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-local-'));
    try {
      const graph = buildSiteGraph(graphExtraction());
      const written = writeLocalGraphs(graph, dir);
      const entities = graph.n.filter((_, i) => isEntity(graph, i));
      expect(written).toBe(entities.length);
      for (const [id, , kind] of entities)
        expect(fs.existsSync(path.join(dir, paths.entityGraph(NODE_KINDS[kind] as EntityType, id))), id).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
