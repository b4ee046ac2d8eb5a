import Graph from 'graphology';
import type { Extraction, Measure, Relation } from '../../types.ts';
import { EDGE_KIND, NODE_KINDS, type NodeKind } from './compactGraph.ts';

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

export interface EdgeAttributes {
  weight: number;
  kinds: number;
}

export type EntityGraph = Graph<NodeAttributes, EdgeAttributes>;

const ALIASES_SHOWN = 5;

/**
 * The extraction as an undirected graph: entities are nodes; an edge sums every reason two entities go together
 * (same sentence, a figure or a case about both, place inside place). Figures and cases are not nodes: they link
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
  const pending = new Map<string, EdgeAttributes & { source: string; target: string }>();
  const link = (a: string, b: string, weight: number, kind: number) => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return;
    const [source, target] = compare(a, b) <= 0 ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    const edge = pending.get(key);
    if (edge) {
      edge.weight += weight;
      edge.kinds |= kind;
    } else {
      pending.set(key, { source, target, weight, kinds: kind });
    }
  };

  const byType = groupRelations(extraction.relations);
  for (const relation of byType.get('co-occurs') ?? []) link(relation.source, relation.target, relation.weight || 1, EDGE_KIND.cooccurs);
  for (const relation of byType.get('located-in') ?? []) link(relation.source, relation.target, 1, EDGE_KIND.locatedIn);

  // A figure about several entities ties them together; figure.entities and figure-about relations say the same, either may be filled.
  const figureEntities = membersOf(byType.get('figure-about') ?? [], extraction.figures.map((f) => [f.id, f.entities]));
  for (const members of figureEntities.values()) linkAllPairs(members, (a, b) => link(a, b, 1, EDGE_KIND.figure));
  const caseEntities = membersOf(byType.get('case-about') ?? [], extraction.cases.map((c) => [c.id, c.entities]));
  for (const members of caseEntities.values()) linkAllPairs(members, (a, b) => link(a, b, 1, EDGE_KIND.case));
  for (const [, edge] of [...pending].sort((a, b) => compare(a[0], b[0]))) {
    graph.addEdge(edge.source, edge.target, { weight: edge.weight, kinds: edge.kinds });
  }

  addMeasureNodes(graph, extraction, byType.get('appears-in') ?? [], reportIndex);
  addReportNodes(graph, extraction);
  return graph;
}

function addMeasureNodes(
  graph: EntityGraph,
  extraction: Extraction,
  appearsIn: Relation[],
  reportIndex: Map<string, number>,
): void {
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
        graph.addEdge(entity, measure.id, { weight, kinds: EDGE_KIND.appearsIn });
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
  extraction.reports.forEach((report, index) => {
    const nodeId = `report:${report.id}`;
    if (graph.hasNode(nodeId)) return;
    const counts = countsByReport.get(report.id) ?? new Map<string, number>();
    graph.addNode(nodeId, {
      label: report.title,
      kind: 'report',
      mentions: counts.size,
      reports: [index],
      aliases: [],
      optional: true,
    });
    for (const [entity, weight] of [...counts].sort((a, b) => compare(a[0], b[0]))) {
      if (graph.hasNode(entity)) graph.addEdge(entity, nodeId, { weight, kinds: EDGE_KIND.inReport });
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
