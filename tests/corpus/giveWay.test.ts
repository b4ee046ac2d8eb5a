import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

// The figures' thread of two threads on a small corpus (src/corpus/figuresOfFile.ts) gives way to the command's thread.
describe('a helping thread gives way to the command thread', () => {
  it.runIf(process.platform === 'linux')('lowers its own priority, not the process’s', async () => {
    const before = os.getPriority(0);
    const module = new URL('../../src/corpus/giveWay.ts', import.meta.url).href;
    // A worker thread does not inherit tsx's loader: it registers it, as src/corpus/extractWorker.mjs does.
    const worker = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module)}); })` +
        `.then(({ giveWayToCommandThread }) => { giveWayToCommandThread(); ` +
        `require('node:worker_threads').parentPort.postMessage(require('node:os').getPriority(0)); })`,
      { eval: true },
    );
    const inWorker = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(inWorker).toBe(Math.max(before, 10));
    expect(os.getPriority(0)).toBe(before);
  });
});
