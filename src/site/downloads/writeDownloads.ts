// dist/downloads/: the extraction as JSON, CSV tables (csv-stringify) and the entity graph as GEXF (graphology-gexf).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Extraction } from '../../types.ts';
import { DOWNLOADS } from './files.ts';

type Row = (string | number | boolean | null | undefined)[];

function csv(header: string[], rows: Row[]): string {
  // A BOM so that spreadsheet programs open the Chinese text as UTF-8.
  return '\ufeff' + stringify([header, ...rows]);
}

/** The entity graph: entities as nodes, entity–entity relations as weighted edges (one per pair and type). */
export function entityGraph(extraction: Extraction): Graph {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const e of extraction.entities) {
    if (graph.hasNode(e.id)) continue;
    graph.addNode(e.id, { label: e.name, type: e.type, mentions: e.mentions.length });
  }
  for (const r of extraction.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) continue;
    const key = `${r.type}|${r.source}|${r.target}`;
    if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w) => (w as number) + r.weight);
    else graph.addEdgeWithKey(key, r.source, r.target, { type: r.type, weight: r.weight, label: r.type });
  }
  return graph;
}

export function downloadContents(extraction: Extraction): Record<(typeof DOWNLOADS)[number]['file'], string> {
  const reportTitle = new Map(extraction.reports.map((r) => [r.id, r.title]));
  const entityName = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const reportText = new Map(extraction.reports.map((r) => [r.id, r.text]));
  return {
    'extraction.json': JSON.stringify(extraction, null, 1),
    'entities.csv': csv(
      ['id', 'type', 'name', 'aliases', 'mentions', 'reports', 'place_code', 'place_level', 'place_path'],
      extraction.entities.map((e) => [
        e.id,
        e.type,
        e.name,
        e.aliases.join('|'),
        e.mentions.length,
        [...new Set(e.mentions.map((m) => m.report))].join('|'),
        e.place?.code,
        e.place?.level,
        e.place?.path?.join('|'),
      ]),
    ),
    'mentions.csv': csv(
      ['entity_id', 'entity_name', 'report', 'start', 'end', 'surface'],
      extraction.entities.flatMap((e) =>
        e.mentions.map((m) => [e.id, e.name, m.report, m.start, m.end, m.surface ?? reportText.get(m.report)?.slice(m.start, m.end)]),
      ),
    ),
    'figures.csv': csv(
      ['id', 'report', 'section', 'measure', 'text', 'value', 'unit', 'normalized_value', 'base_unit', 'change', 'approximate', 'start', 'end', 'context', 'entities'],
      extraction.figures.map((f) => [
        f.id, f.report, f.section, f.measure, f.text, f.value, f.unit, f.normalizedValue, f.baseUnit, f.change, f.approximate, f.start, f.end, f.context,
        f.entities.join('|'),
      ]),
    ),
    'relations.csv': csv(
      ['source', 'source_name', 'target', 'target_name', 'type', 'weight', 'evidence'],
      extraction.relations.map((r) => [
        r.source, entityName.get(r.source), r.target, entityName.get(r.target), r.type, r.weight,
        r.evidence.map((e) => `${e.report}:${e.start}-${e.end}`).join('|'),
      ]),
    ),
    'cases.csv': csv(
      ['id', 'report', 'report_title', 'kinds', 'summary', 'section', 'measure', 'start', 'end', 'entities', 'figures'],
      extraction.cases.map((c) => [
        c.id, c.report, reportTitle.get(c.report), c.kinds.join('|'), c.summary, c.section, c.measure, c.start, c.end,
        c.entities.join('|'), c.figures.join('|'),
      ]),
    ),
    'graph.gexf': writeGexf(entityGraph(extraction), { pretty: true }),
  };
}

/** Writes every download into `dir` (created), returning the paths written. */
export function writeDownloads(extraction: Extraction, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const contents = downloadContents(extraction);
  return DOWNLOADS.map(({ file }) => {
    const target = path.join(dir, file);
    fs.writeFileSync(target, contents[file]);
    return target;
  });
}
