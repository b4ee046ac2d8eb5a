import type { ReportExtraction, SkippedFile } from '../types.ts';
import { readReport } from '../read/readReport.ts';
import { ReadError } from '../read/readError.ts';
import { extractReport } from './extractReport.ts';
import { exceedsOutputBound } from './outputBound.ts';

/** What one file yields: its extraction, or the reason it was skipped. */
export type FileResult =
  | { file: string; bytes: number; part: ReportExtraction; skipped?: undefined; warnings?: SkippedFile[] }
  | { file: string; bytes: number; part?: undefined; skipped: SkippedFile };

/** Reads and extracts one file (under the id the corpus gave it, if any). A user's bad file and a stage that throws both become a skip with a reason, never a crash. */
export function extractFile(file: string, id?: string): FileResult {
  let bytes = 0;
  try {
    const raw = id ? { ...readReport(file), id } : readReport(file);
    bytes = Buffer.byteLength(raw.content);
    const part = extractReport(raw);
    const tooLarge = exceedsOutputBound(part, bytes);
    if (tooLarge) return { file, bytes, skipped: { path: file, reason: tooLarge } };
    if (!raw.controlCharacters) return { file, bytes, part };
    const warning = `had ${raw.controlCharacters} stray control character(s) (a NUL byte or the like): removed, the rest was read`;
    return { file, bytes, part, warnings: [{ path: file, reason: warning }] };
  } catch (e) {
    const reason = e instanceof ReadError ? e.reason : `extraction failed: ${errorText(e)}`;
    return { file, bytes, skipped: { path: file, reason } };
  }
}

/** One line for a person: the message without the stack. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] || e.name;
  return String(e);
}
