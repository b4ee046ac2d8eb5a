import { describe, expect, it } from 'vitest';
import { precisionRecall, readSentenceSet, scoreSentenceSet } from './sentenceSetKit.ts';

// Organizations of the world as news names them, written by hand before the extractor was run on them
// (tests/fixtures/orgs9w/world-sentences.tsv; its header says how they were written and judged): foreign parties,
// parliaments and cabinets, ministries and fleets, international organizations and clubs, companies by brand, hotels,
// universities by short name, bodies with their city or country before them, units named by the place they stand at.
// Each sentence is extracted alone.
const FLOORS = {
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
  place: { p: 0, r: 0 },
};

type Kind = keyof typeof FLOORS;
const rows = readSentenceSet(new URL('../fixtures/orgs9w/world-sentences.tsv', import.meta.url), [
  'organization',
  'person',
  'place',
] as const);

describe('organizations of the world in hand-written news sentences (orgs9w)', () => {
  for (const kind of Object.keys(FLOORS) as Kind[]) {
    it(`${kind}: precision and recall stay at their floors`, () => {
      const { p, r } = precisionRecall(scoreSentenceSet(rows, kind), kind, !!process.env.ORGS9W_VERBOSE);
      expect(p).toBeGreaterThanOrEqual(FLOORS[kind].p);
      expect(r).toBeGreaterThanOrEqual(FLOORS[kind].r);
    });
  }
});
