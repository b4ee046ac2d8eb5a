import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a fifth set written by hand before the extractor was run on them
// (tests/fixtures/places12/sentences.tsv; its header says how they were written and judged): villages and communities
// named by a common word, counties by their short name, old towns, business districts and landmarks, lakes and
// mountains in set phrases, zones named by places, parts of countries and foreign cities. Each sentence is extracted alone.
const FLOORS = {
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/places12/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places12)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES12_VERBOSE');
});
