// Runs extractReport on every held-out fixture and compares it with its expectation (shared by the test and by hand runs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import { compareExpectation, type Area, type Expectation, type Tally } from './compareExpectation.ts';

export const HELDOUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'heldout');

export function heldoutResults(only?: (file: string) => boolean): { name: string; tallies: Record<Area, Tally> }[] {
  return fs
    .readdirSync(HELDOUT_DIR)
    .filter((f) => f.endsWith('.expect.json'))
    .sort()
    .filter((f) => !only || only(f))
    .map((f) => {
      const expected = JSON.parse(fs.readFileSync(path.join(HELDOUT_DIR, f), 'utf8')) as Expectation;
      // Read as the command reads it: .html and .md fixtures give their text, a GBK file is decoded.
      const got = extractReport(readReport(path.join(HELDOUT_DIR, expected.file)));
      return { name: expected.file, tallies: compareExpectation(expected, got) };
    });
}
