import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { readReport } from '../../src/read/readReport.ts';
import { compareExpectation, precision, recall, sumTallies, type Area, type Expectation } from './compareExpectation.ts';

/** Floors of precision and recall by area. */
export type Floors = Partial<Record<Area, { p: number; r: number }>>;

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/**
 * A news set of tests/fixtures/NAME (corpus/ and gold/ in the news gold's format) scored as the scorer scores the news
 * set, every area held at its floor. NAME_VERBOSE=1 (NEWS15_VERBOSE) prints each area's tallies and misses.
 */
export function describeNewsSetFloors(name: string, floors: Floors): void {
  const dir = path.join(FIXTURES, name);
  describe(`news nobody tuned for (${name})`, () => {
    const tallies = sumTallies(
      fs
        .readdirSync(path.join(dir, 'gold'))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const expected = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8')) as Expectation;
          return compareExpectation(expected, extractReport(readReport(path.join(dir, 'corpus', expected.file))));
        }),
    );
    for (const [area, floor] of Object.entries(floors) as [Area, { p: number; r: number }][]) {
      it(`${area}: precision and recall stay at their floors`, () => {
        const t = tallies[area];
        if (process.env[`${name.toUpperCase()}_VERBOSE`])
          console.log(
            area,
            `P ${precision(t).toFixed(3)} (${t.tp}/${t.tp + t.fp}) R ${recall(t).toFixed(3)} (${t.tp}/${t.tp + t.fn})`,
            t.notes,
          );
        expect(precision(t)).toBeGreaterThanOrEqual(floor.p);
        expect(recall(t)).toBeGreaterThanOrEqual(floor.r);
      });
    }
  });
}
