import { Worker } from 'node:worker_threads';
import type { CorpusProgress } from '../types.ts';
import type { FileResult } from './extractFile.ts';
import type { WorkerTask } from './extractWorker.ts';

export interface WorkerRunOptions {
  jobs: number;
  /** The id the corpus gave each file (by its index in `files`). */
  ids?: readonly string[];
  onProgress?: (p: CorpusProgress) => void;
  /** Default: two minutes plus a minute per MB, far beyond a healthy extraction (seconds per MB). */
  fileTimeoutMs?: number;
}

const WORKER_ENTRY = new URL('./extractWorker.mjs', import.meta.url);

/**
 * Extracts `files` on `jobs` worker threads. Largest files go first so that threads finish together.
 * A file that crashes its thread (out of memory) or runs past the time limit is skipped with a reason and the thread replaced,
 * so one pathological file never stops the corpus. Results come back in the order of `files`.
 */
export function extractInWorkers(files: string[], sizes: number[], options: WorkerRunOptions): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(files.length);
  const queue = files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || (files[a] < files[b] ? -1 : 1));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
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
      const worker = new Worker(WORKER_ENTRY);
      let current: { index: number; timer: NodeJS.Timeout } | undefined;
      let retired = false;
      const next = () => {
        const index = queue.shift();
        if (index === undefined) {
          retired = true;
          void worker.terminate();
          return;
        }
        const limit = options.fileTimeoutMs ?? 120_000 + (sizes[index] / 1024 / 1024) * 60_000;
        const timer = setTimeout(() => {
          replace(index, `extraction took longer than ${limit < 10_000 ? limit / 1000 : Math.round(limit / 1000)}s`);
        }, limit);
        current = { index, timer };
        worker.postMessage({ id: index, file: files[index], reportId: options.ids?.[index] } satisfies WorkerTask);
      };
      // The thread is lost with its file: skip the file, start a fresh thread for the rest.
      const replace = (index: number, reason: string) => {
        if (retired) return;
        retired = true;
        if (current) clearTimeout(current.timer);
        current = undefined;
        void worker.terminate();
        finish(index, skip(index, reason));
        if (queue.length > 0) start();
      };
      worker.on('message', (msg: { id: number; result: FileResult }) => {
        if (!current || msg.id !== current.index) return;
        clearTimeout(current.timer);
        current = undefined;
        finish(msg.id, msg.result);
        next();
      });
      let crash = '';
      worker.on('error', (e) => {
        crash = e.message.split('\n')[0];
      });
      worker.on('exit', (code) => {
        if (retired) return;
        retired = true;
        if (current) {
          clearTimeout(current.timer);
          finish(
            current.index,
            skip(current.index, `extraction failed: worker thread ${crash ? `crashed (${crash})` : `exited with code ${code}`}`),
          );
          current = undefined;
        }
        if (queue.length > 0) start();
      });
      next();
    };

    if (files.length === 0) return resolve([]);
    for (let j = 0; j < Math.min(options.jobs, files.length); j++) start();
  });
}
