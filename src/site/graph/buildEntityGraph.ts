import Graph from 'graphology';
import type { Extraction, Measure, Relation } from '../../types.ts';
import { EDGE_KIND, MEANINGFUL_EDGE, NODE_KINDS, type NodeKind } from './compactGraph.ts';
import { RELATION_KINDS } from '../../link/relations/relationKinds.ts';
import { sentenceAt } from '../downloads/relationRows.ts';
import { extractionAnchors } from '../data/anchors.ts';
import { distinctTitles } from '../reportTitles.ts';

export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  mentions: number;
  /** Indices into `extraction.reports`, ascending. */
  reports: number[];
  aliases: string[];
  /** Measures and reports: shown only when the user asks for them, and kept out of the layout of entities. */
  optional: boolean;
}

/** A statement behind a strong edge: which way it reads, its label as read, and the sentence it is read from. */
export interface EdgeFact {
  kind: number;
  source: string;
  target: string;
  label: string;
  sentence: string;
  report: number;
  sentenceId: string;
}

export interface EdgeAttributes {
  weight: number;
  kinds: number;
  /** Strong edges: what each relation behind them says (directed ones keep their source and target). */
  facts?: EdgeFact[];
  /** Indices into `extraction.reports`, ascending: the reports whose evidence links the two (the report filter hides the rest). */
  reports: number[];
}

export type EntityGraph = Graph<NodeAttributes, EdgeAttributes>;

const ALIASES_SHOWN = 5;

/**
 * The extraction as an undirected graph: entities are nodes; an edge sums every reason two entities go together
 * (what a clause says of them: a post, an inspection, a document issued …; same clause, a figure or a case about
 * both, place inside place), and keeps what the strong reasons say with their sentence. Figures and cases are not nodes: they link
 * the entities they are about. Measures and reports are optional nodes linked to the entities named in them
 * (report edges are not shipped: the browser rebuilds them from each node's report list).
 */
export function buildEntityGraph(extraction: Extraction): EntityGraph {
  const graph: EntityGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const reportIndex = new Map(extraction.reports.map((report, index) => [report.id, index]));

  // Sorted by id so that node order (and so the layout) does not depend on the order reports were read in.
  const entities = [...extraction.entities].sort((a, b) => compare(a.id, b.id));
  for (const entity of entities) {
    const reports = uniqueSorted(entity.mentions.map((m) => reportIndex.get(m.report)).filter(isNumber));
    graph.addNode(entity.id, {
      label: entity.name,
      kind: entity.type,
      mentions: entity.mentions.length,
      reports,
      aliases: entity.aliases.slice(0, ALIASES_SHOWN),
      optional: false,
    });
  }

  // Edges are summed in a map first and added in sorted order, so the graph (and the layout) ignores input order.
  const pending = new Map<
    string,
    { source: string; target: string; weight: number; kinds: number; reports: Set<number>; facts: EdgeFact[] }
  >();
  const link = (a: string, b: string, weight: number, kind: number, reports: Iterable<number>, fact?: EdgeFact) => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return;
    const [source, target] = compare(a, b) <= 0 ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    const edge = pending.get(key) ?? { source, target, weight: 0, kinds: 0, reports: new Set<number>(), facts: [] };
    edge.weight += weight;
    edge.kinds |= kind;
    for (const report of reports) edge.reports.add(report);
    if (fact) edge.facts.push(fact);
    pending.set(key, edge);
  };
  const reportsOf = (evidence: { report: string }[]) => evidence.map((e) => reportIndex.get(e.report)).filter(isNumber);

  const byType = groupRelations(extraction.relations);
  // Relations read from a clause: strong edges, each with what it says and the sentence it is read from.
  const reportsById = new Map(extraction.reports.map((r) => [r.id, r]));
  // The panel links to the sentence by its content anchor, the one a reader would cite.
  const anchorOf = extractionAnchors(extraction);
  for (const [type, bit] of Object.entries(MEANINGFUL_EDGE)) {
    for (const relation of byType.get(type) ?? []) {
      const first = relation.evidence[0];
      const report = first ? reportsById.get(first.report) : undefined;
      const sentence = report && first ? sentenceAt(report, first.start) : undefined;
      const label = RELATION_KINDS[relation.type].label + (relation.title ? `:${relation.former ? '原' : ''}${relation.title}` : '');
      const fact: EdgeFact | undefined =
        report && first
          ? {
              kind: bit,
              source: relation.source,
              target: relation.target,
              label,
              sentence: report.text.slice(sentence?.start ?? first.start, sentence?.end ?? first.end),
              report: reportIndex.get(report.id)!,
              sentenceId: sentence ? (anchorOf(report.id, sentence.id) ?? sentence.id) : '',
            }
          : undefined;
      link(relation.source, relation.target, relation.weight || 1, bit, reportsOf(relation.evidence), fact);
    }
  }
  for (const relation of byType.get('co-occurs') ?? []) {
    link(relation.source, relation.target, relation.weight || 1, EDGE_KIND.cooccurs, reportsOf(relation.evidence));
  }
  for (const relation of byType.get('located-in') ?? [])
    link(relation.source, relation.target, 1, EDGE_KIND.locatedIn, reportsOf(relation.evidence));

  // A figure about several entities ties them together; figure.entities and figure-about relations say the same, either may be filled.
  const figureReports = new Map(extraction.figures.map((f) => [f.id, reportIndex.get(f.report)]));
  const figureEntities = membersOf(
    byType.get('figure-about') ?? [],
    extraction.figures.map((f) => [f.id, f.entities]),
  );
  for (const [figure, members] of figureEntities) {
    const reports = [figureReports.get(figure)].filter(isNumber);
    linkAllPairs(members, (a, b) => link(a, b, 1, EDGE_KIND.figure, reports));
  }
  const caseReports = new Map(extraction.cases.map((c) => [c.id, reportIndex.get(c.report)]));
  const caseEntities = membersOf(
    byType.get('case-about') ?? [],
    extraction.cases.map((c) => [c.id, c.entities]),
  );
  for (const [caseId, members] of caseEntities) {
    const reports = [caseReports.get(caseId)].filter(isNumber);
    linkAllPairs(members, (a, b) => link(a, b, 1, EDGE_KIND.case, reports));
  }
  for (const [, edge] of [...pending].sort((a, b) => compare(a[0], b[0]))) {
    const reports = edge.reports.size > 0 ? uniqueSorted([...edge.reports]) : sharedReports(graph, edge.source, edge.target);
    graph.addEdge(edge.source, edge.target, {
      weight: edge.weight,
      kinds: edge.kinds,
      reports,
      ...(edge.facts.length ? { facts: edge.facts } : {}),
    });
  }

  addMeasureNodes(graph, extraction, byType.get('appears-in') ?? [], reportIndex);
  addReportNodes(graph, extraction);
  return graph;
}

function addMeasureNodes(graph: EntityGraph, extraction: Extraction, appearsIn: Relation[], reportIndex: Map<string, number>): void {
  const weights = new Map<string, Map<string, number>>();
  const add = (measure: string, entity: string, weight: number) => {
    const row = weights.get(measure) ?? new Map<string, number>();
    row.set(entity, (row.get(entity) ?? 0) + weight);
    weights.set(measure, row);
  };
  if (appearsIn.length > 0) {
    for (const relation of appearsIn) add(relation.target, relation.source, relation.weight || 1);
  } else {
    // Without appears-in relations, a mention inside a measure's span places the entity in it.
    const measuresByReport = new Map<string, Measure[]>();
    for (const measure of extraction.measures) {
      const list = measuresByReport.get(measure.report) ?? [];
      list.push(measure);
      measuresByReport.set(measure.report, list);
    }
    for (const entity of extraction.entities) {
      const id = entity.id;
      for (const mention of entity.mentions) {
        for (const measure of measuresByReport.get(mention.report) ?? []) {
          if (mention.start >= measure.start && mention.end <= measure.end) add(measure.id, id, 1);
        }
      }
    }
  }
  for (const measure of [...extraction.measures].sort((a, b) => compare(a.id, b.id))) {
    const row = weights.get(measure.id);
    if (!row || row.size === 0 || graph.hasNode(measure.id)) continue;
    const report = reportIndex.get(measure.report);
    graph.addNode(measure.id, {
      label: `${measure.ordinal}${measure.heading}`,
      kind: 'measure',
      mentions: row.size,
      reports: report === undefined ? [] : [report],
      aliases: [],
      optional: true,
    });
    for (const [entity, weight] of [...row].sort((a, b) => compare(a[0], b[0]))) {
      if (graph.hasNode(entity) && !graph.hasEdge(entity, measure.id)) {
        graph.addEdge(entity, measure.id, { weight, kinds: EDGE_KIND.appearsIn, reports: report === undefined ? [] : [report] });
      }
    }
  }
}

function addReportNodes(graph: EntityGraph, extraction: Extraction): void {
  const countsByReport = new Map<string, Map<string, number>>();
  for (const entity of extraction.entities) {
    for (const mention of entity.mentions) {
      const counts = countsByReport.get(mention.report) ?? new Map<string, number>();
      counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
      countsByReport.set(mention.report, counts);
    }
  }
  const titles = distinctTitles(extraction.reports);
  extraction.reports.forEach((report, index) => {
    const nodeId = `report:${report.id}`;
    if (graph.hasNode(nodeId)) return;
    const counts = countsByReport.get(report.id) ?? new Map<string, number>();
    graph.addNode(nodeId, {
      label: titles.get(report.id)!,
      kind: 'report',
      mentions: counts.size,
      reports: [index],
      aliases: [],
      optional: true,
    });
    for (const [entity, weight] of [...counts].sort((a, b) => compare(a[0], b[0]))) {
      if (graph.hasNode(entity)) graph.addEdge(entity, nodeId, { weight, kinds: EDGE_KIND.inReport, reports: [index] });
    }
  });
}

function groupRelations(relations: Relation[]): Map<string, Relation[]> {
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) {
    const list = groups.get(relation.type) ?? [];
    list.push(relation);
    groups.set(relation.type, list);
  }
  return groups;
}

/** Entities per figure (or case), from both the relations and the records' own entity lists. */
function membersOf(relations: Relation[], records: [string, string[]][]): Map<string, string[]> {
  const members = new Map<string, Set<string>>();
  const add = (owner: string, entity: string) => {
    const set = members.get(owner) ?? new Set<string>();
    set.add(entity);
    members.set(owner, set);
  };
  for (const relation of relations) add(relation.source, relation.target);
  for (const [owner, entities] of records) for (const entity of entities) add(owner, entity);
  return new Map([...members].map(([owner, set]) => [owner, [...set].sort(compare)]));
}

function linkAllPairs(members: string[], link: (a: string, b: string) => void): void {
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) link(members[i]!, members[j]!);
}

/** A link whose relations carry no evidence (hand-made or older extractions): the reports naming both ends. */
function sharedReports(graph: EntityGraph, a: string, b: string): number[] {
  const other = new Set(graph.getNodeAttribute(b, 'reports'));
  return graph.getNodeAttribute(a, 'reports').filter((report) => other.has(report));
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function isNumber(value: number | undefined): value is number {
  return value !== undefined;
}

/** Code-unit order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const kindIndex = (kind: NodeKind): number => NODE_KINDS.indexOf(kind);
