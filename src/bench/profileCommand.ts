import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { MARKS_ENV, type TimingMark } from '../util/timingMarks.ts';
import { bundledCommand } from './extractCommand.ts';
import { timed } from './measureCopies.ts';

// One run of `npm run extract` as users run it (the same bundle, code cache and node flags: src/bench/extractCommand.ts),
// with its timing marks on (src/util/timingMarks.ts) and, if asked, V8's CPU profiler on every thread. The profiler is
// node's own (--cpu-prof): no loader or wrapper in the process, so the first report is as cold as a user's.

export interface ProfileRunOptions {
  inputs: string[];
  jobs: number;
  /** Write a CPU profile of each thread (with its sampling interval, µs); without, only the marks and the times. */
  cpuProfile?: { intervalUs: number };
  /** Folder for the run's marks, profiles and output (made; left for the caller to remove or keep). */
  dir: string;
}

export interface ProfiledRun {
  wallSeconds: number;
  /** CPU time of the whole process, every thread (Linux; undefined elsewhere). */
  cpuSeconds?: number;
  marks: TimingMark[];
  /** One CPU profile per thread: node's thread id (0: the command's own thread) and its file. */
  profiles: { thread: number; file: string }[];
}

/** Makes the command's bundle and code cache if its sources changed, so that no run measured below pays for it. */
export function ensureBundle(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-bundle-'));
  // An input that does not exist: the command stops after its bundle is fresh, before reading anything.
  spawnSync(process.execPath, [...bundledCommand('scripts/extract.ts'), '--out', out, path.join(out, 'no-such-folder')]);
  fs.rmSync(out, { recursive: true, force: true });
}

export function profileRun(options: ProfileRunOptions): ProfiledRun {
  const { dir } = options;
  fs.mkdirSync(dir, { recursive: true });
  const marksFile = path.join(dir, 'marks.jsonl');
  const profileDir = path.join(dir, 'cpuprofile');
  fs.rmSync(marksFile, { force: true });
  fs.rmSync(profileDir, { recursive: true, force: true });
  const profiler = options.cpuProfile
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-interval=${options.cpuProfile.intervalUs}`]
    : [];
  const args = [...profiler, ...bundledCommand('scripts/extract.ts'), '--jobs', String(options.jobs)];
  const t = timed(process.execPath, [...args, '--out', path.join(dir, 'out'), ...options.inputs], {
    ...process.env,
    [MARKS_ENV]: marksFile,
  });
  const marks = fs
    .readFileSync(marksFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TimingMark);
  // node names them CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile
  const profiles = fs.existsSync(profileDir)
    ? fs
        .readdirSync(profileDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => ({ thread: Number(f.split('.')[4]), file: path.join(profileDir, f) }))
        .sort((a, b) => a.thread - b.thread)
    : [];
  return { wallSeconds: t.wall, cpuSeconds: t.cpu, marks, profiles };
}
