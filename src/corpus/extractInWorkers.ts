import { Worker } from 'node:worker_threads';
import type { CorpusProgress } from '../types.ts';
import { extractFile, type FileResult } from './extractFile.ts';
import type { WorkerTask } from './extractWorker.ts';

export interface WorkerRunOptions {
  /** Threads in all: with `ownThread`, this thread and jobs − 1 worker threads; without, jobs worker threads. */
  jobs: number;
  /** The id the corpus gave each file (by its index in `files`). */
  ids?: readonly string[];
  onProgress?: (p: CorpusProgress) => void;
  /** Default: two minutes plus a minute per MB, far beyond a healthy extraction (seconds per MB). */
  fileTimeoutMs?: number;
  /**
   * This thread extracts too (the smallest files, none over OWN_THREAD_MAX_BYTES) instead of waiting for the workers:
   * one thread fewer to start and warm up, and files done from the start while the workers load. Its files have no time
   * limit and a crash among them is the process's (a thread cannot interrupt itself), as with one thread.
   */
  ownThread?: boolean;
}

/** Larger files always go to a worker thread, where a time limit holds and a crash skips only that file. */
export const OWN_THREAD_MAX_BYTES = 512 * 1024;

const WORKER_ENTRY = new URL('./extractWorker.mjs', import.meta.url);
// Set when the command runs from its script copy and V8's code cache (scripts/codeCache.mjs): workers run the same script.
const CODE_CACHED = Symbol.for('report-kg:code-cached-script');

const codeCached = () => (globalThis as { [CODE_CACHED]?: { script: string; worker: string } })[CODE_CACHED];

/** Whether a worker thread would start from the command's bundle and code cache (npm run extract), not through tsx. */
export const workersStartFromBundle = (): boolean => codeCached() !== undefined;

/** A thread that serves extraction tasks (src/corpus/extractWorker.ts), from the command's script copy where it runs from one. */
export function newWorker(): Worker {
  const cached = codeCached();
  return cached ? new Worker(new URL(cached.worker), { workerData: { script: cached.script } }) : new Worker(WORKER_ENTRY);
}
// Tasks posted to a worker ahead of its results: while this thread extracts a file of its own it cannot hand out work,
// so each worker holds its next file already.
const TASKS_AHEAD = 2;

/**
 * Extracts `files` on worker threads (and this one, with `ownThread`). Workers take the largest files first and this thread
 * the smallest, so that threads finish together. A file that crashes its thread (out of memory) or runs past the time limit
 * is skipped with a reason and the thread replaced, so one pathological file never stops the corpus. Results come back in
 * the order of `files`.
 */
export function extractInWorkers(files: string[], sizes: number[], options: WorkerRunOptions): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(files.length);
  const queue = files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || (files[a] < files[b] ? -1 : 1));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const ownThread = options.ownThread === true && options.jobs > 1;
  const workers = Math.min(ownThread ? options.jobs - 1 : options.jobs, files.length);
  let done = 0;
  let doneBytes = 0;

  return new Promise((resolve) => {
    const finish = (i: number, result: FileResult) => {
      if (results[i]) return;
      results[i] = result;
      done++;
      doneBytes += sizes[i];
      options.onProgress?.({ done, total: files.length, file: files[i], totalBytes, doneBytes });
      if (done === files.length) resolve(results as FileResult[]);
    };
    const skip = (i: number, reason: string): FileResult => ({ file: files[i], bytes: 0, skipped: { path: files[i], reason } });

    const start = () => {
      const worker = newWorker();
      // Files posted to the worker, in the order it extracts them; the first is the one it is on, timed.
      const posted: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      const limitOf = (index: number) => options.fileTimeoutMs ?? 120_000 + (sizes[index] / 1024 / 1024) * 60_000;
      const timeHead = () => {
        if (timer) clearTimeout(timer);
        timer = undefined;
        const index = posted[0];
        if (index === undefined) return;
        const limit = limitOf(index);
        timer = setTimeout(() => {
          replace(index, `extraction took longer than ${limit < 10_000 ? limit / 1000 : Math.round(limit / 1000)}s`);
        }, limit);
      };
      const fill = () => {
        while (!retired && posted.length < TASKS_AHEAD) {
          const index = queue.shift();
          if (index === undefined) break;
          posted.push(index);
          worker.postMessage({ id: index, file: files[index], reportId: options.ids?.[index] } satisfies WorkerTask);
          if (posted.length === 1) timeHead();
        }
        if (!retired && posted.length === 0) {
          retired = true;
          void worker.terminate();
        }
      };
      // The thread is lost with its file: skip the file, give back the files it had not begun, start a fresh thread for
      // the rest.
      const retire = (index: number, result: FileResult) => {
        retired = true;
        if (timer) clearTimeout(timer);
        timer = undefined;
        posted.shift();
        queue.unshift(...posted.filter((i) => !results[i]));
        posted.length = 0;
        finish(index, result);
        if (queue.length > 0) start();
      };
      const replace = (index: number, reason: string) => {
        if (retired) return;
        void worker.terminate();
        retire(index, skip(index, reason));
      };
      worker.on('message', (msg: { id: number; result: FileResult }) => {
        if (retired || msg.id !== posted[0]) return;
        posted.shift();
        timeHead();
        finish(msg.id, msg.result);
        fill();
      });
      let crash = '';
      worker.on('error', (e) => {
        crash = e.message.split('\n')[0];
      });
      worker.on('exit', (code) => {
        if (retired) return;
        const index = posted[0];
        const reason = `extraction failed: worker thread ${crash ? `crashed (${crash})` : `exited with code ${code}`}`;
        if (index !== undefined) retire(index, skip(index, reason));
        else {
          retired = true;
          if (queue.length > 0) start();
        }
      });
      fill();
    };

    // This thread's share: the smallest files left, one at a time, letting the workers' results in between.
    const ownTurn = () => {
      const index = queue[queue.length - 1];
      if (index === undefined || sizes[index] > OWN_THREAD_MAX_BYTES || done === files.length) return;
      queue.pop();
      finish(index, extractFile(files[index], options.ids?.[index]));
      setImmediate(ownTurn);
    };

    if (files.length === 0) return resolve([]);
    for (let j = 0; j < workers; j++) start();
    if (ownThread) setImmediate(ownTurn);
  });
}
