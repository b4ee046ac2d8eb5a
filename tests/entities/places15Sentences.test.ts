import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, an eighth set written by hand before the extractor was run on them
// (tests/fixtures/places15/sentences.tsv; its header says how they were written and judged). Each sentence is extracted alone.
const FLOORS = {
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/places15/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places15)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES15_VERBOSE');
});
