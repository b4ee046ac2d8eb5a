import fs from 'node:fs';
import path from 'node:path';
import { bigReport } from './synthesizeCorpus.ts';
import { timed } from './measureCopies.ts';
import { bundledCommand } from './extractCommand.ts';

export interface BigReportMeasurement {
  bytes: number;
  seconds: number;
  cpuSeconds?: number;
  /** Peak resident memory of the extraction (GNU time's %M), where /usr/bin/time exists. */
  maxRssMB?: number;
}

/**
 * One report of `megabytes` MB (the default report's body repeated, its numbers varied each time) extracted by
 * `npm run extract` in a fresh process on one thread: what a report near the 50 MB limit costs in time and memory.
 */
export function measureBigReport(report: string, dir: string, megabytes: number): BigReportMeasurement {
  const folder = path.join(dir, `big-${megabytes}`);
  fs.mkdirSync(folder, { recursive: true });
  const text = bigReport(fs.readFileSync(report, 'utf8').replace(/^\uFEFF/, ''), megabytes * 1024 * 1024);
  fs.writeFileSync(path.join(folder, `big-${megabytes}mb.txt`), text);
  const rss = path.join(dir, `big-${megabytes}.rss`);
  const gnuTime = fs.existsSync('/usr/bin/time') ? ['-o', rss, '-f', '%M', process.execPath] : undefined;
  const args = [...bundledCommand('scripts/extract.ts'), '--jobs', '1', '--out', path.join(dir, 'big-out'), folder];
  const t = gnuTime ? timed('/usr/bin/time', [...gnuTime, ...args]) : timed(process.execPath, args);
  const kb = gnuTime && fs.existsSync(rss) ? Number(fs.readFileSync(rss, 'utf8').trim().split('\n').pop()) : NaN;
  return { bytes: Buffer.byteLength(text), seconds: t.wall, cpuSeconds: t.cpu, maxRssMB: Number.isFinite(kb) ? kb / 1024 : undefined };
}

export function formatBigReport(m: BigReportMeasurement): string {
  const mb = m.bytes / 1024 / 1024;
  const cpu = m.cpuSeconds === undefined ? '' : `, ${m.cpuSeconds.toFixed(1)} s of CPU time`;
  const rss = m.maxRssMB === undefined ? '' : `, peak memory ${Math.round(m.maxRssMB)} MB`;
  return `one report of ${mb.toFixed(1)} MB (the default report's body repeated, numbers varied), whole process on one thread: ${m.seconds.toFixed(1)} s wall${cpu}${rss}`;
}
