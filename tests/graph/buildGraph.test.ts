import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphAssets, graphScript, GRAPH_JSON, GRAPH_SCRIPT, serializeGraph } from '../../src/site/graph/buildGraphAssets.ts';
import { buildEntityGraph } from '../../src/site/graph/buildEntityGraph.ts';
import { COORD_RANGE, EDGE_KIND, NODE_KINDS, type CompactGraph } from '../../src/site/graph/compactGraph.ts';
import { syntheticExtraction } from '../../src/site/graph/syntheticGraph.ts';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import type { Extraction } from '../../src/types.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const byName = (graph: CompactGraph, name: string) => graph.n.findIndex((n) => n[1] === name);
const edgeBetween = (graph: CompactGraph, a: string, b: string) => {
  const [i, j] = [byName(graph, a), byName(graph, b)];
  for (let k = 0; k < graph.e.length; k += 4) {
    if ((graph.e[k] === i && graph.e[k + 1] === j) || (graph.e[k] === j && graph.e[k + 1] === i)) {
      return { weight: graph.e[k + 2]!, kinds: graph.e[k + 3]! };
    }
  }
  return null;
};

describe('the entity graph of the Dongguan paragraphs', () => {
  const graph = buildSiteGraph(graphExtraction());

  it('has a node per entity, with its type and how often it is named', () => {
    const dalang = graph.n[byName(graph, '大朗镇')]!;
    expect(NODE_KINDS[dalang[2]]).toBe('place');
    expect(dalang[5]).toBe(3);
    expect(NODE_KINDS[graph.n[byName(graph, '梁维东')]![2]]).toBe('person');
    expect(graph.n.filter((n) => NODE_KINDS[n[2]] !== 'measure' && NODE_KINDS[n[2]] !== 'report')).toHaveLength(11);
  });

  it('links entities named in the same sentence, weighted by how many sentences', () => {
    // 大朗镇 and 沙田镇 share the first sentence (梁维东…大朗镇…肖亚非…沙田镇) and the last one.
    expect(edgeBetween(graph, '大朗镇', '沙田镇')).toEqual({ weight: 2, kinds: EDGE_KIND.cooccurs });
    expect(edgeBetween(graph, '梁维东', '塘厦镇')).toBeNull();
  });

  it('links two places a figure is about, and a town to the city it lies in', () => {
    const figure = edgeBetween(graph, '松山湖高新区', '滨海湾新区')!;
    expect(figure.kinds & EDGE_KIND.figure).toBeTruthy();
    const located = edgeBetween(graph, '塘厦镇', '东莞市')!;
    expect(located.kinds).toBe(EDGE_KIND.locatedIn);
  });

  it('adds measures as optional nodes linked to the entities named in them, outside the community colouring', () => {
    const measure = graph.n.find((n) => NODE_KINDS[n[2]] === 'measure' && n[1].startsWith('一是'))!;
    expect(measure[6]).toBe(-1);
    const index = graph.n.indexOf(measure);
    const linked: string[] = [];
    for (let k = 0; k < graph.e.length; k += 4) {
      if (graph.e[k + 1] === index || graph.e[k] === index) linked.push(graph.n[graph.e[k] === index ? graph.e[k + 1]! : graph.e[k]!]![1]);
    }
    expect(linked.sort()).toEqual(['塘厦镇', '大朗镇']);
  });

  it("keeps report edges out of the file: the browser rebuilds them from each node's report list", () => {
    for (let k = 3; k < graph.e.length; k += 4) expect(graph.e[k]! & EDGE_KIND.inReport).toBe(0);
    const report = graph.n.find((n) => NODE_KINDS[n[2]] === 'report')!;
    expect(report[1]).toBe('中共东莞市委关于巡视整改进展情况的通报');
    expect(graph.r).toEqual([['dongguan-2018', '中共东莞市委关于巡视整改进展情况的通报']]);
  });

  it('is compact: integer positions in range, no URLs, no empty alias lists', () => {
    for (const node of graph.n) {
      expect(Number.isInteger(node[3]) && Number.isInteger(node[4])).toBe(true);
      expect(node[3]).toBeGreaterThanOrEqual(0);
      expect(node[4]).toBeLessThanOrEqual(COORD_RANGE);
      expect(node.length).toBe(8);
    }
    expect(serializeGraph(graph)).not.toMatch(/entity\//);
  });

  it('spreads the entities out: no two nodes on the same spot', () => {
    const spots = new Set(graph.n.map((n) => `${n[3]},${n[4]}`));
    expect(spots.size).toBe(graph.n.length);
  });

  it('groups entities in louvain communities numbered largest first', () => {
    const communities = graph.n.filter((n) => n[6] >= 0).map((n) => n[6]);
    const sizes = new Map<number, number>();
    for (const c of communities) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const ordered = [...sizes.keys()].sort((a, b) => a - b);
    for (let i = 1; i < ordered.length; i++) expect(sizes.get(ordered[i - 1]!)!).toBeGreaterThanOrEqual(sizes.get(ordered[i]!)!);
  });
});

describe('determinism', () => {
  it('gives byte-identical JSON for the same input, whatever the order of entities and relations', () => {
    const a = serializeGraph(buildSiteGraph(graphExtraction()));
    const b = serializeGraph(buildSiteGraph(graphExtraction()));
    const reversed = serializeGraph(buildSiteGraph(graphExtraction({ reverse: true })));
    expect(b).toBe(a);
    expect(reversed).toBe(a);
  });

  it('is deterministic on a larger synthetic graph too (Barnes–Hut on)', () => {
    const extraction = syntheticExtraction(600, 1500, 7);
    const a = serializeGraph(buildSiteGraph(extraction, { iterations: 30 }));
    const b = serializeGraph(buildSiteGraph(syntheticExtraction(600, 1500, 7), { iterations: 30 }));
    expect(b).toBe(a);
  });
});

describe('edge cases', () => {
  it('builds an empty graph from an extraction without entities', () => {
    const empty: Extraction = { ...graphExtraction(), entities: [], relations: [], figures: [], measures: [] };
    const graph = buildSiteGraph(empty);
    expect(graph.n.filter((n) => NODE_KINDS[n[2]] !== 'report')).toEqual([]);
    expect(graph.e).toEqual([]);
  });

  it('ignores relations to unknown ids and self-links', () => {
    const extraction = graphExtraction();
    const id = extraction.entities[0]!.id;
    extraction.relations.push(
      { source: id, target: 'place:nowhere', type: 'co-occurs', weight: 3, evidence: [] },
      { source: id, target: id, type: 'co-occurs', weight: 3, evidence: [] },
    );
    const graph = buildEntityGraph(extraction);
    expect(graph.hasNode('place:nowhere')).toBe(false);
    expect(graph.hasEdge(id, id)).toBe(false);
  });

  it('keeps report text inert in the script form of the data', () => {
    const extraction = graphExtraction();
    extraction.entities[0]!.name = '</script><img src=x onerror=alert(1)>';
    const script = graphScript(serializeGraph(buildSiteGraph(extraction)));
    expect(script).not.toContain('</script>');
    expect(script).toContain('\\u003c/script>');
  });
});

describe('buildGraphAssets', () => {
  it('writes graph/graph.json and its script twin under the folder it is given', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-graph-'));
    try {
      const graph = buildGraphAssets(graphExtraction(), dir);
      const json = fs.readFileSync(path.join(dir, GRAPH_JSON), 'utf8');
      expect(JSON.parse(json)).toEqual(graph);
      expect(fs.readFileSync(path.join(dir, GRAPH_SCRIPT), 'utf8')).toBe(graphScript(json));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the synthetic benchmark graph', () => {
  it('has the requested numbers of nodes and edges', () => {
    const extraction = syntheticExtraction(5000, 20000);
    expect(extraction.entities).toHaveLength(5000);
    expect(extraction.relations).toHaveLength(20000);
    expect(new Set(extraction.entities.map((e) => e.name)).size).toBe(5000);
  });
});
