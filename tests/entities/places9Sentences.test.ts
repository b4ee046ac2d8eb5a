import { describe, expect, it } from 'vitest';
import { precisionRecall, readSentenceSet, scoreSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a second set written by hand before the extractor was run on them
// (tests/fixtures/places9/sentences.tsv; its header says how they were written and judged): mountains, lakes and rivers,
// basins, plateaus and plains, seaports and ports of entry, scenic areas, parks and squares, 中南海, railway stations and
// lines, foreign cities and regions, the Moon and Mars. Each sentence is extracted alone.
const FLOORS = {
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
};

type Kind = keyof typeof FLOORS;
const rows = readSentenceSet(new URL('../fixtures/places9/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places9)', () => {
  for (const kind of Object.keys(FLOORS) as Kind[]) {
    it(`${kind}: precision and recall stay at their floors`, () => {
      const { p, r } = precisionRecall(scoreSentenceSet(rows, kind), kind, !!process.env.PLACES9_VERBOSE);
      expect(p).toBeGreaterThanOrEqual(FLOORS[kind].p);
      expect(r).toBeGreaterThanOrEqual(FLOORS[kind].r);
    });
  }
});
