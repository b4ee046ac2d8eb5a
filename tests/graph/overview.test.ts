// A graph of thousands of entities opens on an overview: sigma draws a copy holding the most-mentioned entities and the
// leaders of each sizeable community; choosing a node copies in its strongest neighbours (drill-down); a report's entities
// come in when it is chosen; a graph of a few hundred entities is drawn whole.
import { describe, expect, it } from 'vitest';
import { decodeGraph } from '../../src/client/graph/graphModel.ts';
import {
  copyIn,
  DRILL_NEIGHBOURS,
  drillInto,
  entityCount,
  OVERVIEW_ABOVE,
  OVERVIEW_TOP,
  overviewGraph,
  reportEntities,
} from '../../src/client/graph/overviewGraph.ts';
import { EDGE_KIND, type CompactGraph, type CompactNode } from '../../src/site/graph/compactGraph.ts';

/** `count` places in `communities` groups of a ring, each linked to the next; node i is mentioned count − i times; two reports. */
function bigGraph(count: number, communities = 20): CompactGraph {
  const n: CompactNode[] = [];
  for (let i = 0; i < count; i++)
    n.push([`place:p${i}`, `地点${i}`, 1, i % 100, Math.floor(i / 100), count - i, i % communities, i < 50 ? 1 : 0]);
  const e: number[] = [];
  for (let i = 0; i + 1 < count; i++) e.push(i, i + 1, 1, EDGE_KIND.locatedIn);
  // A hub (the least mentioned node) linked to a hundred others.
  for (let j = 0; j < 100; j++) e.push(count - 1, j * 7, 2, EDGE_KIND.figure);
  return {
    v: 1,
    r: [
      ['a', 'A'],
      ['b', 'B'],
    ],
    n,
    e,
    er: new Array(e.length / 4).fill(0),
  };
}

describe('the overview of a large graph', () => {
  const full = decodeGraph(bigGraph(OVERVIEW_ABOVE * 2)).graph;

  it('holds the most-mentioned entities and the leaders of every community, at their positions, with their links', () => {
    const overview = overviewGraph(full)!;
    expect(overview.order).toBeGreaterThanOrEqual(OVERVIEW_TOP);
    expect(overview.order).toBeLessThan(OVERVIEW_TOP + 50);
    expect(overview.hasNode('place:p0')).toBe(true);
    expect(overview.hasNode(`place:p${OVERVIEW_ABOVE}`)).toBe(false);
    expect(overview.getNodeAttributes('place:p5')).toMatchObject({
      x: full.getNodeAttribute('place:p5', 'x'),
      y: full.getNodeAttribute('place:p5', 'y'),
    });
    expect(overview.hasEdge('place:p0', 'place:p1')).toBe(true);
    expect(entityCount(full)).toBe(OVERVIEW_ABOVE * 2);
  });

  it('drills down: a chosen node comes in with its strongest neighbours and their links', () => {
    const overview = overviewGraph(full)!;
    const before = overview.order;
    const hub = `place:p${full.order - 1}`;
    expect(overview.hasNode(hub)).toBe(false);
    expect(drillInto(full, overview, hub)).toBe(DRILL_NEIGHBOURS + 1);
    expect(overview.order).toBe(before + DRILL_NEIGHBOURS + 1);
    expect(overview.degree(hub)).toBeGreaterThanOrEqual(DRILL_NEIGHBOURS);
    // The copy grows; the whole graph is untouched.
    expect(full.order).toBe(OVERVIEW_ABOVE * 2);
  });

  it("brings in a report's entities, or everything", () => {
    const overview = overviewGraph(full)!;
    copyIn(full, overview, reportEntities(full, 1));
    for (let i = 0; i < 50; i++) expect(overview.hasNode(`place:p${i}`)).toBe(true);
    copyIn(full, overview, full.nodes());
    expect(overview.order).toBe(full.order);
    expect(overview.size).toBe(full.size);
  });

  it('leaves a graph of a few hundred entities whole', () => {
    expect(overviewGraph(decodeGraph(bigGraph(400)).graph)).toBeNull();
  });
});
