import { describe } from 'vitest';
import { itKeepsFloors, readSentenceSet } from './sentenceSetKit.ts';

// Places on text nobody tuned for, a sixth set written by hand before the extractor was run on them
// (tests/fixtures/places13/sentences.tsv; its header says how they were written and judged): counties, towns, villages,
// border ports, rivers, deserts and scenic spots of the north-east, the north-west, Tibet, Xinjiang, Inner Mongolia and
// the Yunnan border; districts, streets and landmarks of cities; foreign states, provinces and cities. Each sentence is
// extracted alone.
const FLOORS = {
  place: { p: 0, r: 0 },
  organization: { p: 0, r: 0 },
  person: { p: 0, r: 0 },
};

const rows = readSentenceSet(new URL('../fixtures/places13/sentences.tsv', import.meta.url), ['place', 'organization', 'person'] as const);

describe('places in hand-written sentences (places13)', () => {
  itKeepsFloors(rows, FLOORS, 'PLACES13_VERBOSE');
});
