import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, extractCorpusFiles, mergeResults } from '../../src/corpus/extractCorpus.ts';
import { ExtractionCache } from '../../src/corpus/extractionCache.ts';

// 1,000 short reports made of the Dongguan report's own sentences, three each, their numbers varied per report.
let dir: string;
let cacheDir: string;
const sentences = fs
  .readFileSync('data/reports/dongguan-2018.txt', 'utf8')
  .split(/(?<=。)/)
  .map((s) => s.trim())
  .filter((s) => s.length > 20 && /\d/.test(s));

function report(i: number): string {
  const body = [0, 1, 2].map((k) => sentences[(i * 3 + k) % sentences.length]!.replace(/\d+/g, (d) => String(Number(d) + i)));
  return `关于第${i}号巡视整改进展情况的通报\n\n${body.join('\n')}\n`;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cache-'));
  cacheDir = path.join(dir, 'cache');
  fs.mkdirSync(path.join(dir, 'reports'));
  for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, 'reports', `report-${String(i).padStart(4, '0')}.txt`), report(i));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the extraction cache', () => {
  it('extracts one file when one report is added to a corpus of 1,000, and gives the bytes of an uncached run', async () => {
    const reports = path.join(dir, 'reports');
    const first = new ExtractionCache(cacheDir, 'v1');
    const cold = await extractCorpusFiles([reports], { jobs: 1, cache: first });
    expect(cold).toHaveLength(1000);
    expect(cold.filter((r) => r.part)).toHaveLength(1000);
    expect([first.hits, first.misses]).toEqual([0, 1000]);

    fs.writeFileSync(path.join(reports, 'report-1000.txt'), report(1000));
    const second = new ExtractionCache(cacheDir, 'v1');
    const warm = mergeResults(await extractCorpusFiles([reports], { jobs: 1, cache: second }));
    expect([second.hits, second.misses]).toEqual([1000, 1]);
    expect(warm.reports).toHaveLength(1001);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(extractCorpus([reports])));
  });

  it('extracts a report again when its bytes change, and everything when the extractor changes', async () => {
    const reports = path.join(dir, 'reports');
    fs.appendFileSync(path.join(reports, 'report-0007.txt'), '东莞市大朗镇完成整改。\n');
    const edited = new ExtractionCache(cacheDir, 'v1');
    await extractCorpusFiles([reports], { jobs: 1, cache: edited });
    expect([edited.hits, edited.misses]).toEqual([1000, 1]);

    const small = path.join(reports, 'report-0001.txt');
    const next = new ExtractionCache(cacheDir, 'v2');
    await extractCorpusFiles([small], { jobs: 1, cache: next });
    expect([next.hits, next.misses]).toEqual([0, 1]);
    // The entries of the old extractor are gone: they could never be served again.
    expect(fs.readdirSync(cacheDir)).toEqual(['v2']);
  });

  it('extracts a report whose cached entry was torn (a killed run) instead of failing', async () => {
    const file = path.join(dir, 'reports', 'report-0002.txt');
    const cache = new ExtractionCache(cacheDir, 'v3');
    await extractCorpusFiles([file], { jobs: 1, cache });
    const entry = fs
      .readdirSync(path.join(cacheDir, 'v3'), { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.json'))!;
    fs.writeFileSync(path.join(cacheDir, 'v3', entry), '{"report":');
    const again = new ExtractionCache(cacheDir, 'v3');
    const [r] = await extractCorpusFiles([file], { jobs: 1, cache: again });
    expect(r!.part?.report.id).toBe('report-0002');
    expect(again.misses).toBe(1);
  });
});
