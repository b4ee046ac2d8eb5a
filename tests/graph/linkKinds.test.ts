// The graph's strong links (relations a clause states) on a real report: their bits, what they say with the sentence,
// the link-kind filter with same-clause co-occurrence off by default on the whole graph, and their colour.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/corpus/extractCorpus.ts';
import { decodeGraph } from '../../src/client/graph/graphModel.ts';
import { ViewState } from '../../src/client/graph/viewState.ts';
import { linkColour } from '../../src/client/graph/colours.ts';
import { EDGE_KIND } from '../../src/site/graph/compactGraph.ts';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';

const REPORT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'relations', 'heldout', 'yiliang-county-2022.txt');

describe('strong links of the graph', () => {
  const compact = buildSiteGraph(extractCorpus([REPORT]));
  const { graph } = decodeGraph(compact);
  const idOf = (name: string) => graph.findNode((_, a) => a.label === name)!;
  const edge = graph.edge(idOf('周文斌'), idOf('中共宜良县委'))!;

  it('carries the post with its title and the sentence it is read from', () => {
    const attr = graph.getEdgeAttributes(edge);
    expect(attr.kinds & EDGE_KIND.holdsPost).toBeTruthy();
    expect(attr.facts).toContainEqual(
      expect.objectContaining({ label: '任职:县委书记', source: idOf('周文斌'), target: idOf('中共宜良县委') }),
    );
    expect(attr.facts![0]!.sentence).toContain('县委书记周文斌任组长');
    expect(attr.facts![0]!.path).toMatch(/^report\/yiliang-county-2022\/#/);
    expect(linkColour(attr.kinds)).not.toBe(linkColour(EDGE_KIND.cooccurs));
  });

  it('hides same-clause links on the whole graph until they are switched on, and keeps them on a local graph', () => {
    const full = new ViewState(graph, 'full');
    const weak = graph.findEdge((_, a) => a.kinds === EDGE_KIND.cooccurs)!;
    expect(full.edgeVisible(weak, graph.getEdgeAttributes(weak))).toBe(false);
    expect(full.edgeVisible(edge, graph.getEdgeAttributes(edge))).toBe(true);
    full.setLinkKind(EDGE_KIND.cooccurs, true);
    expect(full.edgeVisible(weak, graph.getEdgeAttributes(weak))).toBe(true);
    full.setLinkKind(EDGE_KIND.holdsPost, false);
    expect(full.edgeVisible(edge, graph.getEdgeAttributes(edge))).toBe(
      (graph.getEdgeAttribute(edge, 'kinds') & ~EDGE_KIND.holdsPost & full.linkKindsOn) !== 0,
    );
    const local = new ViewState(graph, 'local');
    expect(local.edgeVisible(weak, graph.getEdgeAttributes(weak))).toBe(true);
  });
});
