// V8's optimizing compiler tuned for a batch command that runs for seconds, not for a server that runs for days.
// Measured on 40 copies of the default report (npm run bench -- --copies 40): with V8's defaults TurboFan compiled about
// 500 functions (and again after each of some 130 deoptimizations) on background threads, 1.9 s of CPU against 1.9 s on
// the main thread: half of the process's CPU time went to compiling code that ran for a second or two. Without inlining
// (the recognizers' big functions inline dozens of helpers each, which is most of the compiling) and with tier-up after
// six times V8's default work, compiling falls to about 0.7 s while the main thread slows by 0.1 s. On 200 copies the
// saving holds (10.1 → 8.9 s of CPU), so long corpora do not pay for it.
import v8 from 'node:v8';

export const BATCH_JIT_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=400000'];

/** Sets the flags for this process and its worker threads (V8's flags are process-wide); before any code is loaded. */
export function useBatchJitFlags() {
  for (const flag of BATCH_JIT_FLAGS) v8.setFlagsFromString(flag);
}
