import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Extraction } from '../../types.ts';
import { RELATION_KINDS } from '../../link/relations/relationKinds.ts';
import { NODE_KINDS, type CompactGraph } from '../graph/compactGraph.ts';
import { KIND_COLOURS } from '../../client/graph/colours.ts';
import { RELATION_COLOURS } from '../graph/relationColours.ts';

/**
 * The entity graph for Gephi: entities as nodes with the site's build-time positions, kind colours and sizes; one
 * edge per relation between two entities and kind, directed where the kind reads source → target (holds-post,
 * issues …) and undirected for co-occurs, with the kind's label, colour and weight. GEXF 1.3, whose viz namespace
 * Gephi reads.
 */
export function entityGexf(extraction: Extraction, layout?: CompactGraph): string {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  const at = new Map((layout?.n ?? []).map((n) => [n[0], [n[3], n[4]] as const]));
  for (const e of [...extraction.entities].sort((a, b) => cmp(a.id, b.id))) {
    if (graph.hasNode(e.id)) continue;
    const [x, y] = at.get(e.id) ?? [0, 0];
    graph.addNode(e.id, {
      label: e.name,
      type: e.type,
      mentions: e.mentions.length,
      x,
      y,
      size: Math.round(4 + 2 * Math.sqrt(e.mentions.length)),
      color: KIND_COLOURS[e.type as (typeof NODE_KINDS)[number]],
    });
  }
  for (const r of extraction.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) continue;
    const kind = RELATION_KINDS[r.type];
    const key = `${r.type}|${r.source}|${r.target}|${r.title ?? ''}`;
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttribute(key, 'weight', (w) => (w as number) + r.weight);
      continue;
    }
    const attributes = {
      type: r.type,
      label: r.title ? `${kind.label}:${r.former ? '原' : ''}${r.title}` : kind.label,
      weight: r.weight,
      color: RELATION_COLOURS[r.type],
    };
    if (kind.directed) graph.addDirectedEdgeWithKey(key, r.source, r.target, attributes);
    else graph.addUndirectedEdgeWithKey(key, r.source, r.target, attributes);
  }
  return writeGexf(graph, { pretty: true, version: '1.3' });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
