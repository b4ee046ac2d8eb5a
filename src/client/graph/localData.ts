// An entity page's local graph draws from that entity's own file (src/site/graph/localGraphData.ts), not the whole graph:
// a few kilobytes rather than 12.7 MB at 1,000 reports. Expanding or choosing a neighbour loads the neighbour's file
// and merges it in. The files are classic scripts, so they load from disk (file://) as over http.
import type { LocalGraphData } from '../../site/graph/localGraphData.ts';
import { paths } from '../../site/paths.ts';
import { ENTITY_TYPES, type EntityType } from '../../types.ts';
import { loadScript } from '../search/siteRoot.ts';
import { decodeGraph, type GraphModel } from './graphModel.ts';

declare global {
  interface Window {
    __KG_LOCAL__?: Record<string, LocalGraphData>;
  }
}

async function loadData(root: URL, type: EntityType, id: string): Promise<LocalGraphData> {
  await loadScript(new URL(paths.entityGraph(type, id), root).href);
  const data = window.__KG_LOCAL__?.[id];
  if (!data) throw new Error(`no graph data for ${id}`);
  return data;
}

/** A local graph's model: the focus's file, growing as neighbours' files are loaded (`more`). */
export class LocalModel {
  /** Nodes whose file is loaded or loading: a second call waits for the same load. */
  private readonly loads = new Map<string, Promise<boolean>>();

  private constructor(
    readonly model: GraphModel,
    private readonly root: URL,
  ) {}

  static async load(root: URL, type: EntityType, id: string): Promise<LocalModel> {
    const data = await loadData(root, type, id);
    const local = new LocalModel({ ...decodeGraph(data), linkedEntities: new Map([[data.focus, data.k]]) }, root);
    local.loads.set(id, Promise.resolve(false));
    return local;
  }

  /** Loads a node's own file into the model (once); true when this call merged it in. */
  async more(node: string): Promise<boolean> {
    const pending = this.loads.get(node);
    if (pending) return pending.then(() => false);
    if (!this.model.graph.hasNode(node)) return false;
    const kind = this.model.graph.getNodeAttribute(node, 'kind');
    if (!(ENTITY_TYPES as readonly string[]).includes(kind)) return false;
    const load = loadData(this.root, kind as EntityType, node).then(
      (data) => {
        mergeInto(this.model, data);
        return true;
      },
      () => false,
    );
    this.loads.set(node, load);
    return load;
  }
}

/**
 * Adds what `data` holds and the model does not: nodes, links, the focus's reports and statements (a node is listed
 * without them in other entities' files). Report indices are those of the model, extended with the data's new reports.
 */
export function mergeInto(model: GraphModel, data: LocalGraphData): void {
  const part = decodeGraph(data);
  const reportIndex = new Map(model.reports.map((r, i) => [r.id, i]));
  const remap = part.reports.map((r) => {
    let i = reportIndex.get(r.id);
    if (i === undefined) reportIndex.set(r.id, (i = model.reports.push(r) - 1));
    return i;
  });
  const graph = model.graph;
  part.graph.forEachNode((node, attr) => {
    const reports = attr.reports.map((r) => remap[r]!);
    if (!graph.hasNode(node)) graph.addNode(node, { ...attr, reports });
    else if (node === data.focus) graph.mergeNodeAttributes(node, { reports, reportCount: attr.reportCount });
  });
  part.graph.forEachEdge((_, attr, source, target) => {
    const reports = attr.reports.map((r) => remap[r]!);
    if (!graph.hasEdge(source, target)) graph.addEdge(source, target, { ...attr, reports });
    else if (attr.facts && !graph.getEdgeAttribute(source, target, 'facts')) graph.setEdgeAttribute(source, target, 'facts', attr.facts);
  });
  model.maxWeight = Math.max(model.maxWeight, part.maxWeight);
  model.linkedEntities?.set(data.focus, data.k);
}
