import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from '../../src/cli/progress.ts';
import { extractCorpusAsync, autoJobs, PARALLEL_MIN_BYTES, PARALLEL_MIN_BYTES_TSX } from '../../src/corpus/extractCorpus.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}
const step = (done: number, total = 200) => ({
  done,
  total,
  file: `f${done}.txt`,
  doneBytes: done * 1024 * 1024,
  totalBytes: total * 1024 * 1024,
});

describe('progress of a long extraction', () => {
  it('says files done, rate and time left', () => {
    expect(progressLine(step(50), 10_000)).toBe('extract: 50/200 files (25%), 50.0 MB, 5.00 MB/s, 30s left');
    expect(formatDuration(3725)).toBe('1h02m');
    expect(formatDuration(NaN)).toBe('?');
  });

  it('prints plain lines now and then when stderr is not a terminal (CI logs)', () => {
    let now = 0;
    const { stream, writes } = fakeStream(false);
    const p = createProgress({ stream, everyFiles: 50, everyMs: 10_000, now: () => now });
    for (let i = 1; i <= 200; i++) {
      now += 10;
      p.update(step(i));
    }
    p.end();
    expect(writes).toHaveLength(4);
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes[3]).toMatch(/^extract: 200\/200 files \(100%\)/);
  });

  it('rewrites one live line on a terminal and ends it with a newline', () => {
    let now = 0;
    const { stream, writes } = fakeStream(true);
    const p = createProgress({ stream, now: () => now });
    for (let i = 1; i <= 200; i++) {
      now += 50;
      p.update(step(i));
    }
    p.end();
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.slice(0, -1).every((w) => w.startsWith('\r\x1b[2K'))).toBe(true);
    expect(writes.at(-1)).toBe('\n');
  });

  it('stays quiet for a handful of files', () => {
    const { stream, writes } = fakeStream(false);
    const p = createProgress({ stream });
    for (let i = 1; i <= 3; i++) p.update(step(i, 3));
    expect(writes).toEqual([]);
  });
});

describe('worker threads', () => {
  it('are used only when the corpus is big enough to pay for their start-up', () => {
    expect(autoJobs([1000, 1000], 8)).toBe(1);
    expect(autoJobs(new Array(10).fill(PARALLEL_MIN_BYTES), 8)).toBe(8);
    expect(autoJobs(new Array(10).fill(PARALLEL_MIN_BYTES), 1)).toBe(1);
  });

  it('pay from 2 MB when they start from the bundle (npm run extract), from 8 MB through tsx (the site build)', () => {
    // 40 copies of the default report: 2.4 MB in 40 files.
    const copies = new Array(40).fill(60_000);
    expect(autoJobs(copies, 2, PARALLEL_MIN_BYTES)).toBe(2);
    expect(autoJobs(copies, 2, PARALLEL_MIN_BYTES_TSX)).toBe(1);
    // Here (vitest) nothing runs from the bundle: the tsx threshold holds.
    expect(autoJobs(copies, 2)).toBe(1);
    expect(autoJobs(new Array(8).fill(PARALLEL_MIN_BYTES_TSX / 8), 2)).toBe(2);
  });

  it('skip a file that runs past the time limit, with a reason, and go on with the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-timeout-'));
    try {
      for (const f of ['a', 'b', 'c']) fs.copyFileSync('tests/fixtures/corpus/town-followup.txt', path.join(dir, `${f}.txt`));
      // 1 ms: no thread can even start in that time, so every file times out and every thread is replaced.
      const x = await extractCorpusAsync([dir], { jobs: 2, fileTimeoutMs: 1 });
      expect(x.reports).toEqual([]);
      expect(x.skipped.map((s) => path.basename(s.path))).toEqual(['a.txt', 'b.txt', 'c.txt']);
      for (const s of x.skipped) expect(s.reason).toBe('extraction took longer than 0.001s');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
