import { MessagePort } from 'node:worker_threads';
import type { Figure } from '../types.ts';
import { normalizeReport } from '../normalize/normalizeReport.ts';
import { structureReport } from '../structure/structureReport.ts';
import { buildDocument } from '../document/buildDocument.ts';
import { findFigures } from '../figures/findFigures.ts';
import { readFileAs } from './extractFile.ts';

/** What the figures' thread is asked (src/corpus/figuresAhead.ts): the files in the order the command's thread takes them. */
export interface FiguresTask {
  kind: 'figures';
  files: { file: string; id?: string }[];
  /** Where each file's figures go, as `{ index, figures }` (figures undefined when they could not be found here). */
  port: MessagePort;
  /** Shared with the command's thread: the number of files it has taken (found the figures of, here or itself). */
  taken: Int32Array;
}

/** A file's figures as extractReport finds them: the same stages before them, from the file alone. */
export function figuresOfFile(file: string, id?: string): Figure[] {
  const normalized = normalizeReport(readFileAs(file, id));
  return findFigures(buildDocument(normalized, structureReport(normalized.text, normalized.id)));
}

/** Finds the figures of every file not yet taken, in order, on this (worker) thread. */
export function serveFigures(task: FiguresTask): void {
  for (let index = 0; index < task.files.length; index++) {
    // The command's thread is past this file: it found the figures itself.
    if (Atomics.load(task.taken, 0) > index) continue;
    const { file, id } = task.files[index]!;
    let figures: Figure[] | undefined;
    try {
      figures = figuresOfFile(file, id);
    } catch {
      // left to the command's thread, which meets the same fault in its turn and reports it
    }
    task.port.postMessage({ index, figures });
  }
  task.port.close();
}
