import type { TimingMark } from '../util/timingMarks.ts';
import { readCpuProfile, samplesOf, within, type Sample, type Window } from './cpuProfile.ts';
import { firstUseCosts, type FirstUseCost } from './firstUseCosts.ts';
import { insideFunction } from './insideFunction.ts';
import { median } from './median.ts';
import type { ProfiledRun } from './profileCommand.ts';
import { runPhases, type Phase, type RunPhases } from './profilePhases.ts';
import { formatRecognizerCosts, recognizerCosts, type StageCost } from './recognizerCosts.ts';

// What `npm run profile` prints: the phases of the command's thread and the threads' CPU (medians of the runs), then,
// from the last run's CPU profiles, where the start-up, the first report, a warm report and the end went.

const ms = (x: number | undefined, w = 8) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(x < 10 ? 2 : 1)).padStart(w);

export function formatPhases(runs: ProfiledRun[], bytes: number): string {
  const all = runs.map((r) => runPhases(r.marks, r.cpuSeconds));
  const mid = (xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? median(xs as number[]) : undefined);
  const table = (pick: (p: ReturnType<typeof runPhases>) => Phase[]) =>
    pick(all[0]!).map((p, i) => {
      const same = all.map((a) => pick(a)[i]);
      return `  ${ms(mid(same.map((x) => x?.wallMs)))} ${ms(mid(same.map((x) => x?.cpuMs)))}  ${p.name}`;
    });
  const wall = median(runs.map((r) => r.wallSeconds));
  const cpu = mid(runs.map((r) => r.cpuSeconds));
  const mb = bytes / 1024 / 1024;
  return [
    `whole process (median of ${runs.length}): ${wall.toFixed(2)} s wall, ${cpu === undefined ? '?' : cpu.toFixed(2)} s CPU; ` +
      `${(mb / wall).toFixed(2)} MB/s wall for ${mb.toFixed(2)} MB`,
    "the command's thread by phase:      wall ms   CPU ms",
    ...table((p) => p.phases),
    'CPU by thread:                              CPU ms',
    ...table((p) => p.threads),
  ].join('\n');
}

/** What the runs' CPU profiles say, each figure the mean (or, for first-use costs, the median) over the runs. */
export function formatProfiles(runs: ProfiledRun[], top = 25, inside: string[] = []): string {
  const profiled = runs.flatMap((run) => {
    const main = run.profiles.find((p) => p.thread === 0);
    return main ? [{ run, phases: runPhases(run.marks, run.cpuSeconds), samples: samplesOf(readCpuProfile(main.file)) }] : [];
  });
  if (!profiled.length) return 'no CPU profile of the command’s thread (run without --no-cpu-prof)';
  const n = profiled.length;
  const { warmFrom, reports } = profiled[0]!.phases;
  const warmCount = reports.length - warmFrom;
  // The samples of every run inside the windows `pick` gives of it, and how long those windows were in all (ms).
  const inside_ = (pick: (w: RunPhases['windows']) => (Window | undefined)[]) => {
    let wallMs = 0;
    const samples = profiled.flatMap(({ phases, samples }) => {
      const ws = pick(phases.windows).filter((w): w is Window => w !== undefined);
      wallMs += ws.reduce((a, [from, to]) => a + (to - from) / 1000, 0);
      return within(samples, ws);
    });
    return { samples, wallMs };
  };
  const of = n > 1 ? ` (means of ${n} runs)` : '';
  const out: string[] = [];
  const before = inside_((w) => [w.beforeFirst]);
  if (before.samples.length) {
    out.push(`before the first report (${ms(before.wallMs / n, 0)} ms), self time by source and by function${of}:`);
    out.push(...selfTimes(before.samples, 'file', 8, n), ...selfTimes(before.samples, 'function', 12, n));
  }
  const first = inside_((w) => [w.first]);
  if (first.samples.length) {
    const warm = inside_((w) => w.warm);
    out.push(
      `the first report's first-use costs (ms inside the outermost function that runs in the first report only; warm ms a report, mean of ${warmCount}${n > 1 ? `; medians of ${n} runs` : ''}):`,
    );
    const costs = profiled.map(({ phases, samples }) =>
      firstUseCosts(within(samples, [phases.windows.first!]), within(samples, phases.windows.warm), warmCount, 0),
    );
    const names = new Set(costs.flatMap((cs) => cs.map((c) => c.name)));
    const medianOf = (name: string, f: (c: FirstUseCost) => number) =>
      median(costs.map((cs) => f(cs.find((c) => c.name === name) ?? { name, ms: 0, warmMs: 0 })));
    const merged = [...names].map((name) => ({ name, ms: medianOf(name, (c) => c.ms), warmMs: medianOf(name, (c) => c.warmMs) }));
    for (const c of merged
      .filter((c) => c.ms >= 1)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top))
      out.push(`  ${ms(c.ms)} ${ms(c.warmMs)}  ${c.name}`);
    out.push(
      `stages: the first report, reports 2–${warmFrom} (mean), a warm report (mean)${of}; the callees that cost the first report most over a warm one:`,
    );
    const warmingUp = inside_((w) => w.warmingUp);
    out.push(
      ...stageTable(
        recognizerCosts(first.samples, n),
        recognizerCosts(warmingUp.samples, n * Math.max(1, warmFrom - 1)),
        recognizerCosts(warm.samples, n * warmCount),
      ),
    );
    if (warmCount) out.push(formatRecognizerCosts(recognizerCosts(warm.samples, n * warmCount), n * warmCount));
  }
  for (const fn of inside) {
    const first = insideFunction(inside_((w) => [w.first]).samples, fn, n);
    const warm = insideFunction(inside_((w) => w.warm).samples, fn, n * warmCount);
    out.push(
      `inside ${fn}: ${ms(first.ms, 0)} ms in the first report, ${ms(warm.ms, 0)} ms warm${of}; first inclusive, self, warm inclusive, self:`,
    );
    const warmOf = new Map(warm.costs.map((c) => [c.name, c]));
    const names = [...new Set([...warm.costs.slice(0, top), ...first.costs.slice(0, top)].map((c) => c.name))];
    const firstOf = new Map(first.costs.map((c) => [c.name, c]));
    for (const name of names.sort((x, y) => (warmOf.get(y)?.inclusiveMs ?? 0) - (warmOf.get(x)?.inclusiveMs ?? 0)))
      out.push(
        `  ${ms(firstOf.get(name)?.inclusiveMs ?? 0)} ${ms(firstOf.get(name)?.selfMs ?? 0)} ${ms(warmOf.get(name)?.inclusiveMs ?? 0)} ${ms(warmOf.get(name)?.selfMs ?? 0)}  ${name}`,
      );
  }
  const end = inside_((w) => [w.end]);
  if (end.samples.length) {
    out.push(`merge and write (${ms(end.wallMs / n, 0)} ms), self time by function${of}:`);
    out.push(...selfTimes(end.samples, 'function', 10, n));
  }
  const last = profiled[n - 1]!.run;
  for (const p of last.profiles.filter((x) => x.thread !== 0)) out.push(workerSummary(p.thread, p.file, last.marks));
  return out.join('\n');
}

function stageTable(first: StageCost[], warmingUp: StageCost[], warm: StageCost[]): string[] {
  const byStage = (cs: StageCost[]) => new Map(cs.map((c) => [c.stage, c]));
  const w = byStage(warm);
  const u = byStage(warmingUp);
  const lines: string[] = [];
  for (const c of first) {
    lines.push(`  ${ms(c.ms)} ${ms(u.get(c.stage)?.ms ?? 0)} ${ms(w.get(c.stage)?.ms ?? 0)}  ${c.stage}`);
    const warmOf = new Map(w.get(c.stage)?.callees ?? []);
    const upOf = new Map(u.get(c.stage)?.callees ?? []);
    const extra = c.callees
      .map(([name, x]): [string, number] => [name, x - (warmOf.get(name) ?? 0)])
      .filter(([, x]) => x >= 1)
      .slice(0, 6);
    for (const [name] of extra)
      lines.push(`  ${ms(c.callees.find(([n]) => n === name)![1])} ${ms(upOf.get(name) ?? 0)} ${ms(warmOf.get(name) ?? 0)}      ${name}`);
  }
  return lines;
}

function selfTimes(samples: Sample[], by: 'file' | 'function', n: number, runs = 1): string[] {
  const m = new Map<string, number>();
  for (const s of samples) {
    const k = by === 'file' ? s.files[0]! : `${s.stack[0]} ${s.files[0]}`;
    m.set(k, (m.get(k) ?? 0) + s.us);
  }
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `  ${ms(us / 1000 / runs)}  ${k}`);
}

// A worker thread's own reports: the figures it found ahead, or the files it extracted, first against warm.
function workerSummary(thread: number, file: string, marks: TimingMark[]): string {
  const own = marks.filter((m) => m.thread === thread).sort((a, b) => a.us - b.us);
  const starts = own.filter((m) => /^(figures|file):\d+$/.test(m.name));
  if (!starts.length) return `worker thread ${thread}: no marks`;
  const windows: Window[] = starts.map((s, i) => [s.us, (own[own.indexOf(s) + 1] ?? s).us]);
  const samples = samplesOf(readCpuProfile(file));
  const warmFrom = Math.min(8, Math.floor(windows.length / 2) || windows.length);
  const warm = windows.slice(warmFrom);
  const first = windows[0]!;
  const lines = [
    `worker thread ${thread}: ${starts.length} ${starts[0]!.name.split(':')[0]} tasks; the first ${ms((first[1] - first[0]) / 1000, 0)} ms wall, ` +
      `a warm one ${warm.length ? ms(median(warm.map(([a, b]) => (b - a) / 1000)), 0) : '?'} ms (median); before its first task ${ms((first[0] - (own[0]?.us ?? first[0])) / 1000, 0)} ms after its first mark`,
  ];
  if (warm.length) lines.push(formatRecognizerCosts(recognizerCosts(within(samples, warm), warm.length), warm.length));
  return lines.join('\n');
}
