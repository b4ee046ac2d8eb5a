// The graph view's filters without a browser: what the type, report and weight filters leave visible, how a node
// chosen by name lifts the filters that hide it, and which neighbours a focused node shows.
import { describe, expect, it } from 'vitest';
import { decodeGraph } from '../../src/client/graph/graphModel.ts';
import { ViewState } from '../../src/client/graph/viewState.ts';
import { EDGE_KIND } from '../../src/site/graph/compactGraph.ts';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const model = decodeGraph(buildSiteGraph(graphExtraction()));
const graph = model.graph;
const idOf = (name: string) => graph.findNode((_, a) => a.label === name)!;
const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind');

describe('ViewState (whole graph)', () => {
  it('shows entities and hides measures and reports until they are switched on', () => {
    const state = new ViewState(graph, 'full');
    const visible = graph.filterNodes((n) => state.isVisible(n));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.some((n) => ['measure', 'report'].includes(kindOf(n)))).toBe(false);
    expect(state.isVisible(idOf('大朗镇'))).toBe(true);
    state.setKind('measure', true);
    expect(graph.someNode((n, a) => a.kind === 'measure' && state.isVisible(n))).toBe(true);
  });

  it('hides a type and every link to it', () => {
    const state = new ViewState(graph, 'full');
    state.setKind('person', false);
    const person = idOf('梁维东');
    expect(state.isVisible(person)).toBe(false);
    graph.forEachEdge(person, (edge, attr) => expect(state.edgeVisible(edge, attr)).toBe(false));
    state.setShowUnlinked(true);
    const { nodes } = state.counts();
    expect(nodes).toBe(graph.filterNodes((n, a) => !['person', 'measure', 'report'].includes(a.kind)).length);
  });

  it('keeps, under a minimum weight, only links that strong and nodes that have one', () => {
    const state = new ViewState(graph, 'full');
    const all = state.counts();
    state.setMinWeight(2);
    const strong = state.counts();
    expect(strong.nodes).toBeLessThan(all.nodes);
    graph.forEachEdge((edge, attr, source, target) => {
      if (
        state.edgeVisible(edge, attr) &&
        !['measure', 'report'].includes(kindOf(source)) &&
        !['measure', 'report'].includes(kindOf(target))
      ) {
        expect(attr.weight).toBeGreaterThanOrEqual(2);
      }
    });
  });

  it('lifts the filters that hide a node chosen by name', () => {
    const state = new ViewState(graph, 'full');
    const person = idOf('梁维东');
    state.setKind('person', false);
    state.setMinWeight(50);
    expect(state.isVisible(person)).toBe(false);
    state.reveal(person);
    expect(state.isVisible(person)).toBe(true);
    expect(state.kindsOn.has('person')).toBe(true);
    expect(state.minWeight).toBe(1);
  });

  it('focuses a node on its visible neighbours and labels at most ten of them', () => {
    const state = new ViewState(graph, 'full');
    const town = idOf('大朗镇');
    const { neighbours, labelled } = state.focus(town);
    expect(neighbours.size).toBeGreaterThan(0);
    for (const n of neighbours) {
      expect(graph.areNeighbors(town, n)).toBe(true);
      expect(state.isVisible(n)).toBe(true);
    }
    expect(labelled.size).toBeLessThanOrEqual(10);
    for (const n of labelled) expect(neighbours.has(n)).toBe(true);
    state.setKind('person', false);
    expect([...state.focus(town).neighbours].some((n) => kindOf(n) === 'person')).toBe(false);
    expect(state.focus(null).neighbours.size).toBe(0);
  });
});

describe('ViewState (local graph)', () => {
  it('shows every node of a local graph, whatever its kind', () => {
    const state = new ViewState(graph, 'local');
    expect(graph.everyNode((n) => state.isVisible(n))).toBe(true);
  });
});

describe("a node's panel", () => {
  it('lists no neighbour of a type the filter hides', () => {
    const state = new ViewState(graph, 'full');
    state.setLinkKind(EDGE_KIND.cooccurs, true);
    const town = idOf('大朗镇');
    expect(state.listedNeighbours(graph, town).some((l) => kindOf(l.id) === 'person')).toBe(true);
    state.setKind('person', false);
    const listed = state.listedNeighbours(graph, town);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some((l) => kindOf(l.id) === 'person')).toBe(false);
    expect(listed.some((l) => ['measure', 'report'].includes(kindOf(l.id)))).toBe(false);
  });

  it('lists no link the link filters hide: same-clause co-occurrence is off by default, and so absent', () => {
    const state = new ViewState(graph, 'full');
    const town = idOf('大朗镇');
    // 大朗镇 is named in one clause with 梁维东 and 市公安局 (co-occurs) and lies in 东莞市 (located-in).
    const byDefault = state.listedNeighbours(graph, town);
    expect(byDefault.map((l) => graph.getNodeAttribute(l.id, 'label'))).toEqual(['东莞市']);
    expect(byDefault.every((l) => (l.kinds & EDGE_KIND.cooccurs) === 0)).toBe(true);
    state.setLinkKind(EDGE_KIND.cooccurs, true);
    const all = state.listedNeighbours(graph, town).map((l) => graph.getNodeAttribute(l.id, 'label'));
    expect(all).toEqual(expect.arrayContaining(['东莞市', '梁维东', '市公安局']));
    state.setLinkKind(EDGE_KIND.cooccurs, false);
    state.setLinkKind(EDGE_KIND.locatedIn, false);
    expect(state.listedNeighbours(graph, town).map((l) => graph.getNodeAttribute(l.id, 'label'))).not.toContain('东莞市');
  });

  it('keeps a link with a shown kind but names only the kinds shown', () => {
    const state = new ViewState(graph, 'full');
    const town = idOf('大朗镇');
    const city = idOf('东莞市');
    const edge = graph.edge(town, city)!;
    const kinds = graph.getEdgeAttribute(edge, 'kinds');
    graph.setEdgeAttribute(edge, 'kinds', kinds | EDGE_KIND.cooccurs);
    try {
      const [link] = state.listedNeighbours(graph, town);
      expect(link!.id).toBe(city);
      expect(link!.kinds).toBe(EDGE_KIND.locatedIn);
    } finally {
      graph.setEdgeAttribute(edge, 'kinds', kinds);
    }
  });

  it('a focused node highlights only neighbours through links shown', () => {
    const state = new ViewState(graph, 'full');
    const town = idOf('大朗镇');
    expect([...state.focus(town).neighbours]).toEqual([idOf('东莞市')]);
    state.setLinkKind(EDGE_KIND.cooccurs, true);
    expect(state.focus(town).neighbours.has(idOf('梁维东'))).toBe(true);
  });
});

describe('entities linked to no other entity', () => {
  // The fixture with one more entity, named once and linked to nothing.
  const extraction = graphExtraction();
  const report = extraction.reports[0]!;
  const at = report.text.indexOf('整改');
  extraction.entities.push({
    id: 'campaign:zheng-gai',
    type: 'campaign',
    name: '整改',
    aliases: [],
    mentions: [{ report: report.id, start: at, end: at + 2, surface: '整改' }],
  });
  const graph = decodeGraph(buildSiteGraph(extraction)).graph;
  const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind');
  const linkedToEntity = (n: string) =>
    graph.someEdge(
      n,
      (_e, a, source, target) => !['measure', 'report'].includes(kindOf(source === n ? target : source)) && (a.kinds & 48) === 0,
    );

  it('are hidden in the whole graph until asked for, and shown when chosen by name', () => {
    const state = new ViewState(graph, 'full');
    const unlinked = graph.filterNodes((n, a) => !['measure', 'report'].includes(a.kind) && !linkedToEntity(n));
    expect(unlinked.length).toBeGreaterThan(0);
    expect(state.unlinkedCount()).toBe(unlinked.length);
    for (const n of unlinked) expect(state.isVisible(n)).toBe(false);
    state.setShowUnlinked(true);
    for (const n of unlinked) expect(state.isVisible(n)).toBe(true);
    const other = new ViewState(graph, 'full');
    other.reveal(unlinked[0]!);
    expect(other.isVisible(unlinked[0]!)).toBe(true);
  });
});
