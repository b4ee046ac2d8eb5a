import type { Figure, NormalizedReport, RawReport, ReportExtraction, ReportStructure, SkippedFile } from '../types.ts';
import { readReport } from '../read/readReport.ts';
import { ReadError } from '../read/readError.ts';
import { extractReport } from './extractReport.ts';
import { normalizeReport } from '../normalize/normalizeReport.ts';
import { structureReport } from '../structure/structureReport.ts';
import { exceedsOutputBound } from './outputBound.ts';

/** What one file yields: its extraction, or the reason it was skipped. */
export type FileResult =
  | { file: string; bytes: number; part: ReportExtraction; skipped?: undefined; warnings?: SkippedFile[] }
  | { file: string; bytes: number; part?: undefined; skipped: SkippedFile };

/** A file read, normalized and structured before its turn (src/corpus/extractAhead.ts). */
export interface PreparedFile {
  raw: RawReport;
  normalized: NormalizedReport;
  structure: ReportStructure;
  /** The report's figures when another thread found them by its turn (src/corpus/figuresAhead.ts); else found here. */
  figuresFound?: () => Figure[] | undefined;
}

/** Reads one file (under the id the corpus gave it, if any) as extractFile does; throws as it would. */
export const readFileAs = (file: string, id?: string): RawReport => (id ? { ...readReport(file), id } : readReport(file));

/** A file's first stages, which may be made ahead of its turn (here or on another thread). */
export type FileStages = Pick<PreparedFile, 'raw' | 'normalized' | 'structure'>;

/** A file read, normalized and structured as extractFile does it; throws as it would. */
export function prepareFile(file: string, id?: string): FileStages {
  const raw = readFileAs(file, id);
  const normalized = normalizeReport(raw);
  return { raw, normalized, structure: structureReport(normalized.text, normalized.id, normalized.marked) };
}

/**
 * Reads and extracts one file (under the id the corpus gave it, if any), or extracts it from what was `prepared` of it.
 * A user's bad file and a stage that throws both become a skip with a reason, never a crash.
 */
export function extractFile(file: string, id?: string, prepared?: PreparedFile): FileResult {
  let bytes = 0;
  try {
    const raw = prepared?.raw ?? readFileAs(file, id);
    bytes = Buffer.byteLength(raw.content);
    const part = prepared ? extractReport(raw, prepared.normalized, prepared.structure, prepared.figuresFound) : extractReport(raw);
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
