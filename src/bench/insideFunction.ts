import { sourceName, type Sample } from './cpuProfile.ts';

// Where the time goes inside one function (`npm run profile -- --inside findOrganizations`): every function it calls,
// however deep, with the time spent inside it (inclusive) and in its own code (self), per report. A stage's direct
// callees are in the stage table already; this is the next question, which of their helpers.

export interface InsideCost {
  /** The function and its source file. */
  name: string;
  inclusiveMs: number;
  selfMs: number;
}

/** Time per report inside `fn` (its outermost call) and inside each function below it, most first. */
export function insideFunction(samples: Sample[], fn: string, reports: number): { ms: number; costs: InsideCost[] } {
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const s of samples) {
    // Outermost call; a bundled name may carry esbuild's number (findFigures2).
    let at = s.stack.length - 1;
    while (at >= 0 && sourceName(s.stack[at]!, [fn]) !== fn) at--;
    if (at < 0) continue;
    total += s.us;
    const leaf = at === 0 ? '(self)' : `${s.stack[0]} ${s.files[0]}`;
    self.set(leaf, (self.get(leaf) ?? 0) + s.us);
    // A function that recurses is counted once per sample.
    const seen = new Set<string>();
    for (let d = 0; d < at; d++) {
      const k = `${s.stack[d]} ${s.files[d]}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + s.us);
    }
  }
  const perReport = (us: number) => us / 1000 / Math.max(1, reports);
  const names = new Set([...inclusive.keys(), ...self.keys()]);
  const costs = [...names]
    .map((name) => ({ name, inclusiveMs: perReport(inclusive.get(name) ?? self.get(name)!), selfMs: perReport(self.get(name) ?? 0) }))
    .sort((a, b) => b.inclusiveMs - a.inclusiveMs || b.selfMs - a.selfMs);
  return { ms: perReport(total), costs };
}
