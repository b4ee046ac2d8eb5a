// Child process of `npm run bench`: extracts one corpus folder and prints one JSON line of measurements.
// A process of its own per measurement, so that its peak memory (maxRSS) is the extraction's and nothing else's.
//   node --import tsx src/bench/measureExtraction.ts --jobs N --runs R DIR
import fs from 'node:fs';
import path from 'node:path';
import { extractCorpusAsync } from '../corpus/extractCorpus.ts';
import { extractReport } from '../corpus/extractReport.ts';
import { writeExtraction } from '../cli/writeExtraction.ts';

export interface ExtractionMeasurement {
  files: number;
  reports: number;
  skipped: number;
  /** Bytes of report text on disk (UTF-8). */
  bytes: number;
  /** Module loading and the first report's lazy set-up (dictionaries, gazetteer). */
  startupSeconds: number;
  /** One value per run: wall time of the extraction of the whole folder. */
  seconds: number[];
  /** One value per run: CPU time (user + system, all threads) of the same; barely moved by other processes on the machine. */
  cpuSeconds: number[];
  /** Writing extraction.json. */
  writeSeconds: number;
  jsonBytes: number;
  entities: number;
  figures: number;
  maxRssMB: number;
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const jobs = opt('--jobs', 1);
  const runs = opt('--runs', 1);
  const dir = argv[argv.length - 1];
  const sample = fs.readFileSync(
    path.join(
      dir,
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()[0],
    ),
    'utf8',
  );
  extractReport({ path: 'warmup.txt', file: 'warmup.txt', format: 'txt', encoding: 'UTF-8', content: sample.slice(0, 2000), meta: {} });
  // performance.now() counts from the process's start: module loading is included.
  const startupSeconds = performance.now() / 1000;

  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  let extraction;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    // As the command runs it (on one thread too: the next report is prepared and cut ahead, src/corpus/extractAhead.ts).
    extraction = await extractCorpusAsync([dir], { jobs });
    seconds.push((performance.now() - t) / 1000);
    const used = process.cpuUsage(cpu);
    cpuSeconds.push((used.user + used.system) / 1e6);
  }
  const t = performance.now();
  const out = fs.mkdtempSync(path.join(path.dirname(path.resolve(dir)), 'out-'));
  const written = writeExtraction(out, extraction!);
  const writeSeconds = (performance.now() - t) / 1000;
  const jsonBytes = fs.statSync(written).size;
  fs.rmSync(out, { recursive: true, force: true });
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const m: ExtractionMeasurement = {
    files: files.length,
    reports: extraction!.reports.length,
    skipped: extraction!.skipped.length,
    bytes: files.reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0),
    startupSeconds,
    seconds,
    cpuSeconds,
    writeSeconds,
    jsonBytes,
    entities: extraction!.entities.length,
    figures: extraction!.figures.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(m) + '\n');
}

void main();
