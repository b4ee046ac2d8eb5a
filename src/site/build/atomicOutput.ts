// The site is built into a folder next to its target and swapped in only when complete (pages, data files and the
// Pagefind index), so that a build stopped at any point (Ctrl-C, a crash, a full disk) leaves the previous site whole.
import fs from 'node:fs';
import path from 'node:path';

const STAGING = '.building-';
const RETIRED = '.previous-';

/**
 * Runs `build` on a fresh folder beside `outDir` (same parent, so the same file system and a rename, not a copy) and,
 * when it returns, puts that folder in `outDir`'s place. When `build` throws, the folder is removed and `outDir` is untouched.
 * Folders left by a build that was killed are cleaned up first, and a previous site caught between the two renames
 * of an interrupted swap is put back.
 */
export async function withAtomicOutput<T>(outDir: string, build: (stagingDir: string) => Promise<T>): Promise<T> {
  const target = path.resolve(outDir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  recoverInterrupted(target);
  const staging = `${target}${STAGING}${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging);
  let result: T;
  try {
    result = await build(staging);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  swapIn(staging, target);
  return result;
}

/** `staging` becomes `target`; the old `target` is renamed aside first and removed after (two renames, no copy). */
function swapIn(staging: string, target: string): void {
  const retired = `${target}${RETIRED}${process.pid}`;
  fs.rmSync(retired, { recursive: true, force: true });
  const hadPrevious = fs.existsSync(target);
  if (hadPrevious) fs.renameSync(target, retired);
  fs.renameSync(staging, target);
  if (hadPrevious) fs.rmSync(retired, { recursive: true, force: true });
}

/** Removes the staging folders of builds that are no longer running; restores a previous site a killed swap left aside. */
function recoverInterrupted(target: string): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  for (const name of fs.readdirSync(dir)) {
    for (const mark of [STAGING, RETIRED]) {
      if (!name.startsWith(base + mark)) continue;
      const pid = Number(name.slice(base.length + mark.length));
      if (!Number.isInteger(pid) || isRunning(pid)) continue;
      const full = path.join(dir, name);
      if (mark === RETIRED && !fs.existsSync(target)) fs.renameSync(full, target);
      else fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

/** Whether a process with this id runs (on this machine). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
