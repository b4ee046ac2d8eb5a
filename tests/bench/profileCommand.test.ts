import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCommand } from '../../src/bench/extractCommand.ts';
import type { TimingMark } from '../../src/util/timingMarks.ts';

// `npm run profile` on three copies of the default report (data/reports: no ../shared needed), as a new user runs it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const kept = path.join(dir, 'kept');
const REPORT = 'data/reports/dongguan-2018.txt';

function profile(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/profile.ts', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('npm run profile', () => {
  const out = profile('--copies', '3', '--keep', kept);

  it("times the command's thread by phase, the first report apart from the warm ones, and CPU by thread", () => {
    for (const phase of [
      'node and the bundle, to the command',
      "before the first report (files listed, jieba's dictionaries, the first file read and cut)",
      'the first report',
      'reports 2–3 (warm)',
      'merge',
      'write extraction.json',
      "the command's thread",
      "V8's and libuv's helper threads (the rest)",
    ])
      expect(out).toContain(phase);
  });

  it('profiles the bundle npm run extract runs, its functions named by their source files', () => {
    // jieba's dictionaries load before the first report, and the gazetteer's index is read in it, once.
    expect(out).toMatch(/^ +[\d.]+ +segmenter src\/entities\/segment\.ts$/m);
    expect(out).toMatch(/^ +[\d.]+ +0\.00 +loadGazetteer src\/entities\/places\/gazetteer\.ts$/m);
    expect(out).toMatch(/^ +[\d.]+ +[\d.]+ +[\d.]+ +findEntities$/m);
    expect(out).toContain('cost per report by stage and recognizer (2 reports');
    const profiles = fs.readdirSync(path.join(kept, 'cpuprofile'));
    // node's own profiler on the command's thread: CPU.<date>.<time>.<pid>.0.<n>.cpuprofile, no loader thread's.
    expect(profiles.filter((f) => f.split('.')[4] === '0')).toHaveLength(1);
  });

  it("marks each report on the command's thread, and its output is byte for byte that of npm run extract", () => {
    const marks = fs
      .readFileSync(path.join(kept, 'marks.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TimingMark);
    expect(marks.filter((m) => m.thread === 0).map((m) => m.name)).toEqual([
      'process',
      'command',
      'report:0',
      'report:1',
      'report:2',
      'reports done',
      'merge',
      'write',
      'end',
    ]);
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    for (const n of ['001', '002', '003']) fs.copyFileSync(REPORT, path.join(corpus, `dongguan-2018-${n}.txt`));
    const plain = path.join(dir, 'plain');
    const r = spawnSync(process.execPath, [...bundledCommand('scripts/extract.ts'), '--jobs', '1', '--out', plain, corpus], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const json = (d: string) => fs.readFileSync(path.join(d, 'extraction.json'), 'utf8');
    // The profiled run's corpus sat in another folder: the same files, the same ids, the same extraction.
    expect(json(path.join(kept, 'out'))).toBe(json(plain));
  });

  it('on two threads, also reports the figures thread ahead', () => {
    const two = profile('--copies', '3', '--jobs', '2', '--no-cpu-prof');
    expect(two).toMatch(/worker thread \d+ \(figures ahead\)/);
    expect(two).not.toContain('cost per report by stage');
  });
});
