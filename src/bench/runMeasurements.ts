import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { ExtractionMeasurement } from './measureExtraction.ts';
import { median } from './median.ts';
import { bundledCommand } from './extractCommand.ts';
import { formatProfile, summarizeProfile } from './summarizeProfile.ts';
import { ensureBundle, profileRun } from './profileCommand.ts';
import { formatPhases, formatProfiles } from './formatProfileRun.ts';
import { samplePeak } from './processTreeRss.ts';

const MEASURE = path.resolve('src/bench/measureExtraction.ts');

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  onStart?: (pid: number) => void,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) onStart?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/**
 * Extraction of `dir`, `runs` times, each in a fresh process: every run pays what a user's run pays (cold caches, lazy set-up),
 * and its peak memory is its own. Times and peaks are the runs' medians.
 */
export async function measureExtraction(dir: string, jobs: number, runs: number): Promise<ExtractionMeasurement> {
  const all: ExtractionMeasurement[] = [];
  for (let i = 0; i < runs; i++) {
    // Bundled, as `npm run extract` runs (scripts/bundled.mjs): no TypeScript loader in the process or its worker threads.
    const r = await run(process.execPath, [...bundledCommand(MEASURE), '--jobs', String(jobs), '--runs', '1', dir]);
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.code !== 0 || !line.startsWith('{'))
      throw new Error(`extraction of ${dir} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    all.push(JSON.parse(line) as ExtractionMeasurement);
  }
  const mid = (f: (m: ExtractionMeasurement) => number) => median(all.map(f));
  return {
    ...all[0],
    seconds: all.flatMap((m) => m.seconds),
    cpuSeconds: all.flatMap((m) => m.cpuSeconds),
    startupSeconds: mid((m) => m.startupSeconds),
    writeSeconds: mid((m) => m.writeSeconds),
    maxRssMB: mid((m) => m.maxRssMB),
  };
}

/**
 * One-thread extraction of `dir` under the V8 profiler, as `npm run extract` runs it (src/bench/profileCommand.ts): where
 * the time goes, by folder (owner) and function, and by phase, stage and recognizer (`npm run profile` prints the same).
 */
export async function profileExtraction(dir: string, profileDir: string): Promise<string> {
  ensureBundle();
  const run = profileRun({ inputs: [dir], jobs: 1, dir: profileDir, cpuProfile: { intervalUs: 1000 } });
  const main = run.profiles.find((p) => p.thread === 0);
  if (!main) throw new Error('no .cpuprofile written');
  const bytes = fs.readdirSync(dir).reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0);
  return [formatProfile(summarizeProfile(main.file)), formatPhases([run], bytes), formatProfiles([run])].join('\n');
}

export interface SiteMeasurement {
  seconds: number;
  pages: number;
  /** All HTML pages together: page weight is this over `pages`. */
  htmlBytes: number;
  distBytes: number;
  pagefindBytes: number;
  /** What the graph page loads: the graph data file(s) the build wrote. */
  graphBytes: number;
  /** Peak resident memory of the largest process of the build (GNU time's %M), where /usr/bin/time exists. */
  maxRssMB?: number;
  /** Peak resident memory of the build's processes together (sampled from /proc twice a second). */
  treeRssMB?: number;
  /** Seconds of each step, as the build reports them (extract, graph data, downloads, astro build, search index). */
  steps: { name: string; seconds: number }[];
}

export async function measureSiteBuild(reportsDir: string, outDir: string): Promise<SiteMeasurement> {
  const started = performance.now();
  const time = fs.existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'peak-rss-kb %M'] : [];
  const [cmd, ...args] = [...time, process.execPath, '--import', 'tsx', 'scripts/build.ts'];
  let sampler: { stop: () => number } | undefined;
  const r = await run(
    cmd!,
    args,
    {
      ...process.env,
      REPORTS_DIR: reportsDir,
      SITE_OUT_DIR: path.join(outDir, 'dist'),
      SITE_WORK_DIR: path.join(outDir, 'work'),
      CI: 'true', // plain progress lines, no live terminal line
    },
    (pid) => (sampler = samplePeak(pid)),
  );
  const treeRss = sampler?.stop();
  const seconds = (performance.now() - started) / 1000;
  if (r.code !== 0) throw new Error(`site build failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const dist = path.join(outDir, 'dist');
  const files = walk(dist);
  const size = (pred: (f: string) => boolean) => files.filter(pred).reduce((a, f) => a + fs.statSync(f).size, 0);
  const rel = (f: string) => path.relative(dist, f).split(path.sep).join('/');
  return {
    seconds,
    pages: files.filter((f) => f.endsWith('.html')).length,
    htmlBytes: size((f) => f.endsWith('.html')),
    distBytes: size(() => true),
    pagefindBytes: size((f) => rel(f).startsWith('pagefind/')),
    graphBytes: size((f) => /(^|\/)graph[^/]*\.json$|^graph\/.*\.json$/.test(rel(f)) && !rel(f).startsWith('downloads/')),
    maxRssMB: Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024 || undefined,
    treeRssMB: treeRss || undefined,
    steps: [...r.stderr.matchAll(/^build: (.+?) done in ([\d.]+)s$/gm)].map((m) => ({
      name: m[1]!.replace(/ \(base .*\)$/, ''),
      seconds: Number(m[2]),
    })),
  };
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
