// The site built ONCE per test run, under BASE_PATH=/kg/, shared by every test file that needs it.
// Test files run in separate workers: the first to ask builds (holding a lock folder), the others wait for its marker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../src/site/build/buildSite.ts';

export const SITE_BASE = '/kg/';
const ROOT_ENV = 'KG_SITE_BUILD_ROOT';
const WAIT_MS = 10 * 60_000;

export interface BuiltSite {
  dist: string;
  base: string;
  /** The folder holding extraction.json of this build. */
  work: string;
}

let cached: Promise<BuiltSite> | undefined;

/** Builds the site from data/reports/ into a temp folder on first call (per test run); later calls share it. */
export function builtSite(): Promise<BuiltSite> {
  cached ??= buildOnce();
  return cached;
}

function buildRoot(): string {
  // Set by tests/support/siteBuildSetup.ts (vitest globalSetup); a file run alone gets its own folder.
  const root = process.env[ROOT_ENV] || fs.mkdtempSync(path.join(os.tmpdir(), 'kg-site-'));
  process.env[ROOT_ENV] = root;
  return root;
}

async function buildOnce(): Promise<BuiltSite> {
  const root = buildRoot();
  const site: BuiltSite = { dist: path.join(root, 'dist'), base: SITE_BASE, work: path.join(root, 'work') };
  const marker = path.join(root, 'built.json');
  const failed = path.join(root, 'failed.txt');
  let owner = false;
  try {
    fs.mkdirSync(path.join(root, 'lock'));
    owner = true;
  } catch {
    owner = false;
  }
  if (owner) {
    try {
      await buildSite({ reportsDir: 'data/reports', outDir: site.dist, workDir: site.work, base: SITE_BASE, quiet: true });
      fs.writeFileSync(marker, JSON.stringify(site));
    } catch (e) {
      fs.writeFileSync(failed, String((e as Error).message));
      throw e;
    }
    return site;
  }
  const started = Date.now();
  while (Date.now() - started < WAIT_MS) {
    if (fs.existsSync(marker)) return site;
    if (fs.existsSync(failed)) throw new Error(`site build failed in another test file: ${fs.readFileSync(failed, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for the site build in ${root}`);
}
