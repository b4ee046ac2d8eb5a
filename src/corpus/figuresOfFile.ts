import { MessagePort } from 'node:worker_threads';
import type { Figure } from '../types.ts';
import { buildDocument } from '../document/buildDocument.ts';
import { findFigures } from '../figures/findFigures.ts';
import { prepareFile, type FileStages } from './extractFile.ts';
import { giveWayToCommandThread } from './giveWay.ts';
import { mark } from '../util/timingMarks.ts';

/** What the figures' thread is asked (src/corpus/figuresAhead.ts): the files in the order the command's thread takes them. */
export interface FiguresTask {
  kind: 'figures';
  files: { file: string; id?: string }[];
  /** The first file to take up (the ones before it are the command's thread's alone). */
  from?: number;
  /**
   * Where each file's stages go: first `{ index, prepared }` (the file read, normalized and structured), then
   * `{ index, figures }`; either undefined when it could not be made here.
   */
  port: MessagePort;
  /** Shared with the command's thread: the number of files it has taken (found the figures of, here or itself). */
  taken: Int32Array;
}

/** A file's figures as extractReport finds them: the same stages before them, from the file alone. */
export function figuresOfFile(file: string, id?: string): Figure[] {
  return figuresOf(prepareFile(file, id));
}

const figuresOf = ({ normalized, structure }: FileStages): Figure[] => findFigures(buildDocument(normalized, structure));

/** Prepares each file not yet taken and finds its figures, in order, on this (worker) thread. */
export function serveFigures(task: FiguresTask): void {
  // This thread only runs ahead of the command's thread, which makes whatever is not there by its turn itself: when
  // the two want one core (this thread, V8's compilers of both and the command's thread on two cores), the command's
  // goes first. 40 copies of the default report, two threads, load kept off by the scheduler, 6 runs by turns: the
  // command's thread waiting for a core 568 → 428 ms (medians); the run 2.57 → 2.54 s.
  giveWayToCommandThread();
  for (let index = task.from ?? 0; index < task.files.length; index++) {
    // The command's thread is past this file: it found the figures itself.
    if (Atomics.load(task.taken, 0) > index) continue;
    const { file, id } = task.files[index]!;
    mark(`figures:${index}`);
    // A fault here is left to the command's thread, which meets the same fault in its turn and reports it.
    let prepared: FileStages | undefined;
    try {
      prepared = prepareFile(file, id);
    } catch {
      prepared = undefined;
    }
    // Sent before the figures are found: the command's thread asks for a file's first stages a report ahead of its figures.
    task.port.postMessage({ index, prepared });
    let figures: Figure[] | undefined;
    try {
      figures = prepared && figuresOf(prepared);
    } catch {
      figures = undefined;
    }
    task.port.postMessage({ index, figures });
  }
  mark('figures done');
  task.port.close();
}
