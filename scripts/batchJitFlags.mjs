// V8's optimizing compiler tuned for a batch command that runs for seconds, not for a server that runs for days.
// Measured on 40 copies of the default report (npm run bench -- --copies 40): with V8's defaults TurboFan compiled about
// 500 functions (and again after each of some 130 deoptimizations) on background threads, 1.9 s of CPU against 1.9 s on
// the main thread: half of the process's CPU time went to compiling code that ran for a second or two. Without inlining
// (the recognizers' big functions inline dozens of helpers each, which is most of the compiling) and with tier-up after
// six times V8's default work, compiling falls to about 0.7 s while the main thread slows by 0.1 s. On 200 copies the
// saving holds (10.1 → 8.9 s of CPU), so long corpora do not pay for it.
import v8 from 'node:v8';

// The young generation starts at its usual largest size (16 MB a semi-space; V8 starts at 1 MB and grows it): a report
// allocates about 13 MB, and start-up (the gazetteer's index, jieba's names) as much again, so the small early semi-spaces
// copied long-lived data scavenge after scavenge (54 → 46 scavenges on 40 copies). A heap is sized when its isolate is
// made: the command's own thread gets it from node's command line (HEAP_FLAGS, package.json's extract and merge scripts,
// the bench); setting it here too gives worker threads the same heap, and every process the same V8 flags, which the code
// cache must be made under (scripts/codeCache.mjs). 40 copies of the default report, one thread, A/B by turns under a load
// of 15–18: 3.78 → 3.68 s of CPU (medians of 6; lower in 9 pairs of 11); about 17 MB more resident memory.
// It may grow to 64 MB (V8's default largest is 16 MB here): a scavenge copies what is alive at the time, a report's
// working set, whatever the semi-space's size, so larger ones mean fewer copies of it. The bench's 1,000 reports, one
// thread: 1,077 scavenges taking 4.0 s → 287 taking 1.7 s (counted with a PerformanceObserver), 31.0 → 29.5 s wall and
// 35.0 → 33.8 s of CPU (by turns against main, 2 runs each, nice −19 group under a load of 20), peak RSS 1,391 → 1,272 MB;
// two threads 24.9 → 24.1 s; 40 copies unchanged (2.32 against 2.31 s, medians of 3).
export const HEAP_FLAGS = ['--min-semi-space-size=16', '--max-semi-space-size=64'];
// Regular expressions compiled once, to machine code, at their first match (V8 compiles each first to its regexp
// bytecode and interprets it, then compiles it again at its second match: the extractor's ~1,000 patterns nearly all run
// thousands of times a report). 40 copies, one thread, perf's samples of the command's thread: regexp compiling 111 → 52
// (55 → 26 ms); by turns against main in a nice −19 group under a load of 16–22, 17 pairs: wall 2.61 → 2.57 s, CPU
// 3.32 → 3.24 s (medians; CPU lower in 14 of 17).
export const BATCH_JIT_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=400000', '--no-regexp-tier-up', ...HEAP_FLAGS];

/** Sets the flags for this process and its worker threads (V8's flags are process-wide); before any code is loaded. */
export function useBatchJitFlags() {
  for (const flag of BATCH_JIT_FLAGS) v8.setFlagsFromString(flag);
}
