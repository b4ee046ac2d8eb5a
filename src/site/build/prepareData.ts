// The steps of a site build that hold the whole extraction in memory (extract, graph data, downloads), run on a worker
// thread: when it ends, its heap goes with it, so the build process holds nothing of the corpus while Astro (a child
// process that loads the extraction itself) and Pagefind run. At 1,000 reports the extraction takes gigabytes in memory.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import path from 'node:path';
import fs from 'node:fs';
import { runExtract } from '../../cli/runExtract.ts';
import { checkExtraction, SiteDataError } from '../loadExtraction.ts';
import { buildGraphAssets } from '../graph/buildGraphAssets.ts';
import { writeDownloads } from '../downloads/writeDownloads.ts';

export interface PrepareTask {
  reportsDir: string;
  workDir: string;
  assetsDir: string;
  quiet?: boolean;
}

/** What went wrong, as the build reports it: `user` errors are printed as one line (BuildError), others with their stack. */
type PrepareOutcome = { ok: true; reports: number } | { ok: false; user: boolean; message: string; stack?: string };

/** Extraction (cached per report), then the graph data and downloads into `assetsDir`; returns the number of reports. */
export async function prepareData(task: PrepareTask, step: (name: string) => () => void): Promise<number> {
  let done = step(`extract ${path.relative(process.cwd(), task.reportsDir) || task.reportsDir}`);
  // Reports whose bytes and extractor did not change come from the cache: adding one report extracts one file.
  const extracted = await runExtract({
    inputs: [task.reportsDir],
    out: task.workDir,
    quiet: task.quiet,
    cache: path.join(task.workDir, 'cache'),
  });
  done();
  // The extraction just written, as written (checked the way the pages will read it): not parsed again, which would hold
  // a second copy of the corpus while the first is still being collected.
  const extraction = extracted.extraction;
  checkExtraction(extracted.file ?? path.join(task.workDir, 'extraction.json'), extraction);
  if (extraction.reports.length === 0) return 0;

  done = step('graph data');
  fs.rmSync(task.assetsDir, { recursive: true, force: true });
  fs.mkdirSync(task.assetsDir, { recursive: true });
  const graph = buildGraphAssets(extraction, task.assetsDir);
  done();
  // Downloads go beside the graph data, before Astro, so the data page can state their sizes.
  done = step('downloads');
  writeDownloads(extraction, path.join(task.assetsDir, 'downloads'), graph);
  done();
  return extraction.reports.length;
}

const WORKER_ENTRY = new URL('./prepareWorker.mjs', import.meta.url);

/** Runs prepareData on a worker thread; a user error (no such folder, a broken extraction.json) comes back as `userError`. */
export function prepareDataInWorker(task: PrepareTask, userError: (message: string) => Error): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: task });
    let outcome: PrepareOutcome | undefined;
    worker.on('message', (m: PrepareOutcome) => (outcome = m));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (outcome?.ok) resolve(outcome.reports);
      else if (outcome)
        reject(outcome.user ? userError(outcome.message) : Object.assign(new Error(outcome.message), { stack: outcome.stack }));
      else reject(new Error(`preparing the site's data: the worker stopped (exit code ${code})`));
    });
  });
}

if (!isMainThread && parentPort && (workerData as PrepareTask | undefined)?.assetsDir) {
  const task = workerData as PrepareTask;
  const step = (name: string) => {
    const started = Date.now();
    if (!task.quiet) console.error(`build: ${name}…`);
    return () => {
      if (!task.quiet) console.error(`build: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    };
  };
  prepareData(task, step).then(
    (reports) => parentPort!.postMessage({ ok: true, reports } satisfies PrepareOutcome),
    (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      parentPort!.postMessage({
        ok: false,
        user: e instanceof SiteDataError,
        message: error.message,
        stack: error.stack,
      } satisfies PrepareOutcome);
    },
  );
}
