import { parentPort } from 'node:worker_threads';
import { extractFile } from './extractFile.ts';

export interface WorkerTask {
  id: number;
  file: string;
  reportId?: string;
}

// One file per message; extractFile never throws for a bad file, so a crash here is a real fault (out of memory).
parentPort?.on('message', (task: WorkerTask) => {
  parentPort!.postMessage({ id: task.id, result: extractFile(task.file, task.reportId) });
});
