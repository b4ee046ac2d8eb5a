// Runs extractReport on every held-out fixture and compares it with its expectation (shared by the test and by hand runs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/extractReport.ts';
import { compareExpectation, type Area, type Expectation, type Tally } from './compareExpectation.ts';

export const HELDOUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'heldout');

export function heldoutResults(): { name: string; tallies: Record<Area, Tally> }[] {
  return fs
    .readdirSync(HELDOUT_DIR)
    .filter((f) => f.endsWith('.expect.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(fs.readFileSync(path.join(HELDOUT_DIR, f), 'utf8')) as Expectation;
      const content = fs.readFileSync(path.join(HELDOUT_DIR, expected.file), 'utf8');
      const got = extractReport({ path: expected.file, file: expected.file, format: 'txt', encoding: 'UTF-8', content, meta: {} });
      return { name: expected.file, tallies: compareExpectation(expected, got) };
    });
}
