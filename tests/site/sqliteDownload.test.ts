import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSqlite } from '../../src/site/downloads/sqliteFile.ts';
import { downloadContents, seriesFiles } from '../../src/site/downloads/writeDownloads.ts';
import { siteExtraction } from '../fixtures/siteExtraction.ts';

const require = createRequire(import.meta.url);
const { Database } = require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sqlite-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('corpus.sqlite', () => {
  const extraction = siteExtraction();
  const file = path.join(dir, 'corpus.sqlite');
  writeSqlite(extraction, file);
  const db = new Database(file, { readOnly: true });
  afterAll(() => db.close());

  it('holds every table, row for row, with foreign keys that all resolve', () => {
    const count = (table: string) => (db.get(`SELECT count(*) AS n FROM ${table}`) as { n: number }).n;
    expect(count('reports')).toBe(extraction.reports.length);
    expect(count('sentences')).toBe(extraction.reports.reduce((n, r) => n + r.sentences.length, 0));
    expect(count('entities')).toBe(extraction.entities.length);
    expect(count('mentions')).toBe(extraction.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(count('figures')).toBe(extraction.figures.length);
    expect(count('cases')).toBe(extraction.cases.length);
    expect(count('relations')).toBe(extraction.relations.length);
    expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
    const fk = db.all('SELECT "table" FROM pragma_foreign_key_list(\'figures\')') as { table: string }[];
    expect(fk.map((r) => r.table).sort()).toEqual(['reports', 'sentences']);
  });

  it('keeps each figure with its indicator, period, status and sentence', () => {
    const row = db.get(
      "SELECT f.indicator, f.period, f.status, s.text FROM figures f JOIN sentences s ON s.id = f.sentence WHERE f.text = '201次'",
    ) as { indicator: string; period: string; status: string; text: string };
    expect(row).toEqual({ indicator: '实地督导', period: '2018', status: 'outcome', text: '截至目前,市领导已带头实地督导201次。' });
  });

  it("gives each sentence, figure and case the site's page for it, by content anchor", () => {
    const row = db.get(
      "SELECT f.page AS figure, s.page AS sentence FROM figures f JOIN sentences s ON s.id = f.sentence WHERE f.text = '201次'",
    ) as {
      figure: string;
      sentence: string;
    };
    expect(row.figure).toMatch(/^figures\/dongguan-2018\/#f-[0-9a-z]+$/);
    expect(row.sentence).toMatch(/^report\/dongguan-2018\/#s-[0-9a-z]+$/);
    const cases = db.all('SELECT page FROM cases') as { page: string }[];
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.page).toMatch(/^cases\/dongguan-2018\/#c-[0-9a-z]+(-\d+)?$/);
  });

  it('searches Chinese text through its full-text indexes (trigram: any three characters)', () => {
    const hits = db.all(
      "SELECT s.id FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid WHERE sentences_fts MATCH '实地督导'",
    );
    expect(hits).toHaveLength(1);
    const names = db.all("SELECT name FROM entities_fts WHERE entities_fts MATCH '公安局'") as { name: string }[];
    expect(names.map((r) => r.name)).toEqual(['东莞市公安局']);
  });

  it('stores the report text as data: markup stays a string', () => {
    const row = db.get("SELECT count(*) AS n FROM sentences WHERE text LIKE '%<script>alert(1)</script>%'") as { n: number };
    expect(row.n).toBe(1);
  });

  it('is the same file when written twice, and readable by a web server', () => {
    const again = path.join(dir, 'again.sqlite');
    writeSqlite(extraction, again);
    expect(fs.readFileSync(again).equals(fs.readFileSync(file))).toBe(true);
    expect(fs.statSync(again).mode & 0o044).toBe(0o044);
  });
});

describe('figures and indicator downloads', () => {
  const extraction = siteExtraction();
  it('adds indicator, period, status and the sentence to figures.csv, and lists indicators', () => {
    const files = downloadContents(extraction);
    const [header, first] = files['figures.csv'].replace(/^\ufeff/, '').split('\n');
    expect(header).toMatch(/,indicator,indicator_text,period,status,sentence_id,sentence,page$/);
    expect(first).toContain('单位和镇,单位和镇,2018,outcome,');
    // The figure's row in its report's table, by content anchor.
    expect(first).toMatch(/,figures\/dongguan-2018\/#f-[0-9a-z]+$/);
    expect(files['indicators.csv']).toContain('实地督导,1,1,0,1,0,2018,2018,');
  });
  it('writes one series file per indicator given twice in a one-report corpus', () => {
    const two = siteExtraction();
    two.figures = two.figures.map((f) => ({ ...f, indicator: '镇' }));
    const series = seriesFiles(two);
    expect([...series.keys()]).toEqual([expect.stringMatching(/^zhen-[0-9a-f]{4}\.csv$/)]);
    const text = [...series.values()][0]!;
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(1 + two.figures.length);
    expect(lines[0]).toBe(
      'indicator,period,status,value,unit,normalized_value,base_unit,change,approximate,report,report_title,figure,sentence',
    );
  });
});
