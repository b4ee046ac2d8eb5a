// Two builds that share a work folder (the default data/generated/) would read each other's extraction and graph data
// and publish a mix of two corpora. A lock file in the work folder makes the second wait for the first, and say so.
import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './atomicOutput.ts';

export const LOCK_FILE = '.build.lock';

export interface LockOptions {
  /** Give up after waiting this long (default 30 minutes: a large corpus takes that long to build). */
  timeoutMs?: number;
  pollMs?: number;
  /** Where the reason for waiting is told (stderr by default). */
  say?: (line: string) => void;
}

interface Holder {
  pid: number;
  started: string;
}

/** Runs `work` while holding the lock of `workDir`; waits while another running build holds it. */
export async function withBuildLock<T>(workDir: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const file = path.join(workDir, LOCK_FILE);
  fs.mkdirSync(workDir, { recursive: true });
  await acquire(file, options);
  try {
    return await work();
  } finally {
    release(file);
  }
}

/** Thrown when the lock stays taken past the timeout: names the build holding it. */
export class LockTimeout extends Error {}

async function acquire(file: string, options: LockOptions): Promise<void> {
  const say = options.say ?? ((line: string) => console.error(line));
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const pollMs = options.pollMs ?? 500;
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, started: new Date().toISOString() } satisfies Holder), { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(file);
    if (!holder || !isRunning(holder.pid)) {
      // Left by a build that was killed: nobody holds it.
      say(`build: removing a stale lock ${file} (process ${holder?.pid ?? '?'} is not running)`);
      fs.rmSync(file, { force: true });
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= timeoutMs) {
      throw new LockTimeout(
        `another build (process ${holder.pid}, started ${holder.started}) still uses ${path.dirname(file)} after ${Math.round(waited / 1000)}s; ` +
          `stop it, or give this build its own SITE_WORK_DIR`,
      );
    }
    if (!told) {
      say(
        `build: waiting: another build (process ${holder.pid}, started ${holder.started}) is using ${path.dirname(file)}; ` +
          `two builds sharing one work folder would mix their data (set SITE_WORK_DIR to build both at once)`,
      );
      told = true;
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

function readHolder(file: string): Holder | undefined {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
    return Number.isInteger(h.pid) ? h : undefined;
  } catch {
    return undefined;
  }
}

function release(file: string): void {
  if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}
