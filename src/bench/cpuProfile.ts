import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A V8 .cpuprofile read for the bench's and the profiler's summaries: each sample with its time (µs on the monotonic
// clock of process.hrtime, so that timing marks split it: src/util/timingMarks.ts) and its stack, and each function
// named by the source file it came from, also when it ran from `npm run extract`'s bundle (one file of every module:
// esbuild writes `// src/…/file.ts` above each module's code, which is where the bundle's line numbers are mapped back).

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url?: string; lineNumber?: number }; children?: number[] }[];
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Sample {
  /** µs since the clock's origin (the profile's startTime plus the deltas so far). */
  at: number;
  /** The sample's weight, µs (its delta: the time since the profiler last looked). */
  us: number;
  /** Innermost function first. */
  stack: string[];
  /** Where each function of the stack is: a source file (src/…, node_modules/…), `(native)` or node's own. */
  files: string[];
}

/** A time window, µs on the profile's clock. */
export type Window = [from: number, to: number];

export function readCpuProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

/** Every sample of `profile` with its time, duration, stack and source file. */
export function samplesOf(profile: CpuProfile, root = process.cwd()): Sample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sources = new SourceFiles(root);
  const stacks = new Map<number, { stack: string[]; files: string[] }>();
  const stackOf = (id: number) => {
    let s = stacks.get(id);
    if (s) return s;
    s = { stack: [], files: [] };
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const frame = byId.get(x)!.callFrame;
      s.stack.push(frame.functionName || '(anonymous)');
      s.files.push(sources.of(frame.url ?? '', frame.lineNumber ?? -1, frame.functionName));
    }
    stacks.set(id, s);
    return s;
  };
  const out: Sample[] = [];
  let at = profile.startTime ?? 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    out.push({ at, us: profile.timeDeltas[i] ?? 0, ...stackOf(profile.samples[i]!) });
  }
  return out;
}

/** The samples inside any of `windows` (all of them when none is given). */
export const within = (samples: Sample[], windows?: Window[]): Sample[] =>
  windows ? samples.filter((s) => windows.some(([a, b]) => s.at >= a && s.at < b)) : samples;

/** A bundled function's name as written in its source: esbuild numbers a name that two modules share (segment2). */
export const sourceName = (name: string, known: readonly string[]): string => {
  const bare = name.replace(/\d+$/, '');
  return bare !== name && known.includes(bare) ? bare : name;
};

// Source files of profile frames: a file of the worktree relative to it, a bundle's line by the module comment above it.
class SourceFiles {
  private readonly bundles = new Map<string, { line: number; file: string }[]>();
  constructor(private readonly root: string) {}

  of(url: string, line: number, functionName: string): string {
    if (!url) return functionName.startsWith('(') ? functionName : '(native)';
    if (url.startsWith('node:')) return 'node internals';
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    const modules = this.modulesOf(file);
    if (modules.length) {
      let lo = 0;
      let hi = modules.length - 1;
      if (line < modules[0]!.line) return path.basename(file);
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (modules[mid]!.line <= line) lo = mid;
        else hi = mid - 1;
      }
      return modules[lo]!.file;
    }
    return path.relative(this.root, file);
  }

  // The modules of a bundle by their first line (0-based, as a profile's line numbers), or none for a file of its own.
  private modulesOf(file: string): { line: number; file: string }[] {
    let m = this.bundles.get(file);
    if (m) return m;
    m = [];
    if (/report-kg-bundles/.test(file) && fs.existsSync(file))
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, line) => {
          const at = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(text);
          if (at) m!.push({ line, file: at[1]! });
        });
    this.bundles.set(file, m);
    return m;
  }
}
