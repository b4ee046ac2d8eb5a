import os from 'node:os';

// The niceness a helping thread takes: below the command's own thread whenever both want one core, yet not so low that
// the process's other threads (V8's compilers, libuv's jieba cuts) starve it.
const HELPER_NICENESS = 10;

/**
 * Lowers the calling thread's scheduling priority, not the process's: on Linux setpriority() on "this process" sets
 * the calling thread's niceness (threads are scheduled one by one). Elsewhere it would lower the whole process, so it
 * does nothing there; nor where it is not allowed.
 */
export function giveWayToCommandThread(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, Math.max(os.getPriority(0), HELPER_NICENESS));
  } catch {
    // Left as it is.
  }
}
