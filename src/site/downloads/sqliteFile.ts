// dist/downloads/corpus.sqlite: every table of the extraction in one SQLite file, with foreign keys and FTS5 full-text
// indexes, so that Datasette, DB Browser for SQLite or pandas open the corpus in one step. Written with node-sqlite3-wasm
// (SQLite compiled to WebAssembly: nothing to compile or download at install, unlike better-sqlite3's prebuilt binaries).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Extraction, Span } from '../../types.ts';

// The package is CommonJS; its Database writes a real file through Node's fs.
import { extractionAnchors } from '../data/anchors.ts';
import { legacyAnchor, paths } from '../paths.ts';
import { caseColumns, cellsOf, figureColumns, type Cell } from './recordColumns.ts';
const require = createRequire(import.meta.url);
const { Database } = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

type Value = string | number | null;

// The full-text indexes use the trigram tokenizer: Chinese has no spaces between words, so a query of three or more
// characters matches anywhere (MATCH '国内生产总值'); shorter ones go through LIKE.
// Each table's columns with their types and keys; the CREATE statements and the inserts are both made from these.
const TABLES: Record<string, string[]> = {
  reports: [
    'id TEXT PRIMARY KEY',
    'file TEXT',
    'title TEXT',
    'date TEXT',
    'issuer TEXT',
    'source TEXT',
    'encoding TEXT',
    'text TEXT NOT NULL',
  ],
  sentences: [
    'id TEXT PRIMARY KEY',
    'report TEXT NOT NULL REFERENCES reports(id)',
    'paragraph TEXT',
    'section TEXT',
    'start INTEGER NOT NULL',
    '"end" INTEGER NOT NULL',
    'text TEXT NOT NULL',
    'page TEXT',
  ],
  entities: [
    'id TEXT PRIMARY KEY',
    'type TEXT NOT NULL',
    'name TEXT NOT NULL',
    'aliases TEXT',
    'place_code TEXT',
    'place_level TEXT',
    'place_path TEXT',
  ],
  mentions: [
    'entity TEXT NOT NULL REFERENCES entities(id)',
    'report TEXT NOT NULL REFERENCES reports(id)',
    'sentence TEXT REFERENCES sentences(id)',
    'start INTEGER NOT NULL',
    '"end" INTEGER NOT NULL',
    'surface TEXT',
  ],
  figures: [
    'id TEXT PRIMARY KEY',
    'report TEXT NOT NULL REFERENCES reports(id)',
    'sentence TEXT REFERENCES sentences(id)',
    'section TEXT',
    'measure TEXT',
    'text TEXT',
    'value REAL',
    'unit TEXT',
    'normalized_value REAL',
    'base_unit TEXT',
    'change TEXT',
    'approximate INTEGER',
    'start INTEGER NOT NULL',
    '"end" INTEGER NOT NULL',
    'context TEXT',
    'indicator TEXT NOT NULL',
    'indicator_text TEXT',
    'period TEXT',
    'status TEXT NOT NULL',
    'page TEXT',
  ],
  figure_entities: [
    'figure TEXT NOT NULL REFERENCES figures(id)',
    'entity TEXT NOT NULL REFERENCES entities(id)',
    'PRIMARY KEY (figure, entity)',
  ],
  cases: [
    'id TEXT PRIMARY KEY',
    'report TEXT NOT NULL REFERENCES reports(id)',
    'kinds TEXT',
    'summary TEXT',
    'section TEXT',
    'measure TEXT',
    'start INTEGER NOT NULL',
    '"end" INTEGER NOT NULL',
    'page TEXT',
  ],
  case_entities: [
    'case_id TEXT NOT NULL REFERENCES cases(id)',
    'entity TEXT NOT NULL REFERENCES entities(id)',
    'PRIMARY KEY (case_id, entity)',
  ],
  case_figures: [
    'case_id TEXT NOT NULL REFERENCES cases(id)',
    'figure TEXT NOT NULL REFERENCES figures(id)',
    'PRIMARY KEY (case_id, figure)',
  ],
  relations: ['source TEXT NOT NULL', 'target TEXT NOT NULL', 'type TEXT NOT NULL', 'weight INTEGER', 'evidence TEXT'],
};

/** A table's column names, in order (its definitions without types, keys and quotes). */
function columnsOf(table: string): string[] {
  return TABLES[table]!.filter((d) => !d.startsWith('PRIMARY KEY')).map((d) => d.split(' ')[0]!.replace(/"/g, ''));
}

const SCHEMA = [
  'PRAGMA foreign_keys = ON;',
  ...Object.entries(TABLES).map(([table, columns]) => `CREATE TABLE ${table} (${columns.join(', ')});`),
].join('\n');

const INDEXES = `
CREATE INDEX sentences_report ON sentences(report);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_report ON mentions(report);
CREATE INDEX figures_report ON figures(report);
CREATE INDEX figures_indicator ON figures(indicator, period);
CREATE INDEX cases_report ON cases(report);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', tokenize='trigram');
INSERT INTO sentences_fts(rowid, text) SELECT rowid, text FROM sentences;
CREATE VIRTUAL TABLE figures_fts USING fts5(indicator, context, content='figures', tokenize='trigram');
INSERT INTO figures_fts(rowid, indicator, context) SELECT rowid, indicator, context FROM figures;
CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases, content='entities', tokenize='trigram');
INSERT INTO entities_fts(rowid, name, aliases) SELECT rowid, name, aliases FROM entities;
CREATE VIRTUAL TABLE cases_fts USING fts5(summary, content='cases', tokenize='trigram');
INSERT INTO cases_fts(rowid, summary) SELECT rowid, summary FROM cases;
`;

// Every cell goes through this on insert: SQLite has no undefined and no boolean.
const v = (x: Cell): Value => (x === undefined ? null : typeof x === 'boolean' ? Number(x) : x);

/** The sentence of each offset of one report, by binary search over its sentences (in text order). */
function sentenceFinder(sentences: readonly (Span & { id: string })[]): (at: number) => string | null {
  return (at) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = sentences[lo];
    return s && s.start <= at ? s.id : null;
  };
}

/** Writes the extraction to a new SQLite file at `file` (replacing it). Rows go in the extraction's order. */
export function writeSqlite(extraction: Extraction, file: string): void {
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  try {
    db.exec(SCHEMA);
    db.exec('BEGIN');
    const insert = (table: string) => {
      const stmt = db.prepare(
        `INSERT INTO ${table} VALUES (${columnsOf(table)
          .map(() => '?')
          .join(', ')})`,
      );
      return { run: (row: Cell[]) => stmt.run(row.map(v)), done: () => stmt.finalize() };
    };
    const reports = insert('reports');
    const sentences = insert('sentences');
    // page: where the site shows the row, by its content anchor (base-relative), as figures.csv and cases.csv give it.
    const anchorOf = extractionAnchors(extraction);
    const anchor = (report: string, id: string) => anchorOf(report, id) ?? legacyAnchor(id);
    const sentenceOf = new Map<string, (at: number) => string | null>();
    for (const r of extraction.reports) {
      reports.run([r.id, r.file, r.title, r.date, r.issuer, r.source, r.encoding, r.text]);
      for (const s of r.sentences)
        sentences.run([
          s.id,
          r.id,
          s.paragraph,
          s.section,
          s.start,
          s.end,
          r.text.slice(s.start, s.end),
          paths.report(r.id, anchor(r.id, s.id)),
        ]);
      sentenceOf.set(r.id, sentenceFinder(r.sentences));
    }
    reports.done();
    sentences.done();

    const entities = insert('entities');
    const mentions = insert('mentions');
    for (const e of extraction.entities) {
      entities.run([e.id, e.type, e.name, e.aliases.join('|'), e.place?.code, e.place?.level, e.place?.path?.join('|')]);
      for (const m of e.mentions) mentions.run([e.id, m.report, sentenceOf.get(m.report)?.(m.start) ?? null, m.start, m.end, m.surface]);
    }
    entities.done();
    mentions.done();

    const figures = insert('figures');
    const figureEntities = insert('figure_entities');
    for (const f of extraction.figures) {
      figures.run(
        cellsOf(columnsOf('figures'), figureColumns(f, paths.figure(f.report, anchor(f.report, f.id))), { sentence: f.sentence }),
      );
      for (const e of new Set(f.entities)) figureEntities.run([f.id, e]);
    }
    figures.done();
    figureEntities.done();

    const cases = insert('cases');
    const caseEntities = insert('case_entities');
    const caseFigures = insert('case_figures');
    for (const c of extraction.cases) {
      cases.run(cellsOf(columnsOf('cases'), caseColumns(c, paths.case(c.report, anchor(c.report, c.id))), { kinds: c.kinds.join('|') }));
      for (const e of new Set(c.entities)) caseEntities.run([c.id, e]);
      for (const f of new Set(c.figures)) caseFigures.run([c.id, f]);
    }
    cases.done();
    caseEntities.done();
    caseFigures.done();

    const relations = insert('relations');
    for (const r of extraction.relations) {
      relations.run([r.source, r.target, r.type, r.weight, r.evidence.map((e) => `${e.report}:${e.start}-${e.end}`).join('|')]);
    }
    relations.done();
    db.exec('COMMIT');
    db.exec(INDEXES);
  } finally {
    db.close();
  }
  // SQLite creates its file readable by its owner only; a download must be readable by the web server too.
  fs.chmodSync(file, 0o644);
}
