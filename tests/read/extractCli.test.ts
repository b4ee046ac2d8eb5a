import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DONGGUAN, tempFolder } from './inputFiles.ts';

// The command users run, end to end: good files are extracted, each bad one is named on stderr with its reason.
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = tempFolder('rkg-cli-');
afterAll(() => tmp.remove());

const empty = tmp.write('bad/empty.txt', '');
const binary = tmp.write('bad/binary.txt', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) % 256)));
const pdf = tmp.write('bad/report.pdf', '%PDF-1.4\n');

function extract(...args: string[]) {
  const out = fs.mkdtempSync(path.join(tmp.dir, 'out-'));
  const run = spawnSync('npx', ['tsx', 'scripts/extract.ts', '--out', out, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { ...run, out };
}

describe('npm run extract with good and bad files', () => {
  const run = extract(DONGGUAN, empty, binary, pdf);
  const stderr = run.stderr.trim().split('\n');

  it('exits 0 and writes extraction.json with the good report', () => {
    expect(run.status).toBe(0);
    const extraction = JSON.parse(fs.readFileSync(path.join(run.out, 'extraction.json'), 'utf8'));
    expect(extraction.reports.map((r: { id: string }) => r.id)).toEqual(['dongguan-2018']);
    expect(extraction.skipped).toHaveLength(3);
  });

  it('names each bad file with its reason on one line of stderr', () => {
    const lineFor = (file: string) => stderr.filter((l) => l.includes(file));
    expect(lineFor(empty)).toEqual([expect.stringMatching(/empty\.txt: is empty$/)]);
    expect(lineFor(binary)).toEqual([expect.stringMatching(/binary\.txt: is a binary file/)]);
    expect(lineFor(pdf)).toEqual([expect.stringMatching(/report\.pdf: unknown extension "\.pdf"/)]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says how many were skipped', () => {
    expect(stderr.at(-1)).toMatch(/extracted 1 report\(s\), skipped 3/);
  });

  it('--strict makes any skipped file fatal', () => {
    const strict = extract('--strict', DONGGUAN, empty);
    expect(strict.status).not.toBe(0);
    expect(strict.stderr).toMatch(/empty\.txt: is empty/);
  });
});
