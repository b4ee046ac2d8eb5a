import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesOf, type Sample } from '../../src/bench/cpuProfile.ts';
import { firstUseCosts } from '../../src/bench/firstUseCosts.ts';
import { runPhases } from '../../src/bench/profilePhases.ts';
import type { TimingMark } from '../../src/util/timingMarks.ts';

const at = (stack: string[], ms = 1): Sample => ({ at: 0, us: ms * 1000, stack: [...stack].reverse(), files: stack.map(() => 'src/x.ts') });

describe("the first report's first-use costs", () => {
  // The first report builds the brands' table inside listedBrandNames and runs every recognizer slower (interpreted);
  // warm reports run the same recognizers, fast, and never build the table again.
  const first = [
    ...Array.from({ length: 7 }, () => at(['(root)', 'extractReport', 'findEntities', 'listedBrandNames', 'brands'])),
    ...Array.from({ length: 20 }, () => at(['(root)', 'extractReport', 'findEntities', 'placeLedBodies'])),
    at(['(root)', '(garbage collector)']),
  ];
  const warm = [
    at(['(root)', 'extractReport', 'findEntities', 'listedBrandNames']),
    at(['(root)', 'extractReport', 'findEntities', 'placeLedBodies']),
    at(['(root)', 'extractReport', 'findEntities', 'placeLedBodies']),
  ];

  it('names the table built once, not the stage that holds it nor code every report runs', () => {
    expect(firstUseCosts(first, warm, 2)).toEqual([{ name: 'brands src/x.ts', ms: 7, warmMs: 0 }]);
  });
});

describe('phases of a run from its timing marks', () => {
  const m = (name: string, ms: number, cpuMs: number, thread = 0): TimingMark => ({ thread, name, us: ms * 1000, cpuUs: cpuMs * 1000 });
  // A first report of 300 ms, then reports of 100, 60 and 40 ms.
  const marks = [
    m('process', 0, 0),
    m('command', 150, 140),
    m('report:0', 250, 240),
    m('report:1', 550, 530),
    m('report:2', 650, 620),
    m('report:3', 710, 680),
    m('reports done', 750, 720),
    m('merge', 750, 720),
    m('write', 800, 770),
    m('end', 900, 860),
    m('figures:0', 400, 200, 1),
    m('figures done', 600, 350, 1),
  ];

  it('splits the first report, the warm ones and the end, and the CPU of each thread', () => {
    const p = runPhases(marks, 1.5);
    const phase = (name: string) => p.phases.find((x) => x.name === name);
    expect(phase('the first report')).toEqual({ name: 'the first report', wallMs: 300, cpuMs: 290 });
    expect(phase('report 2')).toEqual({ name: 'report 2', wallMs: 100, cpuMs: 90 });
    expect(phase('reports 3–4 (warm)')).toEqual({ name: 'reports 3–4 (warm)', wallMs: 100, cpuMs: 100 });
    expect(phase('write extraction.json')!.wallMs).toBe(100);
    expect(p.windows.first).toEqual([250_000, 550_000]);
    expect(p.threads.map((t) => [t.name, t.cpuMs])).toEqual([
      ["the command's thread", 860],
      ['worker thread 1 (figures ahead)', 350],
      ["V8's and libuv's helper threads (the rest)", 290],
      ['the process in all', 1500],
    ]);
  });
});

describe('a CPU profile of the bundle', () => {
  it("names each function by the source file esbuild's comment puts it under", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-kg-bundles-'));
    const bundle = path.join(root, 'extract.cjs');
    fs.writeFileSync(
      bundle,
      [
        '"use strict";',
        '// src/entities/segment.ts',
        'function segmenter() {}',
        '// src/figures/findFigures.ts',
        'function findFigures2() {}',
      ].join('\n'),
    );
    const frame = (id: number, functionName: string, lineNumber: number, children?: number[]) => ({
      id,
      callFrame: { functionName, url: `file://${bundle}`, lineNumber },
      children,
    });
    const samples = samplesOf({
      nodes: [{ id: 1, callFrame: { functionName: '(root)' }, children: [2] }, frame(2, 'findFigures2', 4, [3]), frame(3, 'segmenter', 2)],
      startTime: 1000,
      samples: [3, 2],
      timeDeltas: [5, 7],
    });
    expect(samples).toEqual([
      {
        at: 1005,
        us: 5,
        stack: ['segmenter', 'findFigures2', '(root)'],
        files: ['src/entities/segment.ts', 'src/figures/findFigures.ts', '(root)'],
      },
      { at: 1012, us: 7, stack: ['findFigures2', '(root)'], files: ['src/figures/findFigures.ts', '(root)'] },
    ]);
  });
});
