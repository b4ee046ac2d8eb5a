import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const HELPER_THREADS = path.resolve('scripts/helperThreads.mjs');

// What scripts/bundled.mjs does before the command runs, in a fresh process: each thread's niceness read from /proc.
describe("the extract command's helper threads give way to its own thread", () => {
  it.runIf(process.platform === 'linux')("lowers V8's and libuv's threads, not the command's, nor worker threads started after", () => {
    const code =
      `import(${JSON.stringify(HELPER_THREADS)}).then(async ({ lowerHelperThreads }) => {` +
      `const fs = await import('node:fs'); const { Worker } = await import('node:worker_threads');` +
      `const nice = (t) => Number(fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]);` +
      `const before = new Set(fs.readdirSync('/proc/self/task'));` +
      `lowerHelperThreads();` +
      `const w = new Worker('setTimeout(() => {}, 500)', { eval: true });` +
      `await new Promise((r) => w.once('online', r));` +
      `const tasks = fs.readdirSync('/proc/self/task').map((t) => ({ t, nice: nice(t), old: before.has(t) }));` +
      `await w.terminate();` +
      `process.stdout.write(JSON.stringify({ pid: String(process.pid), tasks })); })`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { pid, tasks } = JSON.parse(r.stdout) as { pid: string; tasks: { t: string; nice: number; old: boolean }[] };
    const main = tasks.find((x) => x.t === pid)!;
    const helpers = tasks.filter((x) => x.old && x.t !== pid);
    const started = tasks.filter((x) => !x.old);
    // The command keeps the niceness it was started with (0, or more when the tests run under nice).
    expect(main.nice).toBe(os.getPriority());
    expect(helpers.length).toBeGreaterThan(0);
    expect(helpers.every((x) => x.nice >= Math.max(10, main.nice))).toBe(true);
    // The worker thread (and any pool thread its start made) keeps the command's priority.
    expect(started.length).toBeGreaterThan(0);
    expect(started.some((x) => x.nice === main.nice)).toBe(true);
  });
});
