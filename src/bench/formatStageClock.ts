import { REPORT_FUNCTION, WARM_FROM, type ClockDump, type ClockTotals } from './stageClock.ts';
import { STAGES } from './recognizerCosts.ts';

// The table of `npm run profile -- --clock`: where a warm report's time goes, stage by stage and recognizer by recognizer,
// from the clocked runs' totals (src/bench/stageClock.ts), means over the runs.

/** The functions whose callees get a line each: the stages, and the recognizers that run others. */
const EXPANDED = [...STAGES, 'groupCandidates', 'normalizeReport', 'structureReport', 'buildDocument', 'withMentions', 'findCases'];
const SHOWN_MIN_MS = 0.05;

interface Line {
  ms: number;
  calls: number;
}

/** Sums `runs` of one bucket into per-report means: by function (inclusive, self) and by caller → callee. */
function perReport(runs: ClockTotals[]) {
  const reports = runs.reduce((a, r) => a + r.reports, 0) || 1;
  const inclusive = new Map<string, Line>();
  const self = new Map<string, Line & { file: string }>();
  const edges = new Map<string, Map<string, Line>>();
  const add = (m: Map<string, Line>, k: string, ms: number, calls: number) => {
    const l = m.get(k) ?? { ms: 0, calls: 0 };
    l.ms += ms / reports;
    l.calls += calls / reports;
    m.set(k, l);
  };
  for (const r of runs) {
    for (const [name, file, calls, inc, own] of r.functions) {
      add(inclusive, name, inc, calls);
      const s = self.get(name) ?? { ms: 0, calls: 0, file };
      s.ms += own / reports;
      s.calls += calls / reports;
      self.set(name, s);
    }
    for (const [caller, callee, calls, ms] of r.edges) {
      if (!edges.has(caller)) edges.set(caller, new Map());
      add(edges.get(caller)!, callee, ms, calls);
    }
  }
  return { reports, inclusive, self, edges };
}

export function formatStageClock(dumps: ClockDump[], top: number): string {
  const warm = perReport(dumps.map((d) => d.warm));
  const coldReports = dumps.reduce((a, d) => a + d.cold.reports, 0) / Math.max(1, dumps.length);
  const whole = warm.inclusive.get(REPORT_FUNCTION)?.ms ?? 0;
  const calls = [...warm.self.values()].reduce((a, l) => a + l.calls, 0);
  const pairUs = (dumps.reduce((a, d) => a + d.callCostMs, 0) / Math.max(1, dumps.length)) * 1000;
  const ms = (x: number) => x.toFixed(2).padStart(7);
  const share = (x: number) => `${((100 * x) / (whole || 1)).toFixed(1).padStart(5)}%`;
  const count = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString()).padStart(7);
  const lines = [
    `clocked runs: ${dumps.length}; warm reports ${WARM_FROM}– (${warm.reports / Math.max(1, dumps.length)} a run, after ${coldReports}); ` +
      `${Math.round(calls)} clocked calls a report at ${pairUs.toFixed(2)} µs a pair of clock calls (≈ ${((calls * pairUs) / 1000).toFixed(1)} ms of clock a report)`,
    `a warm report: ${whole.toFixed(2)} ms in ${REPORT_FUNCTION} (ms a report, share of it, calls a report):`,
  ];
  for (const stage of EXPANDED) {
    const callees = warm.edges.get(stage);
    const total = warm.inclusive.get(stage);
    if (!callees || !total) continue;
    lines.push(`${ms(total.ms)} ${share(total.ms)} ${count(total.calls)}  ${stage}`);
    const self = warm.self.get(stage)!;
    const rows: [string, Line][] = [...callees].concat([['(self)', { ms: self.ms, calls: self.calls }]]);
    for (const [name, l] of rows.sort((a, b) => b[1].ms - a[1].ms))
      if (l.ms >= SHOWN_MIN_MS) lines.push(`${ms(l.ms)} ${share(l.ms)} ${count(l.calls)}      ${name}`);
  }
  const outside = warm.edges.get('');
  if (outside) {
    lines.push('called outside any clocked function (ms a report):');
    for (const [name, l] of [...outside].sort((a, b) => b[1].ms - a[1].ms))
      if (l.ms >= SHOWN_MIN_MS) lines.push(`${ms(l.ms)} ${share(l.ms)} ${count(l.calls)}  ${name}`);
  }
  lines.push(`self time, most first (the top ${top}; ms a report, share of ${REPORT_FUNCTION}, calls a report):`);
  for (const [name, l] of [...warm.self].sort((a, b) => b[1].ms - a[1].ms).slice(0, top))
    lines.push(`${ms(l.ms)} ${share(l.ms)} ${count(l.calls)}  ${name}  ${l.file}`);
  return lines.join('\n');
}
