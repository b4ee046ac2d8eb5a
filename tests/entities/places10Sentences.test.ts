import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a third set written by hand before the extractor was run on them
// (tests/fixtures/places10/sentences.tsv; its header says how they were written and judged): villages without their
// town, counties whose names open with a function word after their province, mountains, ranges, plateaus, deserts and
// grasslands, rivers, lakes, canals and islands, ports, theme parks, resorts, temples, streets, development zones, a
// place opening a venue's name, foreign regions, straits and cities. Each sentence is extracted alone.
const FLOORS = {
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/places10/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places10)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES10_VERBOSE');
});
