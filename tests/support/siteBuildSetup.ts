// vitest globalSetup: one temp folder per test run for the shared site build (tests/support/siteBuild.ts), removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-site-'));
  process.env.KG_SITE_BUILD_ROOT = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
