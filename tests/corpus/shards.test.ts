import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/runExtract.ts';
import { runMerge } from '../../src/cli/runMerge.ts';
import { inShard, parseShard } from '../../src/corpus/shard.ts';
import { assignReportIds } from '../../src/corpus/assignReportIds.ts';

// The determinism corpus (the Dongguan report, an excerpt, a follow-up and its traditional twin, a file that is not a
// report) plus the same file name in two folders with different text, and a byte-for-byte copy.
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-shards-'));
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(path.join(corpus, '广东'), { recursive: true });
  fs.mkdirSync(path.join(corpus, '湖南'), { recursive: true });
  fs.mkdirSync(path.join(corpus, 'copy'), { recursive: true });
  const fixtures = path.resolve('tests/fixtures/corpus');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(corpus, f));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(corpus, 'dongguan-2018.txt'));
  fs.copyFileSync('data/reports/dongguan-2018.txt', path.join(corpus, 'copy', 'dongguan-2018.txt'));
  fs.copyFileSync(path.join(fixtures, 'town-followup.txt'), path.join(corpus, '广东', '2020年通报.txt'));
  fs.copyFileSync(path.join(fixtures, 'dongguan-excerpt.txt'), path.join(corpus, '湖南', '2020年通报.txt'));
  fs.writeFileSync(path.join(corpus, 'garbage.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x4e, 0x47]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('shards', () => {
  it('merges two (and three) shards into the bytes of a single run over the whole corpus', async () => {
    const corpus = path.join(dir, 'corpus');
    const whole = path.join(dir, 'whole');
    await runExtract({ inputs: [corpus], out: whole, quiet: true, jobs: 1 });
    const expected = fs.readFileSync(path.join(whole, 'extraction.json'));
    for (const count of [2, 3]) {
      const shards = Array.from({ length: count }, (_, i) => path.join(dir, `shard-${count}-${i + 1}`));
      for (const [i, out] of shards.entries())
        await runExtract({ inputs: [corpus], out, quiet: true, jobs: 1, shard: { index: i + 1, count } });
      const sizes = shards.map((s) => JSON.parse(fs.readFileSync(path.join(s, 'extraction.json'), 'utf8')).reports.length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(JSON.parse(expected.toString()).reports.length);
      const merged = path.join(dir, `merged-${count}`);
      await runMerge({ shardDirs: [...shards].reverse(), out: merged, quiet: true });
      expect(fs.readFileSync(path.join(merged, 'extraction.json')).equals(expected)).toBe(true);
    }
  });

  it('refuses a set of shards with one missing, naming it', async () => {
    await expect(
      runMerge({ shardDirs: [path.join(dir, 'shard-3-1'), path.join(dir, 'shard-3-3')], out: path.join(dir, 'bad'), quiet: true }),
    ).rejects.toThrow('missing shard(s) 2/3');
  });

  it('puts every report in exactly one shard, by its id, so a report keeps its shard when others are added', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `report-${i}`);
    const counts = [1, 2, 3, 4].map((index) => ids.filter((id) => inShard(id, { index, count: 4 })).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
    for (const c of counts) expect(c).toBeGreaterThan(200);
    expect(() => parseShard('0/2')).toThrow(/counted from 1/);
    expect(parseShard('2/2')).toEqual({ index: 2, count: 2 });
  });

  it('runs from the command line: extract --shard, then merge', () => {
    const corpus = path.join(dir, 'corpus');
    const run = (script: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
    for (const i of [1, 2]) {
      const r = run('scripts/extract.ts', ['--out', path.join(dir, `cli-${i}`), '--shard', `${i}/2`, corpus]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`\\(shard ${i}/2\\)`));
    }
    const m = run('scripts/merge.ts', ['--out', path.join(dir, 'cli-merged'), path.join(dir, 'cli-1'), path.join(dir, 'cli-2')]);
    expect(m.status, m.stderr).toBe(0);
    const bad = run('scripts/merge.ts', ['--out', path.join(dir, 'cli-bad'), path.join(dir, 'cli-1')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('missing shard(s) 2/2');
  });
});

describe('report ids', () => {
  it('keeps both reports of one file name in two folders, under two ids, and a byte-for-byte copy as a duplicate', () => {
    const corpus = path.join(dir, 'corpus');
    const files = ['广东/2020年通报.txt', '湖南/2020年通报.txt', 'dongguan-2018.txt', 'copy/dongguan-2018.txt'].map((f) =>
      path.join(corpus, f),
    );
    const ids = assignReportIds(files);
    expect(ids.get(files[0]!)).toBe('2020-niantongbao');
    expect(ids.get(files[1]!)).toBe('2020-niantongbao-hunan');
    expect(ids.get(files[2]!)).toBe('dongguan-2018');
    expect(ids.get(files[3]!)).toBe('dongguan-2018');
    const whole = JSON.parse(fs.readFileSync(path.join(dir, 'whole', 'extraction.json'), 'utf8'));
    expect(whole.reports.map((r: { id: string }) => r.id)).toContain('2020-niantongbao-hunan');
    // The first path in code-unit order keeps the id (copy/ sorts before dongguan-2018.txt).
    expect(whole.skipped.map((s: { path: string }) => s.path)).toContain(files[2]);
  });
});
