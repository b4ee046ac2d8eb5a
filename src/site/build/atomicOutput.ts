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
  recoverInterruptedBuild(target);
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

/**
 * Cleans up after builds into `outDir` that are no longer running: a build killed between the swap's two renames
 * (outDir → .previous-PID, .building-PID → outDir) leaves no `outDir`, and its previous site is put back; then the
 * staging folders and left-aside sites of dead builds are removed. Run by every build before it starts and by
 * `npm run preview`, so a killed swap never leaves a missing site. Returns whether a previous site was put back.
 */
export function recoverInterruptedBuild(outDir: string): boolean {
  const target = path.resolve(outDir);
  const dir = path.dirname(target);
  const base = path.basename(target);
  if (!fs.existsSync(dir)) return false;
  const dead = (mark: string) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.startsWith(base + mark))
      .filter((name) => {
        const pid = Number(name.slice(base.length + mark.length));
        return Number.isInteger(pid) && !isRunning(pid);
      })
      .map((name) => path.join(dir, name));
  // The previous site first (whatever order the folder lists its entries in), and only then the clean-up.
  let restored = false;
  const retired = dead(RETIRED);
  if (!fs.existsSync(target) && retired.length > 0) {
    fs.renameSync(retired[0]!, target);
    restored = true;
  }
  for (const full of [...dead(STAGING), ...dead(RETIRED)]) fs.rmSync(full, { recursive: true, force: true });
  return restored;
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
