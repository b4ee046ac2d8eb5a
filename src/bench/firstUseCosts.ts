import type { Sample } from './cpuProfile.ts';

// What the first report pays that warm ones do not, read from the samples of the two: a table built on first use (a
// word tree, a list of brands, a dictionary) runs inside the first report only, and next to nothing in a warm one. Each sample of the first report goes
// to the outermost function on its stack that runs (almost) only there; what has none is the code every report runs,
// slower the first time (V8's interpreter, then its compilers), and is left to the stage table.

export interface FirstUseCost {
  /** The function and its source file. */
  name: string;
  /** ms inside it in the first report (time of samples it is the outermost first-use function of). */
  ms: number;
  /** ms inside it in a warm report (mean). */
  warmMs: number;
}

// A function that takes less than this in a warm report (mean, ms) runs in the first report only, or next to nothing
// after it; a share of its first-report time would not do: every function of the first report runs ten times slower
// than warm while V8 still interprets it, and a stage that holds a table's building would pass for the table.
const WARM_MAX_MS = 0.05;
// What is no function of the extractor's: the profile's root, the collector, code outside any function.
const NOT_A_FUNCTION = /^\((root|program|garbage collector|idle)\) /;

export function firstUseCosts(first: Sample[], warm: Sample[], warmReports: number, minMs = 1): FirstUseCost[] {
  const keyOf = (s: Sample, depth: number) => `${s.stack[depth]} ${s.files[depth]}`;
  const inclusive = (samples: Sample[]) => {
    const m = new Map<string, number>();
    for (const s of samples) {
      const seen = new Set<string>();
      for (let d = 0; d < s.stack.length; d++) {
        const k = keyOf(s, d);
        if (seen.has(k)) continue;
        seen.add(k);
        m.set(k, (m.get(k) ?? 0) + s.us);
      }
    }
    return m;
  };
  const hot = inclusive(warm);
  const warmMsOf = (k: string) => (hot.get(k) ?? 0) / 1000 / Math.max(1, warmReports);
  const firstOnly = (k: string) => !NOT_A_FUNCTION.test(k) && warmMsOf(k) < WARM_MAX_MS;
  const owner = new Map<string, number>();
  for (const s of first) {
    // Outermost first: the stack is innermost first.
    let k: string | undefined;
    for (let d = s.stack.length - 1; d >= 0 && !k; d--) if (firstOnly(keyOf(s, d))) k = keyOf(s, d);
    if (k) owner.set(k, (owner.get(k) ?? 0) + s.us);
  }
  return [...owner]
    .map(([name, us]) => ({ name, ms: us / 1000, warmMs: warmMsOf(name) }))
    .filter((c) => c.ms >= minMs)
    .sort((a, b) => b.ms - a.ms);
}
