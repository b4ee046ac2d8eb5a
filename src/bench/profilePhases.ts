import type { TimingMark } from '../util/timingMarks.ts';
import type { Window } from './cpuProfile.ts';
import { median } from './median.ts';

// A run's timing marks (src/util/timingMarks.ts) read as the phases of the command's thread — start-up, the first
// report, the next ones while V8 tiers up, the warm ones, merge and write — and as what each thread cost.

/** Reports from this one on (0-based) count as warm: the reports before it are where V8 still compiles. */
export const WARM_FROM = 8;

export interface Phase {
  name: string;
  wallMs: number;
  /** The thread's own CPU time in the phase (Linux). */
  cpuMs?: number;
}

export interface RunPhases {
  phases: Phase[];
  /** Each report's time on the command's thread, in the order taken. */
  reports: Phase[];
  /** The first warm report's index (0-based); reports.length when there are none. */
  warmFrom: number;
  /** Time windows of the command's thread, on the clock of CPU profiles. */
  windows: { beforeFirst?: Window; first?: Window; warmingUp: Window[]; warm: Window[]; end?: Window };
  threads: Phase[];
}

export function runPhases(marks: TimingMark[], processCpuSeconds?: number): RunPhases {
  const own = marks.filter((m) => m.thread === 0).sort((a, b) => a.us - b.us);
  const at = (name: string) => own.find((m) => m.name === name);
  const starts = own.filter((m) => m.name.startsWith('report:'));
  const done = at('reports done');
  const span = (name: string, a?: TimingMark, b?: TimingMark): Phase | undefined =>
    a && b
      ? {
          name,
          wallMs: (b.us - a.us) / 1000,
          cpuMs: a.cpuUs !== undefined && b.cpuUs !== undefined ? (b.cpuUs - a.cpuUs) / 1000 : undefined,
        }
      : undefined;
  const ends = [...starts.slice(1), done];
  const reports = starts.map((s, i) => span(`report ${i + 1}`, s, ends[i])!).filter(Boolean);
  const warmFrom = Math.min(WARM_FROM, Math.floor(reports.length / 2) || reports.length);
  const window = (a?: TimingMark, b?: TimingMark): Window | undefined => (a && b ? [a.us, b.us] : undefined);
  const windows: RunPhases['windows'] = {
    beforeFirst: window(at('command'), starts[0]),
    first: window(starts[0], ends[0]),
    warmingUp: starts.slice(1, warmFrom).map((s, i) => window(s, ends[i + 1])!),
    warm: starts.slice(warmFrom).map((s, i) => window(s, ends[warmFrom + i])!),
    end: window(at('merge'), at('end')),
  };
  const warm = reports.slice(warmFrom);
  const warmMs = warm.length ? median(warm.map((r) => r.wallMs)) : undefined;
  const warmCpu = warm.length && warm.every((r) => r.cpuMs !== undefined) ? median(warm.map((r) => r.cpuMs!)) : undefined;
  const sumOf = (name: string, rs: Phase[]): Phase => ({
    name,
    wallMs: rs.reduce((a, r) => a + r.wallMs, 0),
    cpuMs: rs.every((r) => r.cpuMs !== undefined) ? rs.reduce((a, r) => a + r.cpuMs!, 0) : undefined,
  });
  const phases = [
    span('node and the bundle, to the command', at('process'), at('command')),
    span("before the first report (files listed, jieba's dictionaries, the first file read and cut)", at('command'), starts[0]),
    reports[0] && { ...reports[0], name: 'the first report' },
    warmFrom > 1 ? sumOf(warmFrom > 2 ? `reports 2–${warmFrom}` : 'report 2', reports.slice(1, warmFrom)) : undefined,
    warm.length ? sumOf(`reports ${warmFrom + 1}–${reports.length} (warm)`, warm) : undefined,
    warmMs !== undefined ? { name: '  a warm report (median)', wallMs: warmMs, cpuMs: warmCpu } : undefined,
    warmMs !== undefined
      ? {
          name: `  reports 1–${warmFrom} above warm ones`,
          wallMs: sumOf('', reports.slice(0, warmFrom)).wallMs - warmFrom * warmMs,
          cpuMs: warmCpu !== undefined ? sumOf('', reports.slice(0, warmFrom)).cpuMs! - warmFrom * warmCpu : undefined,
        }
      : undefined,
    span('after the reports (threads closed)', done, at('merge')),
    span('merge', at('merge'), at('write')),
    span('write extraction.json', at('write'), at('end')),
    span("the command's thread in all", at('process'), at('end')),
  ].filter((p): p is Phase => p !== undefined);
  return { phases, reports, warmFrom, windows, threads: threadCosts(marks, processCpuSeconds) };
}

// CPU by thread: the command's own, each worker thread (by its own last mark), and the rest of the process (V8's
// compiler and collector threads, libuv's pool: what the process's CPU time leaves).
function threadCosts(marks: TimingMark[], processCpuSeconds?: number): Phase[] {
  const last = new Map<number, TimingMark>();
  for (const m of marks) if (m.cpuUs !== undefined && (last.get(m.thread)?.us ?? -Infinity) <= m.us) last.set(m.thread, m);
  const out: Phase[] = [];
  for (const [thread, m] of [...last].sort((a, b) => a[0] - b[0])) {
    const kind =
      thread === 0
        ? "the command's thread"
        : marks.some((x) => x.thread === thread && x.name.startsWith('figures'))
          ? `worker thread ${thread} (figures ahead)`
          : `worker thread ${thread} (files)`;
    out.push({ name: kind, wallMs: NaN, cpuMs: m.cpuUs! / 1000 });
  }
  if (processCpuSeconds !== undefined) {
    const known = out.reduce((a, t) => a + t.cpuMs!, 0);
    out.push({ name: "V8's and libuv's helper threads (the rest)", wallMs: NaN, cpuMs: processCpuSeconds * 1000 - known });
    out.push({ name: 'the process in all', wallMs: NaN, cpuMs: processCpuSeconds * 1000 });
  }
  return out;
}
