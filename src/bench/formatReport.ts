import os from 'node:os';
import type { ExtractionMeasurement } from './measureExtraction.ts';
import type { SiteMeasurement } from './runMeasurements.ts';
import { median } from './median.ts';

export interface SizeResult {
  size: number;
  cores: number;
  single: ExtractionMeasurement;
  workers?: ExtractionMeasurement;
  site?: SiteMeasurement;
}

const MB = 1024 * 1024;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

/** The benchmark's figures as a plain table (terminal), a markdown table (README) and notes on linearity. */
export function formatReport(results: SizeResult[], loadAverage = os.loadavg()) {
  const header = [
    'reports',
    'text MB',
    'MB/s per core (CPU)',
    '1-thread MB/s (wall)',
    'CPU ms/report',
    'workers MB/s (wall)',
    'speed-up',
    'peak RSS 1-thread MB',
    'peak RSS workers MB',
    'extraction.json MB',
    'site build s',
    'site peak RSS MB',
    'site peak RSS all processes MB',
    'site s per report',
    'pages',
    'site s per 1,000 pages',
    'page KB (mean)',
    'Pagefind MB',
    'graph data KB',
  ];
  const rows = results.map((r) => {
    const t1 = median(r.single.seconds);
    const c1 = median(r.single.cpuSeconds);
    const tw = r.workers ? median(r.workers.seconds) : NaN;
    return [
      String(r.size),
      f1(r.single.bytes / MB),
      f2(r.single.bytes / MB / c1),
      f2(r.single.bytes / MB / t1),
      f1((c1 / r.size) * 1000),
      r.workers ? `${f2(r.workers.bytes / MB / tw)} (${r.cores})` : 'n/a',
      r.workers ? `${f2(t1 / tw)}×` : 'n/a',
      String(Math.round(r.single.maxRssMB)),
      r.workers ? String(Math.round(r.workers.maxRssMB)) : 'n/a',
      f1(r.single.jsonBytes / MB),
      r.site ? f1(r.site.seconds) : 'n/a',
      r.site?.maxRssMB ? String(Math.round(r.site.maxRssMB)) : 'n/a',
      r.site?.treeRssMB ? String(Math.round(r.site.treeRssMB)) : 'n/a',
      r.site ? f2(r.site.seconds / r.size) : 'n/a',
      r.site ? String(r.site.pages) : 'n/a',
      r.site ? f1((r.site.seconds / r.site.pages) * 1000) : 'n/a',
      r.site ? f1(r.site.htmlBytes / r.site.pages / 1024) : 'n/a',
      r.site ? f2(r.site.pagefindBytes / MB) : 'n/a',
      r.site ? String(Math.round(r.site.graphBytes / 1024)) : 'n/a',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  const table = [line(header), ...rows.map(line)].join('\n');
  const markdown = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---:').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

  const notes: string[] = [];
  const base = results[0];
  if (base) {
    const perReport = (r: SizeResult) => median(r.single.cpuSeconds) / r.size;
    for (const r of results.slice(1)) {
      notes.push(`CPU time per report at ${r.size} vs ${base.size}: ${f2(perReport(r) / perReport(base))}× (1.00 = linear)`);
      if (r.site && base.site)
        notes.push(
          `site build time per report at ${r.size} vs ${base.size}: ${f2(r.site.seconds / r.size / (base.site.seconds / base.size))}×`,
        );
    }
    for (const r of results)
      if (r.site?.steps.length)
        notes.push(
          `site of ${r.size} reports, by step: ${r.site.steps.map((s) => `${s.name.replace(/^extract .*/, 'extract')} ${f1(s.seconds)} s`).join(', ')}`,
        );
    notes.push(`start-up (modules, dictionaries, gazetteer) before the first report: ${f2(base.single.startupSeconds)} s`);
    notes.push(`load average during the run: ${loadAverage.map(f1).join(', ')} (1, 5, 15 min) on ${os.availableParallelism()} core(s)`);
    notes.push(`runs per size: ${results.map((r) => `${r.size}: ${r.single.seconds.length}`).join(', ')} (medians shown)`);
  }
  return { table, markdown, notes: notes.join('\n') };
}
