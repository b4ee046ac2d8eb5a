import type { ExtractionMeasurement } from './measureExtraction.ts';
import type { SiteMeasurement } from './runMeasurements.ts';
import { median } from './median.ts';

const MB = 1024 * 1024;

/** One line on the corpus made of real reports: its extraction and its site, against the goal of 10 minutes and 4 GB. */
export function formatRealCorpus(count: number, sources: number, extraction: ExtractionMeasurement, site: SiteMeasurement): string {
  const cpu = median(extraction.cpuSeconds);
  const wall = median(extraction.seconds);
  const peak = site.treeRssMB ?? site.maxRssMB;
  const steps = site.steps.map((s) => `${s.name.replace(/^extract .*/, 'extract')} ${s.seconds.toFixed(0)} s`).join(', ');
  return (
    `${count} real reports (${sources} sources taken in turn, numbers varied per copy; ${(extraction.bytes / MB).toFixed(1)} MB): ` +
    `extraction on one thread ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (${(extraction.bytes / MB / cpu).toFixed(2)} MB/s), ` +
    `${extraction.entities.toLocaleString('en')} entities, ${extraction.figures.toLocaleString('en')} figures; ` +
    `site built in ${(site.seconds / 60).toFixed(1)} min (${steps}), ` +
    `peak memory ${peak ? `${(peak / 1024).toFixed(2)} GB` : 'n/a'} (all processes), ${site.pages.toLocaleString('en')} pages, ` +
    `search index ${(site.pagefindBytes / MB).toFixed(0)} MB (goal: 10 min, 4 GB)`
  );
}
