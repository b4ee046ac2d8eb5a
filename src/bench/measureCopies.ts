import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { median } from './median.ts';
import { bundledCommand } from './extractCommand.ts';

export interface CopiesMeasurement {
  copies: number;
  bytes: number;
  /** Medians over the runs, whole process (start-up included), one thread. */
  extractSeconds: number;
  extractCpuSeconds?: number;
  jiebaSeconds: number;
  jiebaCpuSeconds?: number;
  /** Medians of the two-thread run (--jobs 2: the command's own thread and a worker thread), when there are two cores. */
  workersSeconds?: number;
}

/**
 * The yardstick: `copies` copies of one real report extracted by `npm run extract` in a fresh process, against a
 * plain jieba part-of-speech pass over the same files, run by turns so that both see the same load. CPU time is read
 * from /proc (children's user + system time), which other processes on a shared machine barely move.
 */
export function measureCopies(report: string, dir: string, copies = 40, runs = 3): CopiesMeasurement {
  const corpus = path.join(dir, `copies-${copies}`);
  fs.mkdirSync(corpus, { recursive: true });
  const base = path.basename(report, path.extname(report));
  for (let i = 1; i <= copies; i++) fs.copyFileSync(report, path.join(corpus, `${base}-${String(i).padStart(3, '0')}.txt`));
  const bytes = fs.statSync(report).size * copies;
  const out = path.join(dir, 'copies-out');
  // As `npm run extract` runs it: from the bundle scripts/bundled.mjs makes (once, here, before anything is timed).
  const command = bundledCommand('scripts/extract.ts');
  spawnSync(process.execPath, [...command, '--out', out, path.join(dir, 'no-such-folder')]);
  const extract = (jobs: number) => timed(process.execPath, [...command, '--jobs', String(jobs), '--out', out, corpus]);
  const jieba = () => timed(process.execPath, [path.resolve('src/bench/jiebaPass.mjs'), corpus]);
  const e: Timed[] = [];
  const j: Timed[] = [];
  const w: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    e.push(extract(1));
    j.push(jieba());
    w.push(extract(2));
  }
  const cpu = (xs: Timed[]) => (xs.every((x) => x.cpu !== undefined) ? median(xs.map((x) => x.cpu!)) : undefined);
  return {
    copies,
    bytes,
    extractSeconds: median(e.map((x) => x.wall)),
    extractCpuSeconds: cpu(e),
    jiebaSeconds: median(j.map((x) => x.wall)),
    jiebaCpuSeconds: cpu(j),
    workersSeconds: median(w.map((x) => x.wall)),
  };
}

export interface Timed {
  wall: number;
  cpu?: number;
}

export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const before = childCpu();
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${(r.stderr || '').trim().split('\n').pop()}`);
  const after = childCpu();
  return { wall, cpu: before !== undefined && after !== undefined ? after - before : undefined };
}

// cutime + cstime of /proc/self/stat: CPU seconds of waited-for children (Linux; undefined elsewhere).
function childCpu(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

export function formatCopies(m: CopiesMeasurement): string[] {
  const mb = m.bytes / 1024 / 1024;
  const f = (x: number) => x.toFixed(2);
  const cpu = (x?: number) => (x === undefined ? '' : `, ${f(mb / x)} MB/s of CPU time`);
  const ratio = m.extractSeconds / m.jiebaSeconds;
  const cpuRatio = m.extractCpuSeconds && m.jiebaCpuSeconds ? ` (${f(m.extractCpuSeconds / m.jiebaCpuSeconds)}× in CPU time)` : '';
  return [
    `${m.copies} copies of the default report (${f(mb)} MB), whole process on one thread: extraction ${f(mb / m.extractSeconds)} MB/s wall${cpu(m.extractCpuSeconds)}; ` +
      `a plain jieba part-of-speech pass ${f(mb / m.jiebaSeconds)} MB/s wall${cpu(m.jiebaCpuSeconds)}; extraction takes ${f(ratio)}× the jieba pass's time${cpuRatio}`,
    ...(m.workersSeconds
      ? [
          `the same on two threads (the command's own and a worker thread): ${f(mb / m.workersSeconds)} MB/s wall (${f(m.extractSeconds / m.workersSeconds)}× one thread)`,
        ]
      : []),
  ];
}
