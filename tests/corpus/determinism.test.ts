import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, extractCorpusAsync } from '../../src/corpus/extractCorpus.ts';

// A small corpus: the full Dongguan report, an excerpt of it, a follow-up we wrote and its traditional-script twin,
// a second copy under another name, a copy with the same name (so the same id) in a subfolder, and a file that is not a report.
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-determinism-'));
  const fixtures = path.resolve('tests/fixtures/corpus');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(dir, 'dongguan-2018.txt'));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(dir, 'dongguan-2018-copy.txt'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(dir, 'sub', 'dongguan-2018.txt'));
  fs.writeFileSync(path.join(dir, 'garbage.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
});
afterAll(() => {
  for (const d of [dir, `${dir}-out1`, `${dir}-out2`]) fs.rmSync(d, { recursive: true, force: true });
});

describe('determinism', () => {
  it('two extractions of the same input give byte-identical extraction.json', () => {
    const first = JSON.stringify(extractCorpus([dir]));
    const second = JSON.stringify(extractCorpus([dir]));
    expect(second).toBe(first);
    expect(JSON.parse(first).reports.length).toBeGreaterThanOrEqual(4);
  });

  it('worker threads give the same bytes as one thread, whatever order files finish in', async () => {
    const one = JSON.stringify(extractCorpus([dir]));
    const two = JSON.stringify(await extractCorpusAsync([dir], { jobs: 2 }));
    const three = JSON.stringify(await extractCorpusAsync([dir], { jobs: 3 }));
    expect(two).toBe(one);
    expect(three).toBe(one);
  });

  it('the extract command writes byte-identical files on two runs and names every skipped file on stderr', () => {
    // Beside the corpus, not in it: a second run would list the first one's extraction.json as a file it did not read.
    // The first run through tsx, the second as `npm run extract` runs it: from the bundle, its worker threads included.
    const outs = [`${dir}-out1`, `${dir}-out2`];
    const runs = outs.map((out, i) =>
      spawnSync(
        process.execPath,
        [...(i === 0 ? ['--import', 'tsx'] : ['scripts/bundled.mjs']), 'scripts/extract.ts', '--out', out, '--jobs', '2', dir],
        { encoding: 'utf8' },
      ),
    );
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    const [a, b] = outs.map((o) => fs.readFileSync(path.join(o, 'extraction.json')));
    expect(a.equals(b)).toBe(true);
    const lines = runs[0].stderr.trim().split('\n');
    const dup = path.join(dir, 'sub', 'dongguan-2018.txt');
    expect(lines).toContain(`skipped ${dup}: duplicate report id "dongguan-2018" (already used by ${path.join(dir, 'dongguan-2018.txt')})`);
    const skippedLines = lines.filter((l) => l.startsWith('skipped '));
    const extraction = JSON.parse(a.toString());
    expect(skippedLines).toHaveLength(extraction.skipped.length);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^extracted ${extraction.reports.length} report\\(s\\), skipped ${extraction.skipped.length}\\b`),
    );
    expect(runs[0].stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--strict makes a skipped file fatal and writes nothing', () => {
    const out = path.join(dir, 'out-strict');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--strict', '--out', out, dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--strict/);
    expect(fs.existsSync(path.join(out, 'extraction.json'))).toBe(false);
  });
});
