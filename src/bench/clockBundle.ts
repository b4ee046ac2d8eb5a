import fs from 'node:fs';
import path from 'node:path';
import { BATCH_JIT_FLAGS } from '../../scripts/batchJitFlags.mjs';
import { BANNER, EXTERNAL } from '../../scripts/bundleShape.mjs';
import { CLOCK_ENV, type ClockDump } from './stageClock.ts';
import { timed } from './measureCopies.ts';

// A clocked build of `npm run extract` (`npm run profile -- --clock`): the same sources bundled by esbuild, with every
// exported function of the stages' folders wrapped in the calls of src/bench/stageClock.ts, run on one thread under the
// command's V8 flags. The wrappers exist in this bundle only: the bundle users run is made by scripts/bundled.mjs from the
// sources as written, so the clock costs `npm run extract` nothing. The clocked run is slower than the command (a pair of
// clock calls costs about 0.1 µs, and a wrapper keeps V8 from inlining what it wraps): read its times against each other.

/** The folders whose exported functions are clocked (src/text's helpers run per character: their clock would cost more than they do). */
const CLOCKED =
  /[\\/]src[\\/](entities|figures|structure|link|cases|document|normalize)[\\/].*\.ts$|[\\/]src[\\/]corpus[\\/]extractReport\.ts$/;
// Every function declared at a module's top level, exported or not (a recognizer's own helpers get a line each too).
const TOP_LEVEL_FUNCTION = /^(export )?function (\w+)/gm;

/** A module's source with each top-level `function NAME` renamed, and NAME declared again as a wrapper that clocks it. */
export function clockedSource(source: string, file: string, clockModule: string, skip: ReadonlySet<string> = new Set()): string {
  const names = new Map<string, string>();
  const renamed = source.replace(TOP_LEVEL_FUNCTION, (whole, exported: string | undefined, name: string) => {
    if (skip.has(`${file}:${name}`)) return whole;
    names.set(name, exported ?? '');
    return `function ${name}__clocked`;
  });
  if (!names.size) return source;
  const wrappers = [...names].map(
    ([n, exported]) =>
      // The id is taken at the first call (a var, not a const: the module's own top-level code may call it before its end).
      `var __clockId_${n};\n${exported}function ${n}(...a) { const id = __clockId_${n} ?? (__clockId_${n} = __clockId(${JSON.stringify(n)}, ${JSON.stringify(file)})); __clockEnter(id); try { return ${n}__clocked.apply(this, a); } finally { __clockExit(id); } }`,
  );
  const imports = `import { clockEnter as __clockEnter, clockExit as __clockExit, clockId as __clockId } from ${JSON.stringify(clockModule)};`;
  return `${imports}\n${renamed}\n${wrappers.join('\n')}\n`;
}

/**
 * Bundles scripts/extract.ts with the stages clocked, in `outdir` (under node_modules, so that its packages resolve);
 * the functions in `skip` (`file:name`) are left as they are.
 */
export async function buildClockedBundle(root: string, outdir: string, skip: ReadonlySet<string> = new Set()): Promise<string> {
  const { build } = await import('esbuild');
  const clockModule = path.join(root, 'src', 'bench', 'stageClock.ts');
  await build({
    entryPoints: { extract: path.join(root, 'scripts', 'extract.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    external: EXTERNAL,
    banner: { js: BANNER },
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    absWorkingDir: root,
    plugins: [
      {
        name: 'stage-clock',
        setup(b) {
          b.onLoad({ filter: CLOCKED }, (args) => {
            const file = path.relative(root, args.path).split(path.sep).join('/');
            return { contents: clockedSource(fs.readFileSync(args.path, 'utf8'), file, clockModule, skip), loader: 'ts' };
          });
        },
      },
    ],
  });
  return path.join(outdir, 'extract.mjs');
}

export interface ClockedRun {
  dump: ClockDump;
  wallSeconds: number;
  cpuSeconds?: number;
}

/** One run of the clocked bundle over `inputs` on one thread; its output goes to `dir`. */
export function clockedRun(bundle: string, inputs: string[], dir: string): ClockedRun {
  fs.mkdirSync(dir, { recursive: true });
  const dumpFile = path.join(dir, 'clock.json');
  const t = timed(process.execPath, [...BATCH_JIT_FLAGS, bundle, '--jobs', '1', '--out', path.join(dir, 'out'), ...inputs], {
    ...process.env,
    [CLOCK_ENV]: dumpFile,
  });
  return { dump: JSON.parse(fs.readFileSync(dumpFile, 'utf8')) as ClockDump, wallSeconds: t.wall, cpuSeconds: t.cpu };
}

/**
 * The functions a run calls more than `perReport` times a report (`file:name`): their clock would cost more than they do
 * and be counted in their callers' time (a pair of clock calls is about 0.1 µs; wordId runs some 12,000 times a report).
 */
export function frequentFunctions(dump: ClockDump, perReport: number): Set<string> {
  const reports = Math.max(1, dump.cold.reports + dump.warm.reports);
  const calls = new Map<string, number>();
  for (const t of [dump.cold, dump.warm])
    for (const [label, file, n] of t.functions) {
      const key = `${file}:${label.replace(/@.*$/, '')}`;
      calls.set(key, (calls.get(key) ?? 0) + n);
    }
  return new Set([...calls].filter(([, n]) => n / reports > perReport).map(([k]) => k));
}

/** Removes a clocked bundle's folder. */
export const removeClockedBundle = (outdir: string) => fs.rmSync(outdir, { recursive: true, force: true });
