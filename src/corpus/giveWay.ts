import os from 'node:os';
import { HELPER_NICENESS } from '../../scripts/helperThreads.mjs';

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
