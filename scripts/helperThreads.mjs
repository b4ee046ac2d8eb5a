// The threads of an extraction that only help the command's own thread, which does the extraction's work in order: V8's
// compiler and garbage collector threads, libuv's pool (jieba's cuts made ahead) and the figures' thread of two threads
// (src/corpus/giveWay.ts). On two cores V8 runs up to four compilations at once beside the command's thread, which then
// waits for a core: at a lower priority they still have every core the command's thread leaves.
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** The niceness a helping thread takes: below the command's thread, yet not so low that other processes starve it. */
export const HELPER_NICENESS = 10;

/**
 * Lowers the priority of every thread of the process but this one, as they are when it is called (scripts/bundled.mjs:
 * before the command runs, so worker threads started later keep the command's priority). On Linux only, where a thread's
 * niceness is its own (setpriority on a thread id); nothing elsewhere, nor where it is not allowed. 40 copies of the
 * default report, one thread, load kept off by the scheduler (autogroup), 6 runs by turns: 2.96 → 2.79 s (medians; 5 of
 * 6 faster), the same CPU time.
 */
export function lowerHelperThreads() {
  if (process.platform !== 'linux' || !isMainThread) return;
  let tasks;
  try {
    tasks = fs.readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const task of tasks) {
    const tid = Number(task);
    if (tid === process.pid) continue;
    try {
      os.setPriority(tid, Math.max(os.getPriority(tid), HELPER_NICENESS));
    } catch {
      // A thread gone meanwhile, or not allowed: left as it is.
    }
  }
}
