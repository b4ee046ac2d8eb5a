// dist/downloads/: the extraction as JSON, CSV tables (csv-stringify) and the entity graph as GEXF (graphology-gexf).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Extraction } from '../../types.ts';
import { DOWNLOADS, SERIES_DIR } from './files.ts';
import { writeSqlite } from './sqliteFile.ts';
import { writeExtraction } from '../../cli/writeExtraction.ts';
import { hasPage, indicatorSeries, indicatorSlug, type IndicatorSeries } from '../indicators/indicatorSeries.ts';
import { neutralizeFormula } from './neutralizeFormula.ts';
import type { CompactGraph } from '../graph/compactGraph.ts';
import { entityGexf } from './gexf.ts';
import { RELATION_HEADER, relationRows } from './relationRows.ts';
import { t } from '../../i18n/zh.ts';
import { extractionAnchors } from '../data/anchors.ts';
import { legacyAnchor, paths } from '../paths.ts';
import { caseColumns, cellsOf, figureColumns, type Cell } from './recordColumns.ts';
import { CSV_COLUMNS } from './columns.ts';

type Row = Cell[];

// Headers in the order of the column dictionary the data page shows, so a column is named and described in one place.
const FIGURES_HEADER = Object.keys(CSV_COLUMNS['figures.csv']!);
const CASES_HEADER = Object.keys(CSV_COLUMNS['cases.csv']!);

function csv(header: string[], rows: Row[]): string {
  // A BOM so that spreadsheet programs open the Chinese text as UTF-8; text cells that would run as formulas neutralized.
  return '\ufeff' + stringify([header, ...rows], { cast: { string: neutralizeFormula } });
}

/** The text of each figure's sentence, by figure id. */
function figureSentences(extraction: Extraction): Map<string, string> {
  const sentenceText = new Map<string, string>();
  for (const r of extraction.reports) for (const s of r.sentences) sentenceText.set(s.id, r.text.slice(s.start, s.end));
  return new Map(extraction.figures.map((f) => [f.id, f.sentence ? (sentenceText.get(f.sentence) ?? '') : f.context]));
}

const SERIES_HEADER = [
  'indicator',
  'period',
  'status',
  'value',
  'unit',
  'normalized_value',
  'base_unit',
  'change',
  'approximate',
  'report',
  'report_title',
  'figure',
  'sentence',
];

function seriesRows(series: IndicatorSeries, reportTitle: Map<string, string>, sentenceOf: Map<string, string>): Row[] {
  return series.figures.map((f) =>
    cellsOf(SERIES_HEADER, figureColumns(f, ''), { report_title: reportTitle.get(f.report), figure: f.id, sentence: sentenceOf.get(f.id) }),
  );
}

/** One CSV per indicator with a page (series/<slug>.csv): its figures by period and report, targets and outcomes marked. */
export function seriesFiles(extraction: Extraction): Map<string, string> {
  const reportTitle = new Map(extraction.reports.map((r) => [r.id, r.title]));
  const sentenceOf = figureSentences(extraction);
  const out = new Map<string, string>();
  for (const s of indicatorSeries(
    extraction.figures,
    extraction.reports.map((r) => r.id),
  )) {
    if (hasPage(s, extraction.reports.length))
      out.set(`${indicatorSlug(s.key)}.csv`, csv(SERIES_HEADER, seriesRows(s, reportTitle, sentenceOf)));
  }
  return out;
}

/** Every download's content but the SQLite file; `graph` (the site's graph data) gives the GEXF its build-time positions. */
export function downloadContents(
  extraction: Extraction,
  graph?: CompactGraph,
): Record<Exclude<(typeof DOWNLOADS)[number]['file'], 'corpus.sqlite'>, string> {
  const sentenceOf = figureSentences(extraction);
  const anchorOf = extractionAnchors(extraction);
  const series = indicatorSeries(
    extraction.figures,
    extraction.reports.map((r) => r.id),
  );
  const reportTitle = new Map(extraction.reports.map((r) => [r.id, r.title]));
  const reportText = new Map(extraction.reports.map((r) => [r.id, r.text]));
  // Each file is made when read (a getter), so that writeDownloads holds one file's text at a time, not all of them.
  return lazily({
    'extraction.json': () => JSON.stringify(extraction),
    'entities.csv': () =>
      csv(
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
    'mentions.csv': () =>
      csv(
        ['entity_id', 'entity_name', 'report', 'start', 'end', 'surface'],
        extraction.entities.flatMap((e) =>
          e.mentions.map((m) => [e.id, e.name, m.report, m.start, m.end, m.surface ?? reportText.get(m.report)?.slice(m.start, m.end)]),
        ),
      ),
    'figures.csv': () =>
      csv(
        FIGURES_HEADER,
        extraction.figures.map((f) =>
          cellsOf(FIGURES_HEADER, figureColumns(f, paths.figure(f.report, anchorOf(f.report, f.id) ?? legacyAnchor(f.id))), {
            entities: f.entities.join('|'),
            sentence: sentenceOf.get(f.id),
          }),
        ),
      ),
    'indicators.csv': () =>
      csv(
        ['indicator', 'reports', 'figures', 'targets', 'outcomes', 'changes', 'first_period', 'last_period', 'series_file'],
        series.map((s) => [
          s.key,
          s.reports.length,
          s.figures.length,
          s.byStatus.target,
          s.byStatus.outcome,
          s.byStatus.change,
          s.periods[0],
          s.periods[s.periods.length - 1],
          hasPage(s, extraction.reports.length) ? `${SERIES_DIR}/${indicatorSlug(s.key)}.csv` : '',
        ]),
      ),
    'relations.csv': () => csv(RELATION_HEADER, relationRows(extraction)),
    'cases.csv': () =>
      csv(
        CASES_HEADER,
        extraction.cases.map((c) =>
          cellsOf(CASES_HEADER, caseColumns(c, paths.case(c.report, anchorOf(c.report, c.id) ?? legacyAnchor(c.id))), {
            report_title: reportTitle.get(c.report),
            kinds: c.kinds.map((k) => t.caseKinds[k] ?? k).join('|'),
            entities: c.entities.join('|'),
            figures: c.figures.join('|'),
          }),
        ),
      ),
    'graph.gexf': () => entityGexf(extraction, graph),
  });
}

/** An object whose properties are computed on each read (enumerable, so Object.entries still lists them). */
function lazily<K extends string>(makers: Record<K, () => string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [key, make] of Object.entries(makers) as [K, () => string][]) Object.defineProperty(out, key, { get: make, enumerable: true });
  return out;
}

/** Writes every download into `dir` (created), returning the paths written. */
export function writeDownloads(extraction: Extraction, dir: string, graph?: CompactGraph): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const contents = downloadContents(extraction, graph);
  const written = DOWNLOADS.map(({ file }) => {
    const target = path.join(dir, file);
    if (file === 'corpus.sqlite') writeSqlite(extraction, target);
    // Written element by element: a large corpus's JSON does not fit in one string (V8 caps strings near 512 MB).
    else if (file === 'extraction.json') writeExtraction(dir, extraction);
    else fs.writeFileSync(target, contents[file]);
    return target;
  });
  const seriesDir = path.join(dir, SERIES_DIR);
  fs.rmSync(seriesDir, { recursive: true, force: true });
  fs.mkdirSync(seriesDir, { recursive: true });
  for (const [file, text] of seriesFiles(extraction)) {
    const target = path.join(seriesDir, file);
    fs.writeFileSync(target, text);
    written.push(target);
  }
  return written;
}
