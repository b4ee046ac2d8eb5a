import fs from 'node:fs';
import os from 'node:os';
import type { CorpusProgress, Extraction, ReportExtraction, SkippedFile } from '../types.ts';
import { walkReportFiles } from '../read/listReportFiles.ts';
import { extractFile, type FileResult } from './extractFile.ts';
import { extractInWorkers, newWorker, workersStartFromBundle } from './extractInWorkers.ts';
import { FiguresAhead } from './figuresAhead.ts';
import { extractAhead } from './extractAhead.ts';
import { reportWarnings } from './reportWarnings.ts';
import { mergeCorpus } from './mergeCorpus.ts';
import { assignReportIds } from './assignReportIds.ts';
import { ExtractionCache } from './extractionCache.ts';
import { inShard, type Shard } from './shard.ts';

export interface CorpusOptions {
  /** Threads to use (this one and jobs − 1 worker threads); 1 = this thread only; default: decided from the corpus size (see `autoJobs`). */
  jobs?: number;
  onProgress?: (p: CorpusProgress) => void;
  /** A file whose extraction runs longer than this is skipped (workers only: a thread cannot interrupt itself). */
  fileTimeoutMs?: number;
  /** Reports whose bytes and extractor are unchanged are read from here instead of extracted; new ones are stored. */
  cache?: ExtractionCache;
  /** Only this shard of the corpus (the ids are still those of the whole corpus). */
  shard?: Shard;
}

/** One report file of a corpus with the id the corpus gives it. */
export interface CorpusFile {
  file: string;
  id: string;
  size: number;
}

/** The files under `inputs`, in path order, each with its id (unique in the corpus); only those of `shard` if given. */
export function planCorpus(inputs: string[], shard?: Shard): CorpusFile[] {
  return planCorpusWithSkips(inputs, shard).files;
}

// The entries the folder walk does not read go with the first shard only, so that merged shards name each once.
function planCorpusWithSkips(inputs: string[], shard?: Shard): { files: CorpusFile[]; notRead: SkippedFile[] } {
  const { files, skipped } = walkReportFiles(inputs);
  const ids = assignReportIds(files);
  const planned = files.map((file) => ({ file, id: ids.get(file)!, size: fileSize(file) })).filter((f) => !shard || inShard(f.id, shard));
  return { files: planned, notRead: !shard || shard.index === 1 ? skipped : [] };
}

/** Reads and extracts every report under `inputs` on this thread. */
export function extractCorpus(inputs: string[], onProgress?: (p: CorpusProgress) => void): Extraction {
  const { files, notRead } = planCorpusWithSkips(inputs);
  return mergeResults([...extractOnThisThread(files, onProgress), ...notRead.map(asResult)]);
}

function extractOnThisThread(files: CorpusFile[], onProgress?: (p: CorpusProgress) => void): FileResult[] {
  const totalBytes = sum(files.map((f) => f.size));
  let doneBytes = 0;
  return files.map(({ file, id, size }, i) => {
    const r = extractFile(file, id);
    doneBytes += size;
    onProgress?.({ done: i + 1, total: files.length, file, totalBytes, doneBytes });
    return r;
  });
}

/**
 * Reads and extracts every report under `inputs`, across worker threads when the corpus is large enough for them to pay off.
 * The output does not depend on the number of threads or the order in which files finish: mergeCorpus sorts everything.
 */
export async function extractCorpusAsync(inputs: string[], options: CorpusOptions = {}): Promise<Extraction> {
  return mergeResults(await extractCorpusFiles(inputs, options));
}

/** What every file of the corpus (or of its shard) yields, from the cache where it can, in path order. */
export async function extractCorpusFiles(inputs: string[], options: CorpusOptions = {}): Promise<FileResult[]> {
  const { files, notRead } = planCorpusWithSkips(inputs, options.shard);
  const results: (FileResult | undefined)[] = new Array(files.length);
  const keys: string[] = [];
  const todo: number[] = [];
  files.forEach((f, i) => {
    if (!options.cache) return todo.push(i);
    const bytes = readBytes(f.file);
    keys[i] = bytes ? ExtractionCache.key(f.id, f.file, bytes) : '';
    const part = bytes && options.cache.get(keys[i]);
    if (part) results[i] = { file: f.file, bytes: bytes.length, part };
    else todo.push(i);
  });
  const pending = todo.map((i) => files[i]!);
  const jobs = options.jobs ?? autoJobs(pending.map((f) => f.size));
  const extracted =
    jobs <= 1 || pending.length < 2
      ? await extractAhead(pending, options.onProgress)
      : splitsStages(jobs, pending, options)
        ? await withFiguresAhead(pending, options)
        : await extractInWorkers(
            pending.map((f) => f.file),
            pending.map((f) => f.size),
            {
              jobs,
              ids: pending.map((f) => f.id),
              onProgress: options.onProgress,
              fileTimeoutMs: options.fileTimeoutMs,
              // A time limit asked for holds for every file, and only a worker thread can be stopped.
              ownThread: options.fileTimeoutMs === undefined,
            },
          );
  extracted.forEach((r, j) => {
    const i = todo[j]!;
    results[i] = r;
    // Only extractions are kept: a skipped file is cheap to look at again, and a crash or time-out may not recur.
    if (options.cache && r.part && keys[i]) options.cache.put(keys[i], r.part);
  });
  return [...(results as FileResult[]), ...notRead.map(asResult)];
}

// Two threads on a corpus below this much text share each report's stages rather than the files: the figures on one,
// the rest on the other (src/corpus/figuresAhead.ts). Two threads that each extract files each load and warm up the
// whole extractor, and each thread's V8 compiles it again: on 40 copies of the default report (2.3 MB; thread CPU,
// runs by turns under a load of about 20) one thread spent 3.1–3.3 s of its own (4.3–4.5 s with V8's compiler threads),
// files split 2.2–2.8 s on this thread and 2.0–2.4 s on the other (5.6–6.8 s in all: on 2 cores about one thread's wall
// time, 1.03× at the ninth session's bench), stages split 2.8–3.0 s here and 1.0–1.3 s there (5.1–5.3 s in all). Files
// split pay from tens of MB (1.56× one thread on the bench's 57 MB), where the warm-up is a small part.
export const FILE_SPLIT_MIN_BYTES = 8 * 1024 * 1024;

// Only a worker thread can be stopped, so a time limit asked for needs each file on one.
const splitsStages = (jobs: number, files: CorpusFile[], options: CorpusOptions) =>
  jobs === 2 && options.fileTimeoutMs === undefined && sum(files.map((f) => f.size)) < FILE_SPLIT_MIN_BYTES;

// The other thread takes up the files from the second one: the first one's figures are always this thread's. On 40
// copies of the default report (a high-priority scheduling group, 2 cores) the other thread began the first file's
// figures 140 ms after it was started and had them 280 ms later (jieba's dictionary, the file's first stages and the
// figures in code not yet compiled), about 30 ms after this thread had needed them and found them itself; the second
// file's stages, asked for as the first is extracted, came only after that.
const FIGURES_AHEAD_FROM = 1;

async function withFiguresAhead(files: CorpusFile[], options: CorpusOptions): Promise<FileResult[]> {
  const figures = new FiguresAhead(newWorker(), files, FIGURES_AHEAD_FROM);
  try {
    return await extractAhead(files, options.onProgress, figures);
  } finally {
    figures.close();
  }
}

// Each thread loads the extractor, the dictionaries and the gazetteer and warms up once: below this much text one thread
// is faster. From npm run extract's bundle and code cache a worker costs about 0.5 s of CPU before its first report plus
// its own warm-up, and two threads were 0.81× one thread's wall time on 0.6 MB, 1.16× on 2.4 MB and 1.21× on 5.7 MB (the
// bench on an idle machine, 2 cores); through tsx (the site build) a worker costs 1–2 s more to start.
export const PARALLEL_MIN_FILES = 5;
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
export const PARALLEL_MIN_BYTES_TSX = 8 * 1024 * 1024;

export function autoJobs(sizes: number[], cores = os.availableParallelism(), minBytes = parallelMinBytes()): number {
  if (sizes.length < PARALLEL_MIN_FILES || sum(sizes) < minBytes) return 1;
  return Math.max(1, Math.min(cores, sizes.length));
}

const parallelMinBytes = () => (workersStartFromBundle() ? PARALLEL_MIN_BYTES : PARALLEL_MIN_BYTES_TSX);

/** One extraction from the files' results; `notRead` lists what the folder walk left out (hidden, broken links, other formats). */
export function mergeResults(results: FileResult[], notRead: SkippedFile[] = []): Extraction {
  const parts: ReportExtraction[] = [];
  const skipped: SkippedFile[] = [...notRead];
  const warnings: SkippedFile[] = [];
  // Two files with one id (the same name in two folders): the first path in code-unit order keeps it, whatever finished first.
  const owner = new Map<string, string>();
  const ordered = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const r of ordered) {
    if (!r.part) {
      skipped.push(r.skipped);
      continue;
    }
    const prior = owner.get(r.part.report.id);
    if (prior !== undefined) {
      skipped.push({ path: r.file, reason: `duplicate report id "${r.part.report.id}" (already used by ${prior})` });
      continue;
    }
    owner.set(r.part.report.id, r.file);
    parts.push(r.part);
    warnings.push(...(r.warnings ?? []), ...reportWarnings(r.file, r.part));
  }
  return { ...mergeCorpus(parts, skipped), warnings };
}

const asResult = (s: SkippedFile): FileResult => ({ file: s.path, bytes: 0, skipped: s });

function readBytes(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
