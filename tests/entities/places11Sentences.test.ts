import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a fourth set written by hand before the extractor was run on them
// (tests/fixtures/places11/sentences.tsv; its header says how they were written and judged): lakes, rivers, islands and
// ranges with no gazetteer entry, a place after a descriptive phrase, science cities and new areas, ports, streets and
// stations, foreign states, capitals, straits, seas and regions. Each sentence is extracted alone.
const FLOORS = {
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/places11/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places11)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES11_VERBOSE');
});
