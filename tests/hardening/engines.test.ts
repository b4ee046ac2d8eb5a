import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// `npm ci` warns EBADENGINE when a locked package needs a newer Node than the project declares; on that Node the package
// fails when loaded. Every package of the lock file must run on the oldest Node that package.json admits.
const ROOT = path.resolve(import.meta.dirname, '../..');
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

describe('declared Node engine', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const oldest = semver.minVersion(pkg.engines.node)!.version;

  it('is Node 20', () => {
    expect(oldest.split('.')[0]).toBe('20');
  });

  it('is supported by every installed package of the lock file', () => {
    const unsupported = Object.entries(
      lock.packages as Record<string, { version: string; optional?: boolean; engines?: { node?: string } }>,
    )
      .filter(([name, p]) => name && !p.optional && p.engines?.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name}@${p.version} needs Node ${p.engines!.node}`);
    expect(unsupported).toEqual([]);
  });
});
