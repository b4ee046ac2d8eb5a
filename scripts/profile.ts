// npm run profile -- [--copies 40] [--report data/reports/dongguan-2018.txt] [--jobs 1] [--runs 1] [--no-cpu-prof]
//                    [--interval 250] [--keep DIR] [--top 25] [--inside FUNCTION]... [--clock [--clock-calls N]] [PATH...]
// Where `npm run extract`'s time goes, measured on the command itself (its bundle, code cache and node flags), not
// through tsx: the command's thread by phase (start-up, the first report, the reports while V8 tiers up, a warm report,
// merge, write) and CPU by thread, medians of --runs fresh processes; then, from the runs' CPU profiles (node's own
// --cpu-prof, every thread; means over the runs), the start-up by source, the first report's first-use costs (tables
// built on first use; medians), each stage and recognizer in the first report against a warm one, and the last run's
// worker threads. The corpus is --copies copies of --report unless PATHs are given. --keep DIR keeps the last run's
// .cpuprofile files (for Chrome's DevTools or speedscope), its timing marks and its output; --no-cpu-prof times the
// phases without the profiler; --inside FUNCTION (repeatable) lists the time inside each function it calls, however
// deep, in the first report and warm (a stage's recognizer's helpers: --inside findOrganizations).
// --clock times every stage and recognizer instead, by the clock in a clocked bundle of the command (src/bench/clockBundle.ts:
// every exported function of the stages' folders, on one thread, no sampling), and prints a warm report's time by stage and
// recognizer, the share of each and the functions with the most time of their own; a function called more than
// --clock-calls times a report (300) is left unclocked, its time counted in its callers'.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle, profileRun, type ProfiledRun } from '../src/bench/profileCommand.ts';
import { formatPhases, formatProfiles } from '../src/bench/formatProfileRun.ts';
import { buildClockedBundle, clockedRun, frequentFunctions, removeClockedBundle } from '../src/bench/clockBundle.ts';
import { formatStageClock } from '../src/bench/formatStageClock.ts';

const USAGE =
  'usage: npm run profile -- [--copies N] [--report FILE] [--jobs N] [--runs N] [--no-cpu-prof] [--interval µs] [--keep DIR] [--top N] [--inside FUNCTION]... [--clock [--clock-calls N]] [PATH...]';

// A function called more often than this a report is left unclocked (counted in its callers), unless --clock-calls says.
const FREQUENT_CALLS = 300;

function parse(argv: string[]) {
  const a = {
    copies: 40,
    report: 'data/reports/dongguan-2018.txt',
    jobs: 1,
    runs: 1,
    cpuProf: true,
    interval: 250,
    top: 25,
    clock: false,
    clockCalls: FREQUENT_CALLS,
  };
  const o: typeof a & { keep?: string; inputs: string[]; inside: string[] } = { ...a, inputs: [], inside: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${x} needs a value`);
      return v;
    };
    const count = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${x} needs a whole number ≥ 1`);
      return n;
    };
    if (x === '--copies') o.copies = count();
    else if (x === '--report') o.report = value();
    else if (x === '--jobs') o.jobs = count();
    else if (x === '--runs') o.runs = count();
    else if (x === '--interval') o.interval = count();
    else if (x === '--top') o.top = count();
    else if (x === '--keep') o.keep = value();
    else if (x === '--inside') o.inside.push(value());
    else if (x === '--no-cpu-prof') o.cpuProf = false;
    else if (x === '--clock') o.clock = true;
    else if (x === '--clock-calls') o.clockCalls = count();
    else if (x.startsWith('--')) throw new Error(`unknown option ${x}`);
    else o.inputs.push(x);
  }
  return o;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`profile: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
  try {
    let inputs = args.inputs.map((p) => path.resolve(p));
    if (!inputs.length) {
      const corpus = path.join(work, 'corpus');
      fs.mkdirSync(corpus);
      const base = path.basename(args.report, path.extname(args.report));
      for (let i = 1; i <= args.copies; i++) fs.copyFileSync(args.report, path.join(corpus, `${base}-${String(i).padStart(3, '0')}.txt`));
      inputs = [corpus];
    }
    const bytes = inputs.reduce((a, p) => a + sizeOf(p), 0);
    if (args.clock) return await clock(inputs, args.runs, args.top, args.clockCalls);
    console.error('profile: making the bundle if its sources changed …');
    ensureBundle();
    const runs: ProfiledRun[] = [];
    for (let i = 0; i < args.runs; i++) {
      console.error(`profile: run ${i + 1} of ${args.runs} (--jobs ${args.jobs}${args.cpuProf ? ', CPU profiler on' : ''}) …`);
      const last = i === args.runs - 1;
      const dir = last && args.keep ? path.resolve(args.keep) : path.join(work, `run-${i}`);
      runs.push(profileRun({ inputs, jobs: args.jobs, dir, cpuProfile: args.cpuProf ? { intervalUs: args.interval } : undefined }));
    }
    console.log(
      `load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}; ${os.availableParallelism()} core(s)`,
    );
    console.log(formatPhases(runs, bytes));
    if (args.cpuProf) console.log(formatProfiles(runs, args.top, args.inside));
    if (args.keep) console.error(`profile: the last run's profiles, marks and output are in ${args.keep}`);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function clock(inputs: string[], runs: number, top: number, frequent: number): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Under node_modules, so that the bundle's packages (jieba, the gazetteer) resolve from it.
  const outdir = path.join(root, 'node_modules', '.cache', `report-kg-clock-${process.pid}`);
  try {
    console.error('profile: making the clocked bundle, and a run to count calls …');
    const counting = clockedRun(await buildClockedBundle(root, path.join(outdir, 'counting')), inputs, path.join(outdir, 'run-counting'));
    const skip = frequentFunctions(counting.dump, frequent);
    console.error(`profile: left unclocked (over ${frequent} calls a report): ${[...skip].join(', ')}`);
    const bundle = await buildClockedBundle(root, path.join(outdir, 'clocked'), skip);
    const dumps = [];
    for (let i = 0; i < runs; i++) {
      console.error(`profile: clocked run ${i + 1} of ${runs} …`);
      const run = clockedRun(bundle, inputs, path.join(outdir, `run-${i}`));
      console.error(`profile: ${run.wallSeconds.toFixed(2)} s wall, ${run.cpuSeconds?.toFixed(2) ?? '?'} s CPU`);
      dumps.push(run.dump);
    }
    console.log(formatStageClock(dumps, top));
    return 0;
  } finally {
    removeClockedBundle(outdir);
  }
}

function sizeOf(p: string): number {
  const st = fs.statSync(p);
  if (st.isFile()) return st.size;
  return fs
    .readdirSync(p, { recursive: true, withFileTypes: true })
    .reduce((a, e) => (e.isFile() ? a + fs.statSync(path.join(e.parentPath, e.name)).size : a), 0);
}

process.exitCode = await main();
