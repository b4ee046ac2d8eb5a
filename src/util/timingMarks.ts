// Where a command's threads are in their work (a report begun, the merge, the write), with the time and the thread's own
// CPU time, for `npm run profile` (src/bench/profileCommand.ts): it splits a CPU profile of the same run by these marks
// (a first report against a warm one) and says what each thread cost. Off unless REPORT_KG_MARKS names a file, so that
// `npm run extract` pays one test of a constant per mark; on, each mark is a line of JSON appended to that file at once
// (a worker thread may be ended at any time, and lines from several threads do not interleave within a line).
import fs from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';

export const MARKS_ENV = 'REPORT_KG_MARKS';
const FILE = process.env[MARKS_ENV] || undefined;

export interface TimingMark {
  /** Node's thread id (0: the command's own thread). */
  thread: number;
  name: string;
  /** Microseconds on the monotonic clock that V8's CPU profiles are timed by (process.hrtime). */
  us: number;
  /** The thread's CPU time so far, µs (Linux's /proc; undefined elsewhere). */
  cpuUs?: number;
  /** With markThreads: every thread of the process by its kernel id, CPU µs so far (this thread's id is `tid`). */
  threads?: Record<string, number>;
  tid?: number;
}

/** Marks that this thread is now at `name` (no-op unless REPORT_KG_MARKS is set). */
export function mark(name: string): void {
  if (FILE) write(FILE, here(name));
}

/** As mark, with the CPU time of every thread of the process so far (V8's compilers, libuv's pool, worker threads). */
export function markThreads(name: string): void {
  if (FILE) write(FILE, { ...here(name), threads: threadCpu() });
}

let started = false;

function here(name: string): TimingMark {
  const us = Number(process.hrtime.bigint() / 1000n);
  return { thread: threadId, name, us, cpuUs: schedCpuUs('/proc/thread-self/schedstat'), tid: ownTid() };
}

function write(file: string, m: TimingMark): void {
  let lines = '';
  // The process's start on the same clock (performance.now() counts from it), once, before the first mark.
  if (isMainThread && !started) {
    started = true;
    lines += JSON.stringify({ thread: 0, name: 'process', us: Math.round(m.us - performance.now() * 1000), cpuUs: 0 }) + '\n';
  }
  fs.appendFileSync(file, lines + JSON.stringify(m) + '\n');
}

let tid: number | undefined;
function ownTid(): number | undefined {
  if (tid !== undefined) return tid;
  try {
    tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    tid = undefined;
  }
  return tid;
}

// The first field of a task's schedstat: nanoseconds on a CPU.
function schedCpuUs(file: string): number | undefined {
  try {
    return Math.round(Number(fs.readFileSync(file, 'utf8').split(' ')[0]) / 1000);
  } catch {
    return undefined;
  }
}

function threadCpu(): Record<string, number> {
  const out: Record<string, number> = {};
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const t of tasks) {
    const us = schedCpuUs(`/proc/self/task/${t}/schedstat`);
    if (us !== undefined) out[t] = us;
  }
  return out;
}
