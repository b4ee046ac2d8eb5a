import fs from 'node:fs';
import os from 'node:os';
import type { CorpusProgress, Extraction, ReportExtraction, SkippedFile } from '../types.ts';
import { walkReportFiles } from '../read/listReportFiles.ts';
import { extractFile, type FileResult } from './extractFile.ts';
import { extractInWorkers } from './extractInWorkers.ts';
import { reportWarnings } from './reportWarnings.ts';
import { mergeCorpus } from './mergeCorpus.ts';

export interface CorpusOptions {
  /** Worker threads to use; 1 = this thread only; default: decided from the corpus size (see `autoJobs`). */
  jobs?: number;
  onProgress?: (p: CorpusProgress) => void;
  /** A file whose extraction runs longer than this is skipped (workers only: a thread cannot interrupt itself). */
  fileTimeoutMs?: number;
}

/** Reads and extracts every report under `inputs` on this thread. */
export function extractCorpus(inputs: string[], onProgress?: (p: CorpusProgress) => void): Extraction {
  const { files, skipped } = walkReportFiles(inputs);
  const sizes = files.map(fileSize);
  const totalBytes = sum(sizes);
  let doneBytes = 0;
  const results = files.map((file, i) => {
    const r = extractFile(file);
    doneBytes += sizes[i];
    onProgress?.({ done: i + 1, total: files.length, file, totalBytes, doneBytes });
    return r;
  });
  return mergeResults(results, skipped);
}

/**
 * Reads and extracts every report under `inputs`, across worker threads when the corpus is large enough for them to pay off.
 * The output does not depend on the number of threads or the order in which files finish: mergeCorpus sorts everything.
 */
export async function extractCorpusAsync(inputs: string[], options: CorpusOptions = {}): Promise<Extraction> {
  const { files, skipped } = walkReportFiles(inputs);
  const sizes = files.map(fileSize);
  const jobs = options.jobs ?? autoJobs(sizes);
  if (jobs <= 1 || files.length < 2) return extractCorpus(inputs, options.onProgress);
  const results = await extractInWorkers(files, sizes, { jobs, onProgress: options.onProgress, fileTimeoutMs: options.fileTimeoutMs });
  return mergeResults(results, skipped);
}

// Each thread loads tsx, the dictionaries and the gazetteer once (1–2 s): below this much text one thread is faster.
export const PARALLEL_MIN_FILES = 5;
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

export function autoJobs(sizes: number[], cores = os.availableParallelism()): number {
  if (sizes.length < PARALLEL_MIN_FILES || sum(sizes) < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(cores, sizes.length));
}

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

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
