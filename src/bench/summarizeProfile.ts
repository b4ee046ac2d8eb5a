import fs from 'node:fs';
import path from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by pipeline folder (src/entities, src/figures …), where the time is spent and whose code it is. */
  byFolder: [string, number][];
  /** The hottest functions by self time. */
  byFunction: [string, number][];
}

/** Self time of a V8 .cpuprofile, by source folder and by function. */
export function summarizeProfile(file: string, root = process.cwd()): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const folders = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const ms = micros / 1000;
    total += ms;
    const rel = url.startsWith('file://') ? path.relative(root, new URL(url).pathname) : url;
    const folder = rel.startsWith('src/')
      ? rel.split('/').slice(0, 2).join('/')
      : rel.startsWith('node_modules/')
        ? rel.split('/').slice(0, 2).join('/')
        : functionName.startsWith('(')
          ? functionName
          : 'node internals';
    folders.set(folder, (folders.get(folder) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} ${rel || '(native)'}${rel ? `:${lineNumber + 1}` : ''}`;
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
