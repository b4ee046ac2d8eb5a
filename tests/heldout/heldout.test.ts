import { describe, expect, it } from 'vitest';
import { AREAS, precision, recall, sumTallies, type Area } from './compareExpectation.ts';
import { FIRST_SET_FLOORS, isInFirstSet, LATER_SETS } from './heldoutSets.ts';
import { heldoutResults } from './runHeldout.ts';

// Held-out reports written by hand (tests/fixtures/heldout), each with an expectation written before the extractor was run
// on it; the sets, what each first read and what raised it, and their floors are in heldoutSets.ts. The floors are what
// the extraction reached: a ratchet against over-fitting to the development set, not a target.

function checkFloors(label: string, results: ReturnType<typeof heldoutResults>, floors: Record<Area, { p: number; r: number }>) {
  const total = sumTallies(results.map((r) => r.tallies));
  for (const area of AREAS) {
    it(`${label} ${area}: precision and recall stay at their floors`, () => {
      const t = total[area];
      const got = { p: precision(t), r: recall(t) };
      // The notes name every miss and false hit, so a failure says what changed.
      expect({ area, ...got, ok: got.p >= floors[area].p && got.r >= floors[area].r, notes: t.notes }).toMatchObject({ ok: true });
    });
  }
}

describe('held-out reports', () => {
  const results = heldoutResults();

  it('has one expectation per fixture', () => {
    expect(results.filter((r) => isInFirstSet(r.name)).length).toBeGreaterThanOrEqual(12);
    for (const set of LATER_SETS)
      expect({ set: set.label, found: results.filter((r) => set.reports.has(r.name)).length }).toEqual({
        set: set.label,
        found: set.reports.size,
      });
  });

  checkFloors(
    'first set',
    results.filter((r) => isInFirstSet(r.name)),
    FIRST_SET_FLOORS,
  );
  for (const set of LATER_SETS)
    checkFloors(
      set.label,
      results.filter((r) => set.reports.has(r.name)),
      set.floors,
    );
});
