// The clock a clocked bundle of the extractor runs on (`npm run profile -- --clock`, src/bench/clockBundle.ts): every
// exported function of the stages' folders calls clockEnter and clockExit around itself there, and nowhere else — the
// bundle `npm run extract` runs has no wrapper and pays nothing for this module. Time is wall time on the thread
// (performance.now), which on one thread of an otherwise idle core is its CPU time, garbage collection included in the
// function that was running when it came. Per function: calls, inclusive time (outermost call only, when it calls itself)
// and self time (less the clocked functions it calls); per caller and callee, the callee's inclusive time. Written as JSON
// to the file CLOCK_ENV names when the process exits, for the reports before WARM_FROM and from it on apart (V8 tiers up
// over the first reports).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export const CLOCK_ENV = 'REPORT_KG_CLOCK';
/** The first report counted as warm (1-based), as `npm run profile` counts reports 9– as warm. */
export const WARM_FROM = 9;
/** The outermost function of a report: each return from it is one report done. */
export const REPORT_FUNCTION = 'extractReport';

export interface ClockTotals {
  reports: number;
  /** Per function: [name, file, calls, inclusive ms, self ms]. */
  functions: [string, string, number, number, number][];
  /** Per caller and callee: [caller, callee, calls, callee's inclusive ms]; the caller '' is no clocked function. */
  edges: [string, string, number, number][];
}

export interface ClockDump {
  /** Reports before WARM_FROM, and from it on. */
  cold: ClockTotals;
  warm: ClockTotals;
  /** ms a pair of clock calls costs on its own (measured at exit), to read the counts by. */
  callCostMs: number;
}

const names: string[] = [];
const files: string[] = [];
const ids = new Map<string, number>();

/** The id of a function named `name` in `file` (once per function, when its module loads). */
export function clockId(name: string, file: string): number {
  const key = `${file}\0${name}`;
  let id = ids.get(key);
  if (id === undefined) {
    id = names.length;
    ids.set(key, id);
    names.push(name);
    files.push(file);
  }
  return id;
}

interface Bucket {
  calls: number[];
  inclusive: number[];
  self: number[];
  edges: Map<number, [number, number]>;
  reports: number;
}
const bucket = (): Bucket => ({ calls: [], inclusive: [], self: [], edges: new Map(), reports: 0 });
const cold = bucket();
const warm = bucket();
let now = cold;
let reportsDone = 0;

// The call stack of clocked functions: ids, start times, and the clocked time of their callees so far.
const stackIds: number[] = [];
const stackStart: number[] = [];
const stackChildren: number[] = [];
const depth: number[] = [];
let reportId = -1;

export function clockEnter(id: number): number {
  stackIds.push(id);
  stackChildren.push(0);
  depth[id] = (depth[id] ?? 0) + 1;
  const t = performance.now();
  stackStart.push(t);
  return t;
}

export function clockExit(id: number): void {
  const t = performance.now();
  const start = stackStart.pop()!;
  const children = stackChildren.pop()!;
  stackIds.pop();
  const elapsed = t - start;
  const b = now;
  b.calls[id] = (b.calls[id] ?? 0) + 1;
  b.self[id] = (b.self[id] ?? 0) + elapsed - children;
  const d = --depth[id]!;
  if (d === 0) b.inclusive[id] = (b.inclusive[id] ?? 0) + elapsed;
  const caller = stackIds.length ? stackIds[stackIds.length - 1]! : -1;
  if (stackChildren.length) stackChildren[stackChildren.length - 1]! += elapsed;
  if (caller !== id) {
    const key = (caller + 1) * 65536 + id;
    const e = b.edges.get(key);
    if (e) {
      e[0]++;
      if (d === 0) e[1] += elapsed;
    } else b.edges.set(key, [1, d === 0 ? elapsed : 0]);
  }
  if (reportId < 0 && names[id] === REPORT_FUNCTION) reportId = id;
  if (id === reportId && d === 0) {
    b.reports++;
    if (++reportsDone === WARM_FROM - 1) now = warm;
  }
}

/** Each function's name, with its file's where another module has a function of that name (inside@orgHit). */
function labels(): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.map((n, i) => (count.get(n)! > 1 ? `${n}@${files[i]!.replace(/^.*\//, '').replace(/\.ts$/, '')}` : n));
}

function totals(b: Bucket): ClockTotals {
  const label = labels();
  const functions: ClockTotals['functions'] = [];
  for (let i = 0; i < names.length; i++)
    if (b.calls[i]) functions.push([label[i]!, files[i]!, b.calls[i]!, b.inclusive[i] ?? 0, b.self[i] ?? 0]);
  const edges: ClockTotals['edges'] = [];
  for (const [key, [calls, ms]] of b.edges) {
    const caller = Math.floor(key / 65536) - 1;
    edges.push([caller < 0 ? '' : label[caller]!, label[key % 65536]!, calls, ms]);
  }
  return { reports: b.reports, functions, edges };
}

/** What a clockEnter and clockExit cost on their own, ms a pair (timed on a function nobody calls). */
function callCost(): number {
  const id = clockId('(clock calibration)', '');
  const saved = now;
  now = bucket();
  const n = 200_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    clockEnter(id);
    clockExit(id);
  }
  const ms = (performance.now() - t) / n;
  now = saved;
  return ms;
}

const out = typeof process !== 'undefined' ? process.env[CLOCK_ENV] : undefined;
if (out)
  process.on('exit', () => {
    const dump: ClockDump = { cold: totals(cold), warm: totals(warm), callCostMs: callCost() };
    fs.writeFileSync(out, JSON.stringify(dump));
  });
