import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsUnchanged, stampFileOf, stampInputs } from '../../scripts/bundleInputs.mjs';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-inputs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const write = (name: string, text: string) => fs.writeFileSync(path.join(root, name), text);

// The bundle of `npm run extract` is made again exactly when a file it was made from changed: a file is hashed only when
// its size or modification time differs from the stamp's.
describe("the extract bundle's stamp of its source files (scripts/bundleInputs.mjs)", () => {
  it('holds while no file changes, and after a file is touched but not changed', () => {
    write('a.ts', 'export const a = 1;');
    write('b.ts', 'export const b = 2;');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of ['a.ts', 'b.ts']) fs.utimesSync(path.join(root, f), hourAgo, hourAgo);
    const stamp = stampInputs(root, ['a.ts', 'b.ts']);
    expect(Object.keys(stamp.stats)).toEqual(['a.ts', 'b.ts']);
    expect(inputsUnchanged(root, stamp)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'a.ts'), later, later);
    expect(inputsUnchanged(root, stamp)).toBe(true);
  });

  it('fails when a file changes, to text of the same size or of another', () => {
    write('c.ts', 'export const c = 1;');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(path.join(root, 'c.ts'), hourAgo, hourAgo);
    const settled = stampInputs(root, ['c.ts']);
    expect(Object.keys(settled.stats)).toEqual(['c.ts']);
    write('c.ts', 'export const c = 2;');
    expect(inputsUnchanged(root, settled)).toBe(false);
    write('c.ts', 'export const c = 22;');
    expect(inputsUnchanged(root, settled)).toBe(false);
  });

  it('hashes a file modified just before the stamp, which may change again within its time on a coarse clock', () => {
    write('r.ts', 'export const r = 1;');
    const racy = stampInputs(root, ['r.ts']);
    expect(racy.stats).toEqual({});
    expect(inputsUnchanged(root, racy)).toBe(true);
    write('r.ts', 'export const r = 2;');
    expect(inputsUnchanged(root, racy)).toBe(false);
  });

  it('fails when a file is gone, and checks a stamp without sizes and times (an older bundler) by hashes', () => {
    write('e.ts', 'export const e = 1;');
    const stamp = stampInputs(root, ['e.ts']);
    expect(inputsUnchanged(root, { inputs: stamp.inputs })).toBe(true);
    fs.rmSync(path.join(root, 'e.ts'));
    expect(inputsUnchanged(root, stamp)).toBe(false);
    expect(inputsUnchanged(root, { inputs: stamp.inputs })).toBe(false);
  });

  it('is kept per checkout: two worktrees that share node_modules do not make their bundles over each other', () => {
    const cache = path.join(root, 'cache');
    const one = stampFileOf(cache, 'extract', '/work/wt-a');
    expect(stampFileOf(cache, 'extract', '/work/wt-a')).toBe(one);
    expect(stampFileOf(cache, 'extract', '/work/wt-b')).not.toBe(one);
    expect(stampFileOf(cache, 'merge', '/work/wt-a')).not.toBe(one);
    expect(path.dirname(one)).toBe(cache);
  });
});
