// Edges carry the reports they were read in, and the graph page's report filter hides links of other reports:
// the Dongguan paragraphs (report A) plus a second report written here (report B) that links two of A's entities anew.
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/site/graph/buildGraphAssets.ts';
import type { CompactGraph } from '../../src/site/graph/compactGraph.ts';
import { buildSiteGraph } from '../../src/site/graph/toCompactGraph.ts';
import { decodeGraph } from '../../src/client/graph/graphModel.ts';
import { ALL_REPORTS, inReport, reportView, strongestLinks } from '../../src/client/graph/reportFilter.ts';
import type { Extraction } from '../../src/types.ts';
import { graphExtraction } from '../fixtures/graphExtraction.ts';

const B = 'county-2019';
const B_TEXT = '市委书记梁维东到塘厦镇调研整改工作。大朗镇、沙田镇已完成整改。';

/** Report A as the fixture has it, then report B: 梁维东 and 塘厦镇 (both named in A, never together there) meet only in B. */
function twoReports(options: { reverse?: boolean } = {}): Extraction {
  const extraction = graphExtraction(options);
  const [a] = extraction.reports;
  extraction.reports.push({ ...a!, id: B, file: `${B}.txt`, text: B_TEXT, title: '某县关于巡视整改进展情况的通报', sentences: [] });
  const id = (name: string) => extraction.entities.find((e) => e.name === name)!.id;
  const sentence = (name: string) => {
    const start = B_TEXT.lastIndexOf('。', B_TEXT.indexOf(name)) + 1;
    return { report: B, start, end: B_TEXT.indexOf('。', start) + 1 };
  };
  for (const name of ['梁维东', '塘厦镇', '大朗镇', '沙田镇']) {
    const start = B_TEXT.indexOf(name);
    extraction.entities.find((e) => e.name === name)!.mentions.push({ report: B, start, end: start + name.length, surface: name });
  }
  extraction.relations.push({ source: id('梁维东'), target: id('塘厦镇'), type: 'co-occurs', weight: 1, evidence: [sentence('梁维东')] });
  const shared = extraction.relations.find(
    (r) => r.type === 'co-occurs' && [r.source, r.target].sort().join() === [id('大朗镇'), id('沙田镇')].sort().join(),
  )!;
  shared.weight += 1;
  shared.evidence.push(sentence('大朗镇'));
  return extraction;
}

const byName = (graph: CompactGraph, name: string) => graph.n.findIndex((n) => n[1] === name);
/** The report reference the file gives the edge between two named nodes (undefined when there is no such edge). */
const edgeReports = (graph: CompactGraph, a: string, b: string) => {
  const [i, j] = [byName(graph, a), byName(graph, b)];
  for (let k = 0; k < graph.e.length; k += 4) {
    if ((graph.e[k] === i && graph.e[k + 1] === j) || (graph.e[k] === j && graph.e[k + 1] === i)) return graph.er?.[k / 4];
  }
  return undefined;
};

describe('edges carry the reports they come from', () => {
  const graph = buildSiteGraph(twoReports());

  it('lists the reports in the file and one report reference per edge', () => {
    expect(graph.r.map(([id]) => id)).toEqual(['dongguan-2018', B]);
    expect(graph.er).toHaveLength(graph.e.length / 4);
  });

  it("gives an edge read in one report that report's bare index, and a list when read in several", () => {
    expect(edgeReports(graph, '梁维东', '塘厦镇')).toBe(1);
    expect(edgeReports(graph, '大朗镇', '沙田镇')).toEqual([0, 1]);
    expect(edgeReports(graph, '梁维东', '大朗镇')).toBe(0);
    expect(edgeReports(graph, '松山湖高新区', '滨海湾新区')).toBe(0); // a figure of report A
  });

  it('places a link without evidence in the reports naming both ends', () => {
    // located-in relations of the fixture carry no evidence; 东莞市 is named in report A only.
    expect(edgeReports(graph, '塘厦镇', '东莞市')).toBe(0);
  });

  it('leaves the edge reports out when there is one report (every edge is in it)', () => {
    const single = buildSiteGraph(graphExtraction());
    expect(single.er).toBeUndefined();
    expect(serializeGraph(single)).not.toContain('"er"');
  });

  it('is byte-identical for the same reports, whatever the order of entities and relations', () => {
    const a = serializeGraph(graph);
    expect(serializeGraph(buildSiteGraph(twoReports()))).toBe(a);
    expect(serializeGraph(buildSiteGraph(twoReports({ reverse: true })))).toBe(a);
  });
});

describe('the report filter', () => {
  const { graph, reports } = decodeGraph(buildSiteGraph(twoReports()));
  const id = (name: string) => graph.findNode((_, attr) => attr.label === name)!;
  const edge = (a: string, b: string) => graph.edge(id(a), id(b))!;

  it('keeps anything when every report is shown, and only what was read in the chosen one otherwise', () => {
    expect(inReport([0, 1], ALL_REPORTS)).toBe(true);
    expect(inReport([], ALL_REPORTS)).toBe(true);
    expect(inReport([0, 1], 1)).toBe(true);
    expect(inReport([0], 1)).toBe(false);
  });

  it("decodes each edge's reports", () => {
    expect(reports.map((r) => r.id)).toEqual(['dongguan-2018', B]);
    expect(graph.getEdgeAttribute(edge('梁维东', '塘厦镇'), 'reports')).toEqual([1]);
    expect(graph.getEdgeAttribute(edge('大朗镇', '沙田镇'), 'reports')).toEqual([0, 1]);
  });

  it('hides a link of report B under report A, though both its entities are named in A', () => {
    const view = reportView(graph, 0);
    expect(view.nodes.has(id('梁维东')) && view.nodes.has(id('塘厦镇'))).toBe(true);
    expect(view.edges.has(edge('梁维东', '塘厦镇'))).toBe(false);
    expect(view.edges.has(edge('大朗镇', '沙田镇'))).toBe(true);
    expect(view.edges.has(edge('梁维东', '大朗镇'))).toBe(true);
  });

  it('under report B keeps only the entities B names and the links read in B', () => {
    const view = reportView(graph, 1);
    const entities = [...view.nodes].filter(
      (n) => graph.getNodeAttribute(n, 'kind') !== 'report' && graph.getNodeAttribute(n, 'kind') !== 'measure',
    );
    expect(entities.map((n) => graph.getNodeAttribute(n, 'label')).sort()).toEqual(['塘厦镇', '大朗镇', '梁维东', '沙田镇'].sort());
    const links = [...view.edges].filter((e) => graph.getNodeAttribute(graph.target(e), 'kind') !== 'report');
    expect(links.sort()).toEqual([edge('梁维东', '塘厦镇'), edge('大朗镇', '沙田镇')].sort());
    expect(view.nodes.has(id('东莞市'))).toBe(false);
  });

  it('shows everything with every report', () => {
    const view = reportView(graph, ALL_REPORTS);
    expect(view.nodes.size).toBe(graph.order);
    expect(view.edges.size).toBe(graph.size);
  });

  it("measures each node's strongest link among the links the filter keeps", () => {
    // 大朗镇–沙田镇 is read twice in A and once in B.
    expect(strongestLinks(graph, ALL_REPORTS).get(id('沙田镇'))).toBe(3);
    expect(strongestLinks(graph, 1).get(id('梁维东'))).toBe(1);
    expect(strongestLinks(graph, 1).has(id('东莞市'))).toBe(false);
  });

  it('falls back to the reports naming both ends for a file without edge reports', () => {
    const compact = buildSiteGraph(twoReports());
    delete compact.er;
    const decoded = decodeGraph(compact).graph;
    const at = (name: string) => decoded.findNode((_, attr) => attr.label === name)!;
    expect(decoded.getEdgeAttribute(decoded.edge(at('梁维东'), at('塘厦镇'))!, 'reports')).toEqual([0, 1]);
    expect(decoded.getEdgeAttribute(decoded.edge(at('塘厦镇'), at('东莞市'))!, 'reports')).toEqual([0]);
  });
});
