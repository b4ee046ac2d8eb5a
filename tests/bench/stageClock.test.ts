import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { clockedSource } from '../../src/bench/clockBundle.ts';
import { formatStageClock } from '../../src/bench/formatStageClock.ts';
import type { ClockDump, ClockTotals } from '../../src/bench/stageClock.ts';

// A module as the clocked bundle loads it (src/bench/clockBundle.ts), run with a clock that writes down its calls.
async function runClocked(source: string) {
  const js = (await transform(clockedSource(source, 'src/x.ts', 'CLOCK'), { loader: 'ts', format: 'cjs' })).code;
  const calls: string[] = [];
  const clock = {
    clockId: (name: string) => name,
    clockEnter: (id: string) => calls.push(`> ${id}`),
    clockExit: (id: string) => calls.push(`< ${id}`),
  };
  const module = { exports: {} as Record<string, (...a: unknown[]) => unknown> };
  new Function('require', 'module', 'exports', js)((m: string) => (m === 'CLOCK' ? clock : undefined), module, module.exports);
  return { exports: module.exports, calls };
}

describe('clockedSource', () => {
  it('clocks every top-level function, exported or not, and each returns what it did', async () => {
    const { exports, calls } = await runClocked(
      'export function twice(x: number): number { return half(x) * 4; }\nfunction half(x: number) { return x / 2; }\n',
    );
    expect(exports.twice!(3)).toBe(6);
    expect(calls).toEqual(['> twice', '> half', '< half', '< twice']);
  });

  it('clocks a function the module calls at its top level, before its end, and one that throws', async () => {
    const { exports, calls } = await runClocked(
      'const TABLE = build();\nfunction build() { return [1, 2]; }\nexport function fail(): never { throw new Error("no"); }\nexport const table = () => TABLE;\n',
    );
    expect(exports.table!()).toEqual([1, 2]);
    expect(() => exports.fail!()).toThrow('no');
    expect(calls).toEqual(['> build', '< build', '> fail', '< fail']);
  });

  it('leaves the functions asked alone', async () => {
    const { exports, calls } = await runClocked('export function often(x: number) { return x + 1; }\n');
    expect(exports.often!(1)).toBe(2);
    expect(calls).toEqual(['> often', '< often']);
    expect(clockedSource('export function often(x) { return x; }\n', 'src/x.ts', 'CLOCK', new Set(['src/x.ts:often']))).toBe(
      'export function often(x) { return x; }\n',
    );
  });
});

describe('formatStageClock', () => {
  it('gives a stage and each recognizer it calls their ms a report and share of the report', () => {
    const warm: ClockTotals = {
      reports: 2,
      functions: [
        ['extractReport', 'src/corpus/extractReport.ts', 2, 20, 2],
        ['findOrganizations', 'src/entities/organizations/findOrganizations.ts', 2, 18, 4],
        ['placeLedBodies', 'src/entities/organizations/placeLedBodies.ts', 2, 14, 14],
      ],
      edges: [
        ['', 'extractReport', 2, 20],
        ['extractReport', 'findOrganizations', 2, 18],
        ['findOrganizations', 'placeLedBodies', 2, 14],
      ],
    };
    const dump: ClockDump = { cold: { reports: 8, functions: [], edges: [] }, warm, callCostMs: 0.0001 };
    const text = formatStageClock([dump], 5);
    expect(text).toMatch(/^ +10\.00 100\.0% +1\.0 {2}extractReport$/m);
    expect(text).toMatch(/^ +9\.00 +90\.0% +1\.0 {6}findOrganizations$/m);
    expect(text).toMatch(/^ +7\.00 +70\.0% +1\.0 {6}placeLedBodies$/m);
    expect(text).toMatch(/^ +2\.00 +20\.0% +1\.0 {6}\(self\)$/m);
  });
});
