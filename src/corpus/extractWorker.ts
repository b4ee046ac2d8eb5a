import { parentPort } from 'node:worker_threads';
import { extractFile } from './extractFile.ts';
import { serveFigures, type FiguresTask } from './figuresOfFile.ts';
import { mark } from '../util/timingMarks.ts';

export interface WorkerTask {
  id: number;
  file: string;
  reportId?: string;
}

// One file per message; extractFile never throws for a bad file, so a crash here is a real fault (out of memory).
// A figures' task (src/corpus/figuresAhead.ts) is the thread's only one, answered on its own port.
parentPort?.on('message', (task: WorkerTask | FiguresTask) => {
  if ('kind' in task) return serveFigures(task);
  mark(`file:${task.id}`);
  parentPort!.postMessage({ id: task.id, result: extractFile(task.file, task.reportId) });
});
