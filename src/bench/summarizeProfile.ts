import { readCpuProfile, samplesOf } from './cpuProfile.ts';

export interface ProfileSummary {
  totalMs: number;
  /** Self time by pipeline folder (src/entities, src/figures …), where the time is spent and whose code it is. */
  byFolder: [string, number][];
  /** The hottest functions by self time. */
  byFunction: [string, number][];
}

/** Self time of a V8 .cpuprofile, by source folder and by function (a bundle's functions by their source files). */
export function summarizeProfile(file: string, root = process.cwd()): ProfileSummary {
  const folders = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const { stack, files, us } of samplesOf(readCpuProfile(file), root)) {
    const ms = us / 1000;
    total += ms;
    const rel = files[0]!;
    const folder = /^(src|node_modules)\//.test(rel) ? rel.split('/').slice(0, 2).join('/') : rel;
    folders.set(folder, (folders.get(folder) ?? 0) + ms);
    const key = `${stack[0]} ${rel}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { totalMs: total, byFolder: top(folders, 14), byFunction: top(functions, 20) };
}

export function formatProfile(s: ProfileSummary): string {
  const pct = (ms: number) => `${((ms / s.totalMs) * 100).toFixed(1).padStart(5)}%`;
  return [
    `CPU profile: ${(s.totalMs / 1000).toFixed(1)} s sampled`,
    'self time by folder:',
    ...s.byFolder.map(([k, ms]) => `  ${pct(ms)} ${Math.round(ms).toString().padStart(7)} ms  ${k}`),
    'hottest functions (self time):',
    ...s.byFunction.map(([k, ms]) => `  ${pct(ms)} ${Math.round(ms).toString().padStart(7)} ms  ${k}`),
  ].join('\n');
}
