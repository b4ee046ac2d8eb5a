import type { Extraction, ReportExtraction, SkippedFile } from './types.ts';
import { listReportFiles } from './read/listReportFiles.ts';
import { readReport } from './read/readReport.ts';
import { ReadError } from './read/readError.ts';
import { extractReport } from './extractReport.ts';
import { mergeCorpus } from './mergeCorpus.ts';

export interface CorpusProgress {
  done: number;
  total: number;
  file: string;
  bytes: number;
}

/**
 * Reads and extracts every report under `inputs`. A file that cannot be read or extracted is skipped with a reason;
 * the rest of the corpus is still extracted.
 */
export function extractCorpus(inputs: string[], onProgress?: (p: CorpusProgress) => void): Extraction {
  const files = listReportFiles(inputs);
  const parts: ReportExtraction[] = [];
  const skipped: SkippedFile[] = [];
  files.forEach((file, i) => {
    let bytes = 0;
    try {
      const raw = readReport(file);
      bytes = Buffer.byteLength(raw.content);
      parts.push(extractReport(raw));
    } catch (e) {
      skipped.push({ path: file, reason: e instanceof ReadError ? e.reason : `extraction failed: ${(e as Error).message}` });
    }
    onProgress?.({ done: i + 1, total: files.length, file, bytes });
  });
  return mergeCorpus(parts, skipped);
}
