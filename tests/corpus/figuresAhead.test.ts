import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAhead } from '../../src/corpus/extractAhead.ts';
import { extractFile, readFileAs } from '../../src/corpus/extractFile.ts';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { newWorker } from '../../src/corpus/extractInWorkers.ts';
import { FiguresAhead } from '../../src/corpus/figuresAhead.ts';
import { figuresOfFile } from '../../src/corpus/figuresOfFile.ts';

// Two threads on a small corpus: the figures of each report found on the other thread, the rest on this one. The
// corpus: the Dongguan report, the fixtures' reports (an excerpt, a follow-up and its traditional-script twin) and a file
// that is not a report.
let dir: string;
let files: { file: string; id: string; size: number }[];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-figures-ahead-'));
  const fixtures = path.resolve('tests/fixtures/corpus');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(dir, 'dongguan-2018.txt'));
  fs.writeFileSync(path.join(dir, 'garbage.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  files = fs
    .readdirSync(dir)
    .sort()
    .map((n, i) => ({ file: path.join(dir, n), id: `r${i}`, size: 1 }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Waits (a worker thread through tsx takes seconds to load) until the other thread has found file `index`'s figures.
async function until(figures: FiguresAhead, index: number): Promise<void> {
  for (let waited = 0; !figures.has(index); waited += 50) {
    if (waited > 60_000) throw new Error(`no figures for file ${index}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('figures found ahead on another thread', () => {
  it('a report given the figures found from its file alone is the report extracted whole', () => {
    const file = path.join(dir, 'dongguan-2018.txt');
    const given = extractReport(readFileAs(file, 'dg'), undefined, undefined, () => figuresOfFile(file, 'dg'));
    expect(given.figures.length).toBeGreaterThan(100);
    expect(JSON.stringify(given)).toBe(JSON.stringify(extractReport(readFileAs(file, 'dg'))));
  });

  it('takes every report’s figures, and the report read, normalized and structured, from the other thread once made there, and gives what one thread gives', async () => {
    const figures = new FiguresAhead(newWorker(), files);
    try {
      const reports = files.filter((f) => !f.file.endsWith('garbage.txt'));
      await until(figures, files.indexOf(reports.at(-1)!));
      const ahead = await extractAhead(files, undefined, figures);
      expect(figures.fromOtherThread).toBe(reports.length);
      expect(figures.preparedOnOtherThread).toBe(reports.length);
      expect(JSON.stringify(ahead)).toBe(JSON.stringify(files.map((f) => extractFile(f.file, f.id))));
    } finally {
      figures.close();
    }
  }, 90_000);

  it('the other thread takes up the files from the one it is given (the first is this thread’s alone)', async () => {
    const figures = new FiguresAhead(newWorker(), files, 1);
    try {
      await until(figures, files.length - 1);
      expect(figures.has(0)).toBe(false);
      expect(figures.prepared(0)).toBeUndefined();
      expect(figures.has(1)).toBe(true);
    } finally {
      figures.close();
    }
  }, 90_000);

  it('the other thread skips the files this one has passed', async () => {
    const figures = new FiguresAhead(newWorker(), files);
    try {
      // Passed before the other thread has loaded: it finds the figures of the last file only.
      figures.pass(files.length - 2);
      await until(figures, files.length - 1);
      for (let i = 0; i < files.length - 1; i++) expect(figures.has(i)).toBe(false);
    } finally {
      figures.close();
    }
  }, 90_000);
});
