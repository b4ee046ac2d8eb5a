import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recoverInterruptedBuild, withAtomicOutput } from '../../src/site/build/atomicOutput.ts';
import { LOCK_FILE, LockTimeout, withBuildLock } from '../../src/site/build/buildLock.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rkg-atomic-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A previous site: pages and a search index. */
function previousSite(dir: string) {
  fs.mkdirSync(path.join(dir, 'pagefind'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), 'old');
  fs.writeFileSync(path.join(dir, 'pagefind', 'pagefind.js'), 'old index');
}
const siteFiles = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('the site folder is replaced whole or not at all', () => {
  it('a build that fails leaves the previous site as it was and no folder behind', async () => {
    const dist = path.join(tmp, 'fail', 'dist');
    previousSite(dist);
    await expect(
      withAtomicOutput(dist, async (stage) => {
        fs.writeFileSync(path.join(stage, 'index.html'), 'half');
        throw new Error('astro build failed');
      }),
    ).rejects.toThrow(/astro build failed/);
    expect(siteFiles(dist)).toEqual(['index.html', 'pagefind', 'pagefind/pagefind.js']);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('old');
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('a build that succeeds replaces the previous site', async () => {
    const dist = path.join(tmp, 'ok', 'dist');
    previousSite(dist);
    await withAtomicOutput(dist, async (stage) => fs.writeFileSync(path.join(stage, 'index.html'), 'new'));
    expect(siteFiles(dist)).toEqual(['index.html']);
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('a build killed mid-way leaves the previous site with its index; the next build clears what it left', async () => {
    const dist = path.join(tmp, 'killed', 'dist');
    previousSite(dist);
    const script = `
      import fs from 'node:fs';
      import { withAtomicOutput } from ${JSON.stringify(path.join(ROOT, 'src/site/build/atomicOutput.ts'))};
      await withAtomicOutput(${JSON.stringify(dist)}, async (stage) => {
        fs.writeFileSync(stage + '/index.html', 'half');
        console.log('writing');
        await new Promise((r) => setTimeout(r, 60000));
      });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(fs.readFileSync(path.join(dist, 'pagefind', 'pagefind.js'), 'utf8')).toBe('old index');
    expect(fs.readdirSync(path.dirname(dist)).length).toBe(2); // dist and the killed build's staging folder
    await withAtomicOutput(dist, async (stage) => fs.writeFileSync(path.join(stage, 'index.html'), 'new'));
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });
});

describe('a build killed between the two renames of its swap (dist → .previous-PID, .building-PID → dist)', () => {
  /** The folders such a kill leaves: no dist, the previous site set aside, the new one complete but not in place. */
  function killedMidSwap(name: string) {
    const dist = path.join(tmp, name, 'dist');
    // The id of a process that has exited: the build that was killed.
    const pid = spawnSync(process.execPath, ['-e', '']).pid!;
    previousSite(`${dist}.previous-${pid}`);
    fs.mkdirSync(`${dist}.building-${pid}`, { recursive: true });
    fs.writeFileSync(`${dist}.building-${pid}/index.html`, 'complete but not swapped in');
    expect(fs.existsSync(dist)).toBe(false);
    return dist;
  }

  it('the next build puts the previous site back before it starts, so a failed one leaves it whole', async () => {
    const dist = killedMidSwap('mid-swap-fail');
    await expect(
      withAtomicOutput(dist, async () => {
        throw new Error('astro build failed');
      }),
    ).rejects.toThrow(/astro build failed/);
    expect(siteFiles(dist)).toEqual(['index.html', 'pagefind', 'pagefind/pagefind.js']);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('old');
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('a next build that succeeds replaces it and leaves nothing beside it', async () => {
    const dist = killedMidSwap('mid-swap-ok');
    await withAtomicOutput(dist, async (stage) => fs.writeFileSync(path.join(stage, 'index.html'), 'new'));
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('npm run preview puts the previous site back and serves it', async () => {
    const dist = killedMidSwap('mid-swap-preview');
    const port = 20000 + (process.pid % 20000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', dist], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), BASE_PATH: '/' },
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += String(d);
          if (out.includes('Serving')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`preview exited ${code}: ${out}`)));
      });
      expect(out).toMatch(/put back the previous site/);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toBe('old');
      expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
    } finally {
      child.kill();
    }
  });

  it('leaves the folders of a build that is still running alone', () => {
    const dist = path.join(tmp, 'mid-swap-running', 'dist');
    previousSite(`${dist}.previous-${process.pid}`);
    expect(recoverInterruptedBuild(dist)).toBe(false);
    expect(fs.readdirSync(path.dirname(dist))).toEqual([`dist.previous-${process.pid}`]);
  });
});

describe('two builds sharing a work folder', () => {
  it('the second waits for the first and says why', async () => {
    const work = path.join(tmp, 'work');
    const said: string[] = [];
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first = withBuildLock(work, async () => {
      order.push('first starts');
      await new Promise<void>((r) => (releaseFirst = r));
      order.push('first ends');
    });
    await new Promise((r) => setTimeout(r, 20));
    const second = withBuildLock(work, async () => void order.push('second runs'), { pollMs: 10, say: (l) => said.push(l) });
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual(['first starts']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
    expect(said[0]).toMatch(
      /waiting: another build \(process \d+, started .*\) is using .*work; two builds sharing one work folder would mix their data/,
    );
    expect(fs.existsSync(path.join(work, LOCK_FILE))).toBe(false);
  });

  it('gives up after its timeout naming the build that holds the lock', async () => {
    const work = path.join(tmp, 'work-timeout');
    let releaseFirst!: () => void;
    const first = withBuildLock(work, () => new Promise<void>((r) => (releaseFirst = r)));
    await new Promise((r) => setTimeout(r, 20));
    await expect(withBuildLock(work, async () => {}, { timeoutMs: 30, pollMs: 10, say: () => {} })).rejects.toThrow(LockTimeout);
    releaseFirst();
    await first;
  });

  it('takes over a lock left by a build that was killed', async () => {
    const work = path.join(tmp, 'work-stale');
    fs.mkdirSync(work, { recursive: true });
    fs.writeFileSync(path.join(work, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, started: '2026-01-01T00:00:00Z' }));
    const said: string[] = [];
    expect(await withBuildLock(work, async () => 'built', { say: (l) => said.push(l) })).toBe('built');
    expect(said[0]).toMatch(/stale lock/);
  });
});
