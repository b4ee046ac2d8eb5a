// Two builds of the same input give byte-identical data files and the same URLs (no timestamps or random seeds in them).
// The second build is compared with the site every site test shares (tests/support/siteBuild.ts), so this costs one build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build/buildSite.ts';
import { builtSite, SITE_BASE } from '../support/siteBuild.ts';

let first: { dist: string; work: string };
let second: { dist: string; work: string };
let root: string;

beforeAll(async () => {
  first = await builtSite();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-rebuild-'));
  second = { dist: path.join(root, 'dist'), work: path.join(root, 'work') };
  await buildSite({ reportsDir: 'data/reports', outDir: second.dist, workDir: second.work, base: SITE_BASE, quiet: true });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** path → sha256 of every file under `dir`. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, file).split(path.sep).join('/'), crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return out;
}

const isPage = (f: string) => f.endsWith('.html');

describe('two builds of the same reports', () => {
  it('write byte-identical extraction.json', () => {
    const a = fs.readFileSync(path.join(first.work, 'extraction.json'));
    const b = fs.readFileSync(path.join(second.work, 'extraction.json'));
    expect(a.equals(b)).toBe(true);
  });

  it('have the same URLs', () => {
    const pages = (d: string) => [...digest(d).keys()].filter(isPage).sort();
    expect(pages(second.dist)).toEqual(pages(first.dist));
    expect(pages(first.dist).length).toBeGreaterThan(10);
  });

  it('write byte-identical data files: downloads, graph data, search index', () => {
    const a = digest(first.dist);
    const b = digest(second.dist);
    const data = [...a.keys()].filter((f) => !isPage(f)).sort();
    expect([...b.keys()].filter((f) => !isPage(f)).sort()).toEqual(data);
    expect(data.some((f) => f.startsWith('downloads/'))).toBe(true);
    const differing = data.filter((f) => a.get(f) !== b.get(f));
    expect(differing).toEqual([]);
  });

  it('write byte-identical pages', () => {
    const a = digest(first.dist);
    const b = digest(second.dist);
    expect([...a.keys()].filter(isPage).filter((f) => a.get(f) !== b.get(f))).toEqual([]);
  });
});
